import { expect, test } from 'vitest';
import { BOLD_NAME } from '../../../src/format/pdf/fonts.js';

test.each([
  ['BAAAAA+NotoSansCJKjp-Bold', true],
  ['Arial,Bold', true],
  ['Arial-BoldMT', true],
  ['HiraginoSans-W6', true],
  ['MS-PGothic-Heavy', true],
  ['NotoSansJP-Black', true],
  // not bold
  ['AAAAAA+NotoSansCJKjp-Regular', false],
  ['HiraginoSans-W3', false],
  ['Arial', false],
  ['Blackadder', false],
  ['NotoSansJP-Medium', false],
])('a face named %s is bold: %s', (name, bold) => {
  expect(BOLD_NAME.test(name)).toBe(bold);
});
