// A text whose paragraphs were broken into lines of one width (copied out of a PDF viewer, or typed into a
// fixed-width form) puts a deadline on the line after "trước ngày" and a unit's name over two lines. Such a text
// is read a paragraph at a time again: a line goes on into the next when the next line's first word would have
// fitted on it (a printer breaks a line only when the next word does not fit), and a word hyphenated at the end
// of a line ("tuy-" then "ến") is one word.

/** Fewest full lines for a width to be told from chance. */
const FEW_FULL = 8;
/** A line this close to the width is full. */
const FULL_SLACK = 10;
/** Share of the longer lines that are full in a text broken at one width. */
const FULL_SHARE = 0.4;
const WIDTHS = { min: 40, max: 110 };

// A line that opens an item, a heading or a label starts a paragraph, whatever the line above.
const OPENS = /^\s*(?:[IVXLC]+\.|\d{1,3}(?:\.\d{1,2})*[.)]|\p{L}[.)]|[-–+•*])\s/u;
const HYPHENATED = /\p{L}-$/u;

const length = (line: string) => [...line.trimEnd()].length;
const prose = (line: string) => line.trim() !== "" && !line.includes("\t");

/** The width the text was broken at, or null when its lines were not broken at one width. */
export function wrapWidth(lines: readonly string[]): number | null {
  const lengths = lines.filter(prose).map(length);
  const width = [...lengths].sort((a, b) => a - b)[Math.floor(lengths.length * 0.95)];
  if (width === undefined || width < WIDTHS.min || width > WIDTHS.max) return null;
  // A full line is one the next line goes on from: a list of items of one length is not broken text.
  const full = lines.filter(
    (line, i) => length(line) >= width - FULL_SLACK && length(line) <= width && goesOn(lines[i + 1] ?? ""),
  );
  const longer = lengths.filter((n) => n > width / 2);
  return full.length >= FEW_FULL && full.length >= longer.length * FULL_SHARE ? width : null;
}

/** A line that can go on a line above: prose that opens no item, heading or label. */
const goesOn = (line: string) => prose(line) && !OPENS.test(line);

/** A word broken at the end of a full line, "tuy-" then "ến …": even "h) …" goes on "tỉn-" then. */
const splitWord = (line: string, next: string, width: number) =>
  HYPHENATED.test(line.trimEnd()) && length(line) >= width - FULL_SLACK && /^\p{Ll}/u.test(next.trim());

/** Whether `line` was broken before `next` only because `next`'s first word did not fit on it. */
function brokenBefore(line: string, next: string, width: number): boolean {
  if (!prose(line) || !prose(next)) return false;
  if (splitWord(line, next, width)) return true;
  const first = next.trim().split(/\s/)[0]!;
  return goesOn(next) && length(line) + 1 + [...first].length > width;
}

/** The lines with the paragraphs broken at one width joined again; any other text as it is. */
export function unwrapLines(lines: readonly string[]): string[] {
  const width = wrapWidth(lines);
  if (width === null) return [...lines];
  // Each paragraph as its pieces, joined once at the end: joining as it grows would copy it once a line.
  const paragraphs: string[][] = [];
  lines.forEach((line, i) => {
    const above = lines[i - 1];
    if (above === undefined || !brokenBefore(above, line, width)) return void paragraphs.push([line]);
    const pieces = paragraphs.at(-1)!;
    const last = pieces.pop()!.trimEnd();
    pieces.push(...(splitWord(above, line, width) ? [last.slice(0, -1), line.trim()] : [last, " ", line.trim()]));
  });
  return paragraphs.map((pieces) => pieces.join(""));
}
