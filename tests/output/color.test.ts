import { describe, expect, test } from 'vitest';
import { resolveColorLevel } from '../../src/output/color.js';

describe('resolveColorLevel: decided once, flags first', () => {
  test.each([
    ['a terminal', undefined, {}, true, 1],
    ['a pipe', undefined, {}, false, 0],
    ['a 256-color terminal', undefined, { TERM: 'xterm-256color' }, true, 2],
    ['a truecolor terminal', undefined, { COLORTERM: 'truecolor' }, true, 3],
    ['TERM=dumb', undefined, { TERM: 'dumb' }, true, 0],
    ['NO_COLOR on a terminal', undefined, { NO_COLOR: '1' }, true, 0],
    ['NO_COLOR empty is ignored', undefined, { NO_COLOR: '' }, true, 1],
    ['FORCE_COLOR into a pipe', undefined, { FORCE_COLOR: '1' }, false, 1],
    ['FORCE_COLOR=3', undefined, { FORCE_COLOR: '3' }, false, 3],
    ['FORCE_COLOR empty', undefined, { FORCE_COLOR: '' }, false, 1],
    ['FORCE_COLOR=0 on a terminal', undefined, { FORCE_COLOR: '0' }, true, 0],
    ['FORCE_COLOR=false', undefined, { FORCE_COLOR: 'false' }, true, 0],
    ['FORCE_COLOR beats NO_COLOR', undefined, { FORCE_COLOR: '1', NO_COLOR: '1' }, false, 1],
    ['--color into a pipe', true, {}, false, 1],
    ['--color with NO_COLOR', true, { NO_COLOR: '1' }, false, 1],
    ['--color with FORCE_COLOR=0', true, { FORCE_COLOR: '0' }, false, 1],
    ['--no-color on a terminal', false, {}, true, 0],
    ['--no-color beats FORCE_COLOR', false, { FORCE_COLOR: '3' }, true, 0],
  ] as const)('%s', (_name, flag, env, isTTY, level) => {
    expect(resolveColorLevel({ flag, env, isTTY })).toBe(level);
  });
});
