/**
 * `--shard i/n`: a deterministic share of a project's documents, so that a CI matrix can split a corpus.
 * A document belongs to shard `1 + (h mod n)`, h being the first 32 bits of the SHA-256 of its id: adding
 * or removing a document moves no other. Each shard publishes its documents and leaves its facts in
 * `<out>/.teipipe-shard/`; `build --merge` then writes the site's pages from all shards' facts.
 */
import {createHash} from 'node:crypto'

/** A shard: 1-based index and count. */
export interface Shard {
  index: number
  count: number
}

/** Parse `i/n` (1 ≤ i ≤ n); undefined when the text is not of that form. */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim())
  if (!match) return undefined
  const index = Number(match[1])
  const count = Number(match[2])
  return index >= 1 && count >= 1 && index <= count ? {index, count} : undefined
}

/** The shard (1-based) a document id belongs to among `count`. */
export function shardOf(id: string, count: number): number {
  return 1 + (createHash('sha256').update(id).digest().readUInt32BE(0) % count)
}

/** The folder of the output folder where shards leave their facts for `--merge`. */
export const SHARD_FOLDER = '.teipipe-shard'
