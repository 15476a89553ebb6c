import type { EventEmitter } from 'node:events';

/** Where the CLI writes: process streams in real use, string buffers in tests. */
export interface CliIO {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
}

export const processIO: CliIO = {
  stdout: process.stdout,
  stderr: process.stderr,
};

/** An in-memory CliIO for tests: everything written is kept as text. */
export function memoryIO(): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s), isTTY: false },
    stderr: { write: (s: string) => (err += s), isTTY: false },
    out: () => out,
    err: () => err,
  };
}

/** The errors a write gets when the reader has gone (`disclose … | head -1`). */
export function isClosedPipe(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ERR_STREAM_WRITE_AFTER_END';
}

/**
 * Keeps a closed or failing stdout/stderr from ending the process with an unhandled 'error' trace.
 * stdout closed by its reader: leave at once, quietly, exit 0 (as `yes | head -1` does); stdout
 * failing otherwise (a full disk): one line on stderr, exit 1. stderr failing: nothing to tell.
 */
export function guardPipes(
  streams: { stdout: EventEmitter; stderr: EventEmitter & { write(s: string): unknown } } = { stdout: process.stdout, stderr: process.stderr },
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  let stderrOpen = true;
  streams.stderr.on('error', () => {
    stderrOpen = false;
  });
  streams.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (isClosedPipe(e)) return exit(0);
    if (stderrOpen) streams.stderr.write(`disclose: cannot write to standard output: ${e.message}\n`);
    exit(1);
  });
}
