import { expect, test } from 'vitest';
import { PDF_OPS } from '../../../src/format/pdf/contentStream.js';
import { bulletMarks, MAX_BULLETS, type OperatorList } from '../../../src/format/pdf/rules.js';

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
