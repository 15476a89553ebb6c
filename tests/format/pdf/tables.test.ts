import { describe, expect, test } from 'vitest';
import type { Segment } from '../../../src/format/pdf/rules.js';
import { cellText, findRuledTables, mergeSegments } from '../../../src/format/pdf/tables.js';
import type { Item } from '../../../src/format/pdf/types.js';

const item = (str: string, x: number, y: number, size = 10): Item => ({ str, x, y, width: [...str].length * size * (/^[\x20-\x7e]+$/.test(str) ? 0.5 : 1), size });
const h = (at: number, from: number, to: number): Segment => ({ horizontal: true, at, from, to });
const v = (at: number, from: number, to: number): Segment => ({ horizontal: false, at, from, to });

/** A two-column grid: x 50 | 200 | 260, rows y 700 | 640 | 600. */
const GRID = [h(700, 50, 260), h(640, 50, 260), h(600, 50, 260), v(50, 600, 700), v(200, 600, 700), v(260, 600, 700)];

describe('findRuledTables: a grid of rules makes whole cells', () => {
  test('a narrow cell wrapped over three lines is one value, beside its subject', () => {
    const items = [item('対象者', 55, 685), item('件数', 205, 685), item('主に茨城県と栃木県の医療機関', 55, 625), item('約', 205, 625), item('200', 205, 613), item('件', 205, 601.5)];
    const { tables, rest } = findRuledTables(GRID, items);
    expect(rest).toEqual([]);
    expect(tables[0]!.rows.map((r) => r.cells)).toEqual([['対象者', '件数'], ['主に茨城県と栃木県の医療機関', '約200件']]);
  });

  test('a row with no rule between two columns is one cell spanning them', () => {
    const segments = [h(700, 50, 260), h(640, 50, 260), h(600, 50, 260), v(50, 600, 700), v(200, 640, 700), v(260, 600, 700)];
    const { tables } = findRuledTables(segments, [item('氏名', 55, 685), item('1,204件', 205, 685), item('※重複を含みます', 55, 625)]);
    expect(tables[0]!.rows.map((r) => r.cells)).toEqual([['氏名', '1,204件'], ['※重複を含みます']]);
  });

  test('a row broken by a page break (no rule above it) is marked to join the row before', () => {
    const { tables } = findRuledTables([h(600, 50, 260), v(50, 600, 700), v(200, 600, 700), v(260, 600, 700)], [item('および代理店', 55, 685), item('件', 205, 685)]);
    expect(tables[0]!.rows[0]).toMatchObject({ cells: ['および代理店', '件'], continued: true });
  });

  // A date spanning its day's events, each event ruled off from the next in its own column only; the date's
  // lines set in the middle of the rows it spans.
  const DAY = [item('10 月 20', 55, 672), item('日', 55, 657), item('・データ変更のチェック', 125, 685), item('・リリース有無の点検', 125, 655), item('・タイムスタンプの点検', 125, 625)];
  const columns = [v(50, 610, 700), v(120, 610, 700), v(360, 610, 700)];
  test.each([
    ['rules between the events only: the date is one cell, in the first row it prints in', [h(700, 50, 360), h(670, 120, 360), h(640, 120, 360), h(610, 50, 360)], [['10 月 20日', '・データ変更のチェック'], ['', '・リリース有無の点検'], ['', '・タイムスタンプの点検']]],
    ['rules across both columns: each row keeps its own lines', [h(700, 50, 360), h(670, 50, 360), h(640, 50, 360), h(610, 50, 360)], [['10 月 20', '・データ変更のチェック'], ['日', '・リリース有無の点検'], ['', '・タイムスタンプの点検']]],
    ['rules in the first column only: the events are one cell, the date\'s lines stay apart', [h(700, 50, 360), h(670, 50, 120), h(640, 50, 120), h(610, 50, 360)], [['10 月 20', '・データ変更のチェック・リリース有無の点検・タイムスタンプの点検'], ['日', '']]],
  ])('a cell spanning rows: %s', (_label, rules, expected) => {
    const { tables } = findRuledTables([...rules, ...columns], DAY);
    expect(tables[0]!.rows.map((r) => r.cells)).toEqual(expected);
  });

  test.each([
    ['rules only across (an underline, a letterhead border)', [h(700, 50, 260), h(640, 50, 260)]],
    ['one vertical rule (a side line)', [h(700, 50, 260), v(50, 600, 700)]],
    ['no rules', []],
    ['a framed box (one cell: a side bar\'s 会社概要 card)', [h(700, 50, 260), h(600, 50, 260), v(50, 600, 700), v(260, 600, 700)]],
    ['a framed list (one column with rules between its entries)', [h(700, 50, 260), h(640, 50, 260), h(600, 50, 260), v(50, 600, 700), v(260, 600, 700)]],
  ])('no table: %s', (_label, segments) => {
    const items = [item('当社は不正アクセスを受けました。', 55, 685)];
    expect(findRuledTables(segments, items)).toEqual({ tables: [], rest: items });
  });
});

