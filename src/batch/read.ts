import { closeSync, constants, fstatSync, openSync, readSync, type BigIntStats } from 'node:fs';
import { describeFsError } from '../io/read.js';

/**
 * Reads one input for the batch, synchronously: open, fstat, one read, close — four system calls and
 * no thread-pool round trips. On the page cache that is a few microseconds a file, against ~0.2 ms
 * for fs.promises (a warm re-run of 1,933 files spent most of its time there), and the main thread
 * is the one thread the workers do not use. Opened non-blocking, so a FIFO named like a release
 * cannot stall the batch; the fstat of the open descriptor is what is read, so a file swapped for a
 * folder between walk and read is reported, not followed.
 */
export function readBytesSync(path: string | Buffer, maxBytes: number, scratch?: Scratch): { bytes: Uint8Array; stat: BigIntStats } | { error: string } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return { error: describeFsError(e) };
  }
  try {
    // bigint: the batch index records the file's times to the nanosecond (see OutDir.unchanged).
    const info = fstatSync(fd, { bigint: true });
    if (info.isDirectory()) return { error: 'is a directory' };
    if (!info.isFile()) return { error: 'is not a regular file' };
    const size = Number(info.size);
    if (size > maxBytes) return { error: `is ${size} bytes, over the --max-bytes limit of ${maxBytes}` };
    // Into the caller's scratch buffer when there is one (most inputs of a re-run are only hashed:
    // no allocation, no garbage); otherwise into an ArrayBuffer of its own (not a slice of Node's
    // pool), which can be transferred to a worker. One byte more than fstat said: a read that stops
    // at the stated size is the end of the file, so a file is read in one read (no second read for
    // the end, no copy).
    let bytes = scratch ? scratch.take(size + 1) : new Uint8Array(new ArrayBuffer(size + 1));
    let filled = 0;
    for (;;) {
      const n = readSync(fd, bytes, filled, bytes.length - filled, null);
      if (n === 0) break;
      filled += n;
      if (filled === size) break;
      if (filled === bytes.length) {
        // Grown since fstat: read on, within the limit.
        if (filled > maxBytes) return { error: `is over the --max-bytes limit of ${maxBytes}` };
        const bigger = new Uint8Array(new ArrayBuffer(Math.min(maxBytes + 1, Math.max(4096, bytes.length * 2))));
        bigger.set(bytes);
        bytes = bigger;
        scratch = undefined; // the view below is then its own buffer, not the scratch
      }
    }
    return { bytes: bytes.subarray(0, filled), stat: info };
  } catch (e) {
    return { error: describeFsError(e) };
  } finally {
    closeSync(fd);
  }
}

/** A reusable read buffer: `take(n)` is a view of its first n bytes, valid until the next take. */
export class Scratch {
  private buffer = new Uint8Array(64 * 1024);
  take(size: number): Uint8Array {
    if (size > this.buffer.length) this.buffer = new Uint8Array(Math.max(size, this.buffer.length * 2));
    return this.buffer.subarray(0, size);
  }
}
