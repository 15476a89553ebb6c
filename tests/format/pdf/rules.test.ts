import { expect, test } from 'vitest';
import { PDF_OPS } from '../../../src/format/pdf/contentStream.js';
import { bulletMarks, MAX_BULLETS, rulingSegments, type OperatorList } from '../../../src/format/pdf/rules.js';

const ops = PDF_OPS as unknown as Record<string, number>;

/** A circle of radius r at (cx, cy) as a path of four curves, then the paint operator. */
function circle(list: OperatorList, cx: number, cy: number, r: number, paint: string, { rx = r } = {}) {
  const k = 0.5523;
  const coords = [cx + rx, cy, cx + rx, cy + r * k, cx + rx * k, cy + r, cx, cy + r, cx - rx * k, cy + r, cx - rx, cy + r * k, cx - rx, cy, cx - rx, cy - r * k, cx - rx * k, cy - r, cx, cy - r, cx + rx * k, cy - r, cx + rx, cy - r * k, cx + rx, cy];
  list.fnArray.push(ops.constructPath!, ops[paint]!);
  list.argsArray.push([[ops.moveTo, ops.curveTo, ops.curveTo, ops.curveTo, ops.curveTo, ops.closePath], coords], []);
}
const listOf = (draw: (list: OperatorList) => void) => {
  const list: OperatorList = { fnArray: [], argsArray: [] };
  draw(list);
  return list;
};

test.each([
  ['a filled disc', (l: OperatorList) => circle(l, 82, 684, 2.2, 'fill'), [{ x: 82, y: 684 }]],
  ['a stroked circle', (l: OperatorList) => circle(l, 82, 684, 2.2, 'stroke'), [{ x: 82, y: 684 }]],
  // Round paths that are no bullets.
  ['a circle too large (a figure)', (l: OperatorList) => circle(l, 82, 684, 20, 'fill'), []],
  ['an ellipse twice as wide as high', (l: OperatorList) => circle(l, 82, 684, 2, 'fill', { rx: 4 }), []],
  ['a path never painted', (l: OperatorList) => { circle(l, 82, 684, 2.2, 'fill'); l.fnArray[1] = ops.endPath!; }, []],
  ['more discs than a list has (a chart\'s dots)', (l: OperatorList) => { for (let i = 0; i <= MAX_BULLETS; i++) circle(l, 82 + (i % 50) * 8, 100 + Math.floor(i / 50) * 8, 2, 'fill'); }, []],
] as [string, (l: OperatorList) => void, { x: number; y: number }[]][])('bulletMarks: %s', (_label, draw, expected) => {
  expect(bulletMarks(listOf(draw), ops).map((b) => ({ x: +b.x.toFixed(3), y: +b.y.toFixed(3) }))).toEqual(expected);
});

/** A 300 × 0.75 filled rectangle at (72, 600): one horizontal rule. */
const rule = (l: OperatorList) => {
  l.fnArray.push(ops.constructPath!, ops.fill!);
  l.argsArray.push([[ops.rectangle], [72, 600, 300, 0.75]], []);
};
const formBegin = (l: OperatorList, matrix: number[] | null) => {
  l.fnArray.push(ops.paintFormXObjectBegin!);
  l.argsArray.push([matrix, null]);
};
const formEnd = (l: OperatorList) => {
  l.fnArray.push(ops.paintFormXObjectEnd!);
  l.argsArray.push([]);
};

test.each([
  ['a rule on the page', (l: OperatorList) => rule(l), [[72, 600.375]]],
  ['a rule in a form without a matrix', (l: OperatorList) => { formBegin(l, null); rule(l); formEnd(l); }, [[72, 600.375]]],
  ['a rule in a form with a /Matrix: moved by it', (l: OperatorList) => { formBegin(l, [1, 0, 0, 1, 10, -20]); rule(l); formEnd(l); }, [[82, 580.375]]],
  ['a rule after a form: the form\'s matrix undone', (l: OperatorList) => { formBegin(l, [1, 0, 0, 1, 10, -20]); formEnd(l); rule(l); }, [[72, 600.375]]],
  ['a rule in a form in a form: both matrices', (l: OperatorList) => { formBegin(l, [2, 0, 0, 2, 0, 0]); formBegin(l, [1, 0, 0, 1, 5, 5]); rule(l); formEnd(l); formEnd(l); }, [[154, 1210.75]]],
] as [string, (l: OperatorList) => void, number[][]][])('rulingSegments: %s', (_label, draw, expected) => {
  expect(rulingSegments(listOf(draw), ops).map((s) => [s.from, s.at])).toEqual(expected);
});
