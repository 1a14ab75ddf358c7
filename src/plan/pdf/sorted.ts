// Looking things up on a page by position without scanning them all: a table thousands of rows long asks, for each
// of its slots, whether a rule stands there; scanning every rule for each would take its rows squared.

/** The first index of ascending `values` where `past` holds, and holds from there on (`values.length` if nowhere). */
export function firstWhere(values: readonly number[], past: (value: number) => boolean): number {
  let [low, high] = [0, values.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (past(values[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * `items` indexed by a position (`key`): `near(from, to)` gives those whose key lies within [from, to], in the order
 * they came (one at no position, NaN, is near nothing). A caller widens the span a little and then asks its own
 * exact question of the few it gets, so that the answer is the one a scan of all would give.
 */
export function byPosition<T>(items: readonly T[], key: (item: T) => number): (from: number, to: number) => T[] {
  const order = items
    .map((_, i) => i)
    .filter((i) => !Number.isNaN(key(items[i]!)))
    .sort((a, b) => key(items[a]!) - key(items[b]!) || a - b);
  const keys = order.map((i) => key(items[i]!));
  return (from, to) =>
    order
      .slice(
        firstWhere(keys, (k) => k >= from),
        firstWhere(keys, (k) => k > to),
      )
      .sort((a, b) => a - b)
      .map((i) => items[i]!);
}
