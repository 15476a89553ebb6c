import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { hasNoFacts, notAReleaseReason } from '../../src/incident/nonRelease.js';
import { parse } from '../../src/parse.js';
import { FIXTURES } from '../helpers.js';

/** Files that sit beside releases in an archive's repository, written for this test. */
const NOT_RELEASES: [string, string, string][] = [
  [
    'an archive README: a sample overview in a code block, contacts',
    'README.md',
    `# インシデント公表資料アーカイブ\n- 国内の組織が公表した不正アクセスやシステム障害に関する資料を保存しています。\n- 続報で影響なしとされた事例も含みます。\n\n## 書式\n\n\`\`\`markdown\n# 公表概要\n- 不正アクセスによる個人情報漏えいのおそれについて\n- 2026年6月10日\n- 株式会社サンプル\n- https://example.co.jp/news/\n\`\`\`\n\n## 画面\n- 表示件数: 50件 / 100件\n- 業種: 上場企業の33業種区分で絞り込み\n\n# 連絡先\n- Bluesky: @example.bsky.social\n`,
  ],
  [
    'a dashboard README',
    'docs/README.md',
    `# Archive Dashboard\n\nこのディレクトリは静的なダッシュボードです。\n\n## 方針\n- 外部JavaScriptや外部フォントは使いません。\n- 本文はHTMLとして挿入せず、テキストとして表示します。\n\n## ローカル確認\n\`\`\`bash\npython -m http.server 8000 -d docs\n\`\`\`\n`,
  ],
  [
    'an HTML app shell: headings and empty containers filled by a script',
    'docs/index.html',
    `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>公表アーカイブ Dashboard</title></head><body><header><h1>公表アーカイブ Dashboard</h1><p>公表情報を集計し、月次推移・分類・検索で確認できます。</p></header><main><section><label>キーワード<input id="q"></label></section><section><h2>月次推移</h2><div id="chart"></div></section><table><thead><tr><th>日付</th><th>組織</th></tr></thead><tbody id="rows"></tbody></table></main><script src="app.js"></script></body></html>`,
  ],
  ['an English text', 'notes.txt', 'This is an English file.\nIt describes nothing in particular.\n'],
];

const RELEASES: [string, string, string][] = [
  [
    'archive layout',
    '2026/01/10_株式会社サンプル物産.md',
    '# 公表概要\n- 不正アクセスに関するお知らせ\n- 2026年1月10日\n- 株式会社サンプル物産\n- https://example.jp/news\n\n# 本文\n当社サーバーが不正アクセスを受けました。\n',
  ],
  ['pasted text with a title and a date line', 'pasted.txt', '不正アクセスによる個人情報漏えいに関するお知らせ\n2025年12月3日\n株式会社テスト\n\n当社は、第三者による不正アクセスを受け、お客様の氏名1,200名分が漏えいしたことを確認しました。\n'],
  ['an undated notice that still has its title', 'undated.txt', '不正アクセスに関するお知らせ\n\n株式会社テストは、当社ウェブサイトが改ざんされたことを確認しました。\n'],
  ['an archive release with no incident words', 'quiet.md', '# 公表概要\n- 当社ウェブサイトに関するお知らせ\n- 2025年5月1日\n- 株式会社テスト\n\n# 本文\nご迷惑をおかけしております。\n'],
];

describe('what is not a release', () => {
  test.each(NOT_RELEASES)('%s is not a release', async (_name, path, text) => {
    expect(notAReleaseReason(await parse(text, { path, tokenize: false }))).not.toBeNull();
  });

  test.each(RELEASES)('%s is a release', async (_name, path, text) => {
    expect(notAReleaseReason(await parse(text, { path, tokenize: false }))).toBeNull();
  });

  test.each(['seed-tokai-3rd.txt', 'seed-tokai-3rd.html', 'html-tables.html', 'html-time-only.html', 'html-cms-sidebar.html'])('fixture %s is a release', async (name) => {
    const incident = JSON.parse(readFileSync(join(FIXTURES, `${name}.golden.json`), 'utf8'));
    expect(notAReleaseReason(incident)).toBeNull();
  });

  test('no facts at all: an English text, not a README in Japanese', async () => {
    expect(hasNoFacts(await parse(NOT_RELEASES[3]![2], { path: 'notes.txt', tokenize: false }))).toBe(true);
    expect(hasNoFacts(await parse(RELEASES[2]![2], { path: 'undated.txt', tokenize: false }))).toBe(false);
  });
});
