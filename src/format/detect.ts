/**
 * What a file holds, judged by its bytes and markup rather than its name: pdf, html, binary or text.
 * (The archive layout is told from text later, by its `# 公表概要` heading.)
 */
export type ContainerFormat = 'pdf' | 'html' | 'text' | 'binary';

export function detectContainer(bytes: Uint8Array): ContainerFormat {
  if (bytes.length >= 5 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d) return 'pdf';
  const head = bytes.subarray(0, 8192);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && looksBinary(head)) return 'binary';
  const ascii = Buffer.from(head).toString('latin1').replace(/\0/g, '').slice(0, 2048).toLowerCase();
  if (/^\s*(?:<!doctype html|<html|<head|<meta|<body|<\?xml[^>]*>\s*<!doctype html)/.test(ascii) || /<html[\s>]/.test(ascii)) return 'html';
  return 'text';
}

/** NUL bytes or many control characters in the first bytes: not a text release. */
function looksBinary(head: Uint8Array): boolean {
  if (head.length === 0) return false;
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control / head.length > 0.1;
}
