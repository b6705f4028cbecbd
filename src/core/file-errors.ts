/**
 * File-system errors worded for a reader: Node's errno codes (`ENOENT`, `EISDIR`, …) mean nothing to a
 * historian, so every message about a file that could not be read, written or made says what happened in words.
 */
import {errorText} from './pipeline.js'

/**
 * A file-system error as a reader's phrase, without the errno code (the code names the case: POSIX errno
 * names as Node reports them), for a file being written (`write`, the default) or read. An error that is
 * not a file-system error keeps its own text.
 */
export function fileErrorReason(error: unknown, doing: 'read' | 'write' = 'write'): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return doing === 'read' ? 'permission denied (the file is not readable)' : 'permission denied (the file or its folder is not writable)'
    case 'EISDIR':
    case 'ENOTEMPTY':
    case 'ERR_FS_EISDIR':
      return doing === 'read' ? 'it is a folder, not a file' : 'a folder of that name is in the way'
    case 'ENOTDIR':
      return 'a file is in the way where a folder is needed'
    case 'ENOENT':
      return 'it, or a folder on its path, does not exist'
    case 'ENOSPC':
      return 'the disk is full'
    case 'EDQUOT':
      return 'the disk quota is used up'
    case 'EROFS':
      return 'the file system is read-only'
    case 'EEXIST':
      return 'a file of that name is already there'
    case 'ENAMETOOLONG':
      return 'the name or path is too long'
    case 'ELOOP':
      return 'its path runs in a circle of symbolic links'
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open at once'
    case 'EBUSY':
      return 'it is in use by another program'
    case 'EIO':
      return 'the disk could not be read or written (an input/output error)'
    default:
      // Node's own text starts with the code ("EXDEV: cross-device link not permitted, rename …"): the words only.
      return code === undefined ? errorText(error) : errorText(error).replace(new RegExp(`^${code}: `), '').replace(/, \w+ '.*$/, '')
  }
}

/** The same phrase, named for writing (build's outputs, pages and TEI files). */
export const writeReason = fileErrorReason
