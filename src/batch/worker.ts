import { parse } from '../parse.js';
import { errorMessage } from './message.js';
import type { Incident } from '../types.js';

/**
 * The worker-thread side of `batch`: bytes in (read, size-checked and hashed by the main thread,
 * transferred without a copy), an incident or an error message out. Each worker thread imports the
 * pipeline once; kuromoji, when an extractor asks for it, is loaded once per thread by the module
 * singleton in src/tokenize/kuromoji.ts.
 */
export interface ParseTask {
  bytes: Uint8Array;
  path: string;
  encoding?: string;
  explain?: boolean;
  tokenize?: boolean;
}

export type ParseReply = { incident: Incident } | { error: string };

export default async function parseTask(task: ParseTask): Promise<ParseReply> {
  try {
    const incident = await parse(task.bytes, { path: task.path, encoding: task.encoding, explain: task.explain, tokenize: task.tokenize });
    return { incident };
  } catch (e) {
    return { error: errorMessage(e, task.path) };
  }
}
