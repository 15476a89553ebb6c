import { beforeEach } from 'vitest';

// A test worker reports each result to vitest's main process over RPC, with a 60 s timeout. Tests that
// resolve through promises alone (pdf.js runs in-process, its work a chain of microtasks) never give the
// worker's event loop a turn to read the replies, so a long file on a loaded machine ends in "Timeout
// calling onTaskUpdate" although every test passed. One macrotask turn before each test reads them.
beforeEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
