// The one binary search over sorted offsets: tokens by start, lines by start, paragraphs and
// sentences by end.

/**
 * Index of the first item for which `holds(item, key)` is true, or `items.length` when there is
 * none. The items must be in an order that makes `holds` false for a prefix and true for the
 * rest. `key` is handed to `holds` so that callers pass a function defined once, at module
 * level, instead of allocating a closure per search.
 */
export function firstIndexWhere<T, K>(items: readonly T[], holds: (item: T, key: K) => boolean, key: K): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (holds(items[middle], key)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** For ranges sorted by start: a range that starts after `offset`. */
export function startsAfter(range: { start: number }, offset: number): boolean {
  return range.start > offset;
}

/** For disjoint ranges sorted by position: a range that ends after `offset` (holds it, or lies beyond it). */
export function endsAfter(range: { end: number }, offset: number): boolean {
  return range.end > offset;
}
