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
