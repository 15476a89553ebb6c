import { Chalk, type ChalkInstance } from 'chalk';

export type ColorLevel = 0 | 1 | 2 | 3;

export interface ColorDecision {
  /** `--color` (true), `--no-color` (false), or neither (undefined). */
  flag?: boolean;
  env: Record<string, string | undefined>;
  /** Whether the output stream is a terminal. */
  isTTY: boolean;
}

/**
 * Decided once, in the CLI: the flag wins, then FORCE_COLOR (as Node and chalk read it: "0"/"false"
 * off, "" / "true" / "1".."3" on), then NO_COLOR (any non-empty value, no-color.org), then the
 * stream: color only on a terminal that is not TERM=dumb.
 */
export function resolveColorLevel({ flag, env, isTTY }: ColorDecision): ColorLevel {
  if (flag === false) return 0;
  const forced = forceColorLevel(env.FORCE_COLOR);
  if (flag === true) return forced === null || forced === 0 ? 1 : forced;
  if (forced !== null) return forced;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (!isTTY || env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  return /-256(color)?$/i.test(env.TERM ?? '') ? 2 : 1;
}

function forceColorLevel(value: string | undefined): ColorLevel | null {
  if (value === undefined) return null;
  if (value === '' || value === 'true') return 1;
  if (value === 'false') return 0;
  const n = Number.parseInt(value, 10);
  if (!Number.isFinite(n)) return null;
  return Math.max(0, Math.min(3, n)) as ColorLevel;
}

/** A chalk instance with an explicit level: formatters never look at the environment themselves. */
export function makeChalk(level: ColorLevel): ChalkInstance {
  return new Chalk({ level });
}

/** The styles of the human formats, in one place. Bold, dim and mid-tone hues read on light and dark
 * backgrounds; no white or black foregrounds; every colored fact also has a word or a position. */
export interface Palette {
  heading: (s: string) => string;
  label: (s: string) => string;
  leaked: (s: string) => string;
  possible: (s: string) => string;
  date: (s: string) => string;
  type: (s: string) => string;
  product: (s: string) => string;
  cve: (s: string) => string;
  muted: (s: string) => string;
  bar: (s: string) => string;
}

export function paletteOf(chalk: ChalkInstance): Palette {
  return {
    heading: (s) => chalk.bold(s),
    label: (s) => chalk.dim(s),
    leaked: (s) => chalk.bold.red(s),
    possible: (s) => chalk.magenta(s),
    date: (s) => chalk.green(s),
    type: (s) => chalk.cyan(s),
    product: (s) => s,
    cve: (s) => chalk.bold.magenta(s),
    muted: (s) => chalk.dim(s),
    bar: (s) => chalk.cyan(s),
  };
}
