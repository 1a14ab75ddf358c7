// A plan copied out of a PDF viewer keeps each page's furniture in its text: at every page break, the page's
// number ("Trang 2/4"), the portal's footer and the next page's running header, among blank lines. They are no
// part of the plan, and they cut a paragraph in two where the page broke it.
import { isMarkedPageNumber } from "./page-number.ts";

/** How many lines either side of a page number a page break's other lines (footer, header, blanks) stand. */
const BREAK_REACH = 4;

const blank = (line: string) => !line.trim();

/** The indices of the lines near a page number: where a page break's furniture can stand. */
function nearBreaks(lines: readonly string[], numbers: number[]): Set<number> {
  const near = new Set<number>();
  for (const at of numbers)
    for (let i = Math.max(0, at - BREAK_REACH); i <= Math.min(lines.length - 1, at + BREAK_REACH); i++) near.add(i);
  return near;
}

/**
 * The lines without page numbers and without the lines that stand near every page break (a running header or
 * footer, the same words at two breaks or more), and without the blank lines between them: the text on either
 * side of a break then meets, as it does on paper. A text with no marked page number is left as it is.
 */
export function withoutPageFurniture(lines: readonly string[]): string[] {
  const numbers = lines.flatMap((line, i) => (!line.includes("\t") && isMarkedPageNumber(line.trim()) ? [i] : []));
  if (!numbers.length) return [...lines];
  // A set, not the list: a hostile text of nothing but page numbers would make each line's look-up as long as it.
  const numbered = new Set(numbers);
  const near = nearBreaks(lines, numbers);
  const seen = new Map<string, number>();
  for (const i of near) if (!blank(lines[i]!)) seen.set(lines[i]!.trim(), (seen.get(lines[i]!.trim()) ?? 0) + 1);
  const furniture = (i: number) =>
    numbered.has(i) || (near.has(i) && !blank(lines[i]!) && seen.get(lines[i]!.trim())! > 1);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!furniture(i)) {
      out.push(lines[i]!);
      continue;
    }
    while (out.length && blank(out.at(-1)!)) out.pop();
    while (i + 1 < lines.length && near.has(i + 1) && (blank(lines[i + 1]!) || furniture(i + 1))) i++;
  }
  return out;
}
