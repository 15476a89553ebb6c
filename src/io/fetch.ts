import { InputError } from '../errors.js';

/** Default --fetch-timeout: the whole download (connect, redirects, body), in milliseconds. */
export const DEFAULT_FETCH_TIMEOUT_MS = 30_000;

export interface FetchedInput {
  bytes: Uint8Array;
  /** The address after redirects. */
  url: string;
  /** The charset the Content-Type header names, if any. */
  charset: string | null;
  contentType: string | null;
}

export interface FetchOptions {
  maxBytes: number;
  timeoutMs?: number;
}

/** An http(s) address given where a file is expected. */
export function isUrl(input: string): boolean {
  return /^https?:\/\/[^\s/]/i.test(input);
}

/**
 * Downloads a release page or PDF with Node's fetch: redirects followed, the --max-bytes limit
 * enforced while the body streams in (a Content-Length over it is refused before reading), one
 * timeout for the whole download. Every failure is an InputError with one line naming the URL.
 */
export async function fetchInput(url: string, options: FetchOptions): Promise<FetchedInput> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        redirect: 'follow',
        signal: controller.signal,
        headers: { 'user-agent': 'disclose (+https://github.com/)', accept: 'text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5' },
      });
    } catch (e) {
      throw new InputError(url, timedOut ? `timed out after ${seconds(timeoutMs)} (--fetch-timeout)` : describeFetchError(e));
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      throw new InputError(url, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      void response.body?.cancel().catch(() => undefined);
      throw new InputError(url, `is ${declared} bytes, over the --max-bytes limit of ${options.maxBytes}`);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      if (response.body) {
        const reader = response.body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          size += value.length;
          if (size > options.maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw new InputError(url, `is over the --max-bytes limit of ${options.maxBytes} (download stopped)`);
          }
          chunks.push(value);
        }
      }
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(url, timedOut ? `timed out after ${seconds(timeoutMs)} (--fetch-timeout)` : `download broke off: ${describeFetchError(e)}`);
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    const contentType = response.headers.get('content-type');
    return { bytes, url: response.url || url, charset: charsetOf(contentType), contentType };
  } finally {
    clearTimeout(timer);
  }
}

/** "text/html; charset=Shift_JIS" → "Shift_JIS". */
export function charsetOf(contentType: string | null): string | null {
  const m = contentType ? /;\s*charset\s*=\s*"?([A-Za-z0-9_:.-]{1,40})"?/i.exec(contentType) : null;
  return m ? m[1]! : null;
}

/** A file name for a downloaded page in batch outputs: host and path, safe characters only. */
export function urlFileName(url: string): string {
  let name: string;
  try {
    const u = new URL(url);
    name = `${u.host}${u.pathname}${u.search}`;
  } catch {
    name = url.replace(/^https?:\/\//i, '');
  }
  name = name.replace(/\/+$/, '').replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 200);
  return name || 'page';
}

/** "--fetch-timeout 30", "30s", "1500ms", "2m" → milliseconds; null when it is not a duration. */
export function parseDuration(value: string): number | null {
  const m = /^\s*([0-9]{1,7}(?:\.[0-9]{1,3})?)\s*(ms|s|m)?\s*$/i.exec(value);
  if (!m) return null;
  const n = Number(m[1]);
  const unit = (m[2] ?? 's').toLowerCase();
  const ms = unit === 'ms' ? n : unit === 'm' ? n * 60_000 : n * 1000;
  return ms > 0 ? Math.round(ms) : null;
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

/** Node's fetch failures ("fetch failed" with a cause) as what went wrong. */
function describeFetchError(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOTFOUND': case 'EAI_AGAIN': return 'host not found';
    case 'ECONNREFUSED': return 'connection refused';
    case 'ECONNRESET': case 'UND_ERR_SOCKET': return 'connection reset';
    case 'ETIMEDOUT': case 'UND_ERR_CONNECT_TIMEOUT': return 'connection timed out';
    case 'CERT_HAS_EXPIRED': case 'DEPTH_ZERO_SELF_SIGNED_CERT': case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE': case 'ERR_TLS_CERT_ALTNAME_INVALID': return `TLS certificate not accepted (${code})`;
    default: break;
  }
  const message = cause?.message ?? (e as Error)?.message ?? String(e);
  if (/redirect/i.test(message)) return 'too many redirects';
  return message.split('\n')[0]!;
}

