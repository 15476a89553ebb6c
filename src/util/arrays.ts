/**
 * Appends every item of each list to `into`. Unlike push(...items) it has no argument-count limit:
 * hostile input can make an extractor return hundreds of thousands of findings.
 */
export function pushAll<T>(into: T[], ...lists: readonly T[][]): T[] {
  for (const list of lists) for (const item of list) into.push(item);
  return into;
}
