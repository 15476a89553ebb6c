/**
 * Errors that reach the user carry their exit code, so the CLI never guesses.
 *   1  an input could not be parsed (missing, unreadable, empty, binary, too large)
 *   2  the command line is wrong
 *   70  an internal error (a bug: the only exit that prints a stack trace)
 *   130 interrupted (Ctrl-C)
 */
export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 70;
export const EXIT_INTERRUPTED = 130;

export class DiscloseError extends Error {
  constructor(message: string, readonly exitCode: number = EXIT_INPUT) {
    super(message);
    this.name = new.target.name;
  }
}

/** An input file that cannot become an incident: missing, a directory, empty, binary, too large. */
export class InputError extends DiscloseError {
  constructor(readonly path: string, message: string) {
    super(`${path}: ${message}`, EXIT_INPUT);
  }
}

export class UsageError extends DiscloseError {
  constructor(message: string) {
    super(message, EXIT_USAGE);
  }
}
