import { InputError } from '../errors.js';

/** An error as one line without the path in front (the batch reports the path beside it). */
export function errorMessage(e: unknown, path: string): string {
  const message = e instanceof Error ? e.message : String(e);
  const bare = message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
  const newline = bare.indexOf('\n');
  const line = (newline < 0 ? bare : bare.slice(0, newline)).trimEnd();
  const expected = e instanceof InputError || (e as NodeJS.ErrnoException)?.code !== undefined;
  return expected ? line : `internal error: ${line}`;
}
