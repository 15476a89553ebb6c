/** Regex building blocks for word tables. */

/** A literal string as a regex source ("(株)" → "\(株\)"). */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Words as one alternation, longest first so "株式会社" wins over a shorter overlap. */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}