test.each([
  ['Japanese wrapped mid-word joins without a space', [item('氏名、住所、電話番', 0, 100), item('号', 0, 88)], '氏名、住所、電話番号'],
  ['two Latin words wrapped join with a space', [item('Apple', 0, 100), item('Account', 0, 88)], 'Apple Account'],
  ['pieces on one baseline with a gap', [item('約', 0, 100), item('400件', 30, 100)], '約 400件'],
  // A space the PDF wrote at a wrapped line's end is the wrap's: none between Japanese, one between Latin words.
  ['a written space at a Japanese wrap', [item('電話番号、メールアド', 0, 100), item(' ', 110, 100), item('レス', 0, 88)], '電話番号、メールアドレス'],
  ['a written space at a Latin wrap', [item('Apple', 0, 100), item(' ', 60, 100), item('Account', 0, 88)], 'Apple Account'],
  ['a written space within a line stays', [item('対象', 0, 100), item(' ', 20, 100), item('約300件', 24, 100)], '対象 約300件'],
])('cellText: %s', (_label, items, expected) => {
  expect(cellText(items)).toBe(expected);
});

describe('mergeSegments: rules on one line joined where they touch', () => {
  test.each([
    ['pieces touching along one line', [v(50, 600, 650), v(50, 650, 700)], [v(50, 600, 700)]],
    // A browser's cell borders jitter in the last fractions of a point: two tables on one vertical line, their pieces
    // interleaved by position, each table keeps its own rule whole (the lower one's reaching down to its bottom).
    ['two tables\' borders on one line, positions jittering', [v(431.6249, 127.5, 206.25), v(431.625, 431.25, 578), v(431.6251, 206.25, 267), v(431.6252, 267, 292.5)], [v(431.6249, 127.5, 292.5), v(431.625, 431.25, 578)]],
    // negative: rules apart along the line, or on lines more than 2 points apart, stay apart
    ['pieces with a gap between', [v(50, 600, 640), v(50, 660, 700)], [v(50, 600, 640), v(50, 660, 700)]],
    ['rules on two lines', [h(600, 50, 260), h(603, 50, 260)], [h(600, 50, 260), h(603, 50, 260)]],
  ])('%s', (_label, segments, expected) => {
    expect(mergeSegments(segments)).toEqual(expected);
  });

  test('a second table under a first, their right borders jittering on one line, is read as a table too (pages-o o03)', () => {
    const grid = (top: number, bottom: number, right: number): Segment[] => [h(top, 50, right), h((top + bottom) / 2, 50, right), h(bottom, 50, right), v(50, bottom, top), v(120, bottom, top)];
    const rights = [v(431.625, 560, 600), v(431.6249, 400, 440), v(431.6251, 440, 480)];
    const items = [item('前回', 55, 585), item('17件', 125, 585), item('今回', 55, 565), item('21件', 125, 565), item('前回報告', 55, 465), item('攻撃の目的', 125, 465), item('今回報告', 55, 425), item('窃取', 125, 425)];
    const { tables } = findRuledTables([...grid(600, 560, 431.625), ...grid(480, 400, 431.625), ...rights], items);
    expect([...tables].sort((a, b) => b.top - a.top).map((t) => t.rows.map((r) => r.cells))).toEqual([[['前回', '17件'], ['今回', '21件']], [['前回報告', '攻撃の目的'], ['今回報告', '窃取']]]);
  });
});
