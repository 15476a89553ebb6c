import type { IndexEntry } from './outdir.js';
import type { IncidentSummary, ParseReply } from './worker.js';

/**
 * A bundle's replies as they cross to the main thread: two strings, each copied once, where the
 * structured clone of the reply objects cost 15–35 ms per worker over the archive. `meta` is the
 * replies as JSON without their big texts and without the index entry (its line is there, and the
 * main thread parses that); `texts` is every reply's JSON text and decoded text one after the
 * other, cut again by the lengths in `meta`, so an NDJSON line is written as the worker made it.
 */
export interface PackedReplies {
  meta: string;
  texts: string;
}

type PackedReply =
  | { summary: IncidentSummary; sha256: string; indexLine?: string; jsonLength?: number; textLength?: number }
  | { error: string; writeFailed?: boolean; code?: string };

export function packReplies(replies: ParseReply[]): PackedReplies {
  let texts = '';
  const meta: PackedReply[] = replies.map((reply) => {
    if ('error' in reply) return reply;
    const packed: PackedReply = { summary: reply.summary, sha256: reply.sha256 };
    if (reply.indexLine !== undefined) packed.indexLine = reply.indexLine;
    if (reply.json !== undefined) {
      packed.jsonLength = reply.json.length;
      texts += reply.json;
    }
    if (reply.text !== undefined) {
      packed.textLength = reply.text.length;
      texts += reply.text;
    }
    return packed;
  });
  return { meta: JSON.stringify(meta), texts };
}

export function unpackReplies(packed: PackedReplies): ParseReply[] {
  let offset = 0;
  const cut = (length: number) => packed.texts.slice(offset, (offset += length));
  return (JSON.parse(packed.meta) as PackedReply[]).map((p) => {
    if ('error' in p) return p;
    const reply: ParseReply = { summary: p.summary, sha256: p.sha256 };
    if (p.jsonLength !== undefined) reply.json = cut(p.jsonLength);
    if (p.indexLine !== undefined) {
      reply.index = JSON.parse(p.indexLine) as IndexEntry;
      reply.indexLine = p.indexLine;
    }
    if (p.textLength !== undefined) reply.text = cut(p.textLength);
    return reply;
  });
}
