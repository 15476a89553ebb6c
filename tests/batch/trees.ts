import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A release in the archive's layout, written for these tests (not copied from the archive). */
export function release(org: string, day: number, people: number): string {
  return [
    '# 公表概要',
    `- 不正アクセスによる個人情報漏えいのお知らせ`,
    `- 2025年3月${day}日`,
    `- ${org}`,
    '',
    '# 本文',
    `このたび、${org}のサーバーが第三者による不正アクセスを受け、お客様${people.toLocaleString('en-US')}名の氏名およびメールアドレスが漏えいしたことを確認いたしました。`,
    '',
  ].join('\n');
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'disclose-batch-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes files below `root`: relative path → content (string or bytes). */
export function writeTree(root: string, files: Record<string, string | Uint8Array>): string {
  for (const [rel, content] of Object.entries(files)) {
    const path = join(root, ...rel.split('/'));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return root;
}

/** A folder of `n` good releases in two year folders. */
export function goodTree(n: number, root = tempDir()): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) files[`${2024 + (i % 2)}/${String(i).padStart(4, '0')}_株式会社テスト${i}.md`] = release(`株式会社テスト${i}`, 1 + (i % 28), 100 + i);
  return writeTree(root, files);
}

/** Every file below a folder, relative, sorted. */
export function listing(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listing(dir, r));
    else out.push(r);
  }
  return out.sort();
}
