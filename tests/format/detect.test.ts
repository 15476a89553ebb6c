import { describe, expect, test } from 'vitest';
import { describeBinary, detectContainer, findPdfHeader, looksLikeHtml } from '../../src/format/detect.js';

const b = (s: string) => Buffer.from(s, 'utf8');

describe('detectContainer: by content, not by name', () => {
  test.each([
    ['%PDF-1.7\n…', b('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'pdf'],
    ['junk before %PDF- (tolerated by readers)', Buffer.concat([Buffer.alloc(20, 0x20), b('%PDF-1.4\n%%EOF\n')]), 'pdf'],
    ['doctype', b('<!DOCTYPE html>\n<html lang="ja"><body>本文</body></html>'), 'html'],
    ['xhtml with an xml declaration and a comment', b('<?xml version="1.0" encoding="UTF-8"?>\n<!-- saved from url -->\n<html xmlns="http://www.w3.org/1999/xhtml">'), 'html'],
    ['a saved fragment', b('<div class="news-detail"><p>お知らせ</p></div>'), 'html'],
    ['utf-8 BOM then doctype', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b('<!doctype html><title>t</title>')]), 'html'],
    ['utf-16le html', Buffer.from('\ufeff<!DOCTYPE html><html><body>本文</body></html>', 'utf16le'), 'html'],
    ['archive markdown with an autolink', b('# 公表概要\n- <https://example.jp/news/1>\n# 本文\n当社は…'), 'text'],
    ['prose that mentions <html>', b('当社ウェブサイトのお知らせページ（<html>タグの改ざん）について'), 'text'],
    ['utf-16be text', Buffer.from(Buffer.from('\ufeff件数', 'utf16le')).swap16(), 'text'],
    ['iso-2022-jp text (ESC bytes are not binary)', Buffer.from([0x1b, 0x24, 0x42, 0x30, 0x21, 0x1b, 0x28, 0x42, 0x0a]), 'text'],
    ['NUL bytes', Buffer.from([0x41, 0x00, 0x42, 0x00, 0x43]), 'binary'],
    ['NUL bytes on both sides of the pairs (not UTF-16)', Buffer.from(Array.from({ length: 64 }, (_, i) => (i % 3 === 0 ? 0 : 0x41 + (i % 26)))), 'binary'],
    ['utf-16le html without a BOM (tried before calling NULs binary)', Buffer.from('<!DOCTYPE html><html><body>本文</body></html>', 'utf16le'), 'html'],
    ['utf-16be html without a BOM', Buffer.from(Buffer.from('<!DOCTYPE html><html><body>本文</body></html>', 'utf16le')).swap16(), 'html'],
    ['utf-16le text without a BOM', Buffer.from('不正アクセスにより顧客情報 1,234件が流出しました。\n', 'utf16le'), 'text'],
    ['a text release mentioning %PDF- in its first kilobyte', b('# 本文\n%PDF-1.7 のファイルを装ったメールが届いたとの報告を受けました。'), 'text'],
    ['prose quoting %PDF- at byte 200', b(`${'当社'.repeat(30)}「%PDF-1.4」で始まる添付ファイル`), 'text'],
    ['junk before %PDF- in a file ending with %%EOF', Buffer.concat([b('HTTP/1.1 200 OK\r\n\r\n'), b('%PDF-1.4\n1 0 obj\nendobj\n%%EOF\n')]), 'pdf'],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'binary'],
    ['JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), 'binary'],
    ['docx (zip)', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), b('word/document.xml')]), 'binary'],
  ])('%s', (_label, bytes, kind) => {
    expect(detectContainer(bytes)).toBe(kind);
  });

  test('a forced UTF-16 encoding lets a BOM-less UTF-16 file (full of NULs) through as text or HTML', () => {
    expect(detectContainer(Buffer.from('件数 12件', 'utf16le'), { encoding: 'utf-16le' })).toBe('text');
    expect(detectContainer(Buffer.from(Buffer.from('<html><body>x</body></html>', 'utf16le')).swap16(), { encoding: 'utf-16be' })).toBe('html');
  });

  test.each([
    [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
    [[0xff, 0xd8, 0xff, 0xdb], 'a JPEG image'],
    [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office file (.doc/.xls; save it as PDF or text first)'],
    [[0x00, 0x01, 0x02], 'a binary file'],
  ])('describeBinary(%j) = %s', (bytes, name) => {
    expect(describeBinary(Uint8Array.from(bytes))).toBe(name);
  });

  test('findPdfHeader looks only in the first kilobyte', () => {
    expect(findPdfHeader(Buffer.concat([Buffer.alloc(2000, 0x20), b('%PDF-1.4')]))).toBe(-1);
    expect(findPdfHeader(b('%PDF-1.4'))).toBe(0);
  });

  test('looksLikeHtml stays linear on a long run of comment openers', () => {
    expect(looksLikeHtml('<!--'.repeat(50_000))).toBe(false);
  });
});

test('markup after a banner line is still HTML', () => {
  expect(detectContainer(Buffer.from('Saved by wget 1.21\n<html><head><title>t</title></head><body><div><p>本文</p></div></body></html>'))).toBe('html');
});
