// A numbered list set in two ragged columns (a Word section of two columns, left-aligned): no line is justified
// to show the gutter, but the list tells it: the right column's first item numbers on from the left column's last
// ("7." at the left, "8." at the top of the right). Two lists side by side do not, nor does a list beside the
// units and dates of its items (a list laid out with tab stops), nor a signature beside "Nơi nhận".

/** The number an item opens with ("8.", "2.3."), as its parts; null for a line that opens otherwise. */
export function itemNumber(text: string): number[] | null {
  const m = /^(\d{1,3}(?:\.\d{1,3})*)\.\s/.exec(text.trim());
  return m ? m[1]!.split(".").map(Number) : null;
}

/**
 * Whether `next` is the number after `last` in one list: the next at its level ("7." → "8.", "2.3." → "2.4."),
 * the first below it ("2." → "2.1.") or the next above it ("2.5." → "3.").
 */
export function numbersOn(last: number[], next: number[]): boolean {
  if (next.length === last.length + 1) return last.every((n, i) => n === next[i]) && next.at(-1) === 1;
  if (next.length > last.length) return false;
  const at = next.length - 1;
  return next.slice(0, at).every((n, i) => n === last[i]) && next[at] === last[at]! + 1;
}
