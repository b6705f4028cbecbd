/** File-system errors worded for a reader. */
import {errorText} from '../core/pipeline.js'

/** A file-system error as a reader's phrase (the errno code names the case). */
export function writeReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (the file or its folder is not writable)'
    case 'EISDIR':
    case 'ENOTEMPTY':
      return 'a folder of that name is in the way'
    case 'ENOTDIR':
      return 'a file is in the way where a folder is needed'
    case 'ENOSPC':
      return 'the disk is full'
    case 'EROFS':
      return 'the file system is read-only'
    default:
      return errorText(error)
  }
}
