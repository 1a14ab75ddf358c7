// Lines to paragraphs, the way a reader sees them: a paragraph starts where a line opens
// with a number, letter or bullet, where it is indented past the line above, where the
// line above ended a sentence (or left room for this line's first word) short of the
// right margin, or after a wider gap than the lines of a paragraph have. Lines side by
// side at a wide gap (the Decree 30 header, "Nơi nhận" beside the signature) are columns:
// each column is read on its own, left to right.
import { endsOpen } from "../../domain/open-end.ts";
import { clean } from "../../domain/text.ts";
import { isContentsEntry } from "../contents.ts";
import { isLabelAlone, opensLabel } from "../labels.ts";
import { opensNumbered } from "../numbering.ts";
import { LABEL, type Line, lineText, type Piece } from "./lines.ts";
import { joinAtSoftHyphens } from "./soft-hyphen.ts";
import { captionedList } from "./caption-lines.ts";

/** Where the text of a page sits: its left and right margins, and its baseline step per point of font size. */
export interface Margins {
  left: number;
  right: number;
  /** How far a line could reach: the right margin of the page; unknown (infinite) in a column. */
  limit: number;
  pitch: number;
}

const SENTENCE_END = /[.:;!?]$|\.\/\.$/;
/** A symbol font's bullet (Symbol, Wingdings) maps to a private-use character: it is read as the bullet it shows. */
const SYMBOL_BULLET = /^\p{Co}(?=\s|$)/u;
const CLAUSE_END = /[.:;!?)]$/;
/** An item numbered in figures ("2.", "1.3.", "4)"), never a centred title. */
const NUMBERED_ITEM = /^\d{1,3}(?:\.\d{1,3})*[.)]\s/;
/** An item numbered in small Roman figures or a letter ("iii.", "b)"). */
const LETTERED_ITEM = /^(?:[ivx]{1,5}|[a-zđ])[.)]\s/;

const center = (line: { x: number; right: number }) => (line.x + line.right) / 2;

/** Clear of both margins by the same room (a justified line touches both, a left-aligned one only the left). */
function centered(line: Line, margins: Margins): boolean {
  return (
    line.x > margins.left + 2 &&
    line.right < margins.right - 2 &&
    Math.abs(center(line) - (margins.left + margins.right) / 2) < Math.max(4, 0.03 * (margins.right - margins.left))
  );
}

/** Room left at the end of a line: for centered text, all the room the line did not take. */
function roomAfter(line: Line, margins: Margins): number {
  if (centered(line, margins)) return margins.right - margins.left - (line.right - line.x);
  return margins.right - line.right;
}

function firstWordWidth(line: Line): number {
  const piece = line.pieces[0]!;
  const word = piece.text.split(" ")[0]!;
  return ((piece.right - piece.x) * word.length) / piece.text.length;
}

/**
 * Whether `room` at the end of `last` would have held the first word of `next` and a space: a line wrapped there
 * would have taken it, so a line ending so short ends its paragraph. A font size of slack: in ragged text the
 * margin is only known as far as the longest lines show it.
 */
function roomFor(last: Line, next: Line, room: number): boolean {
  return firstWordWidth(next) + next.size / 4 < room - last.size;
}

/**
 * A first line "a)<tab>text" whose next lines start deeper than its label, up to under its
 * text: a label wider than the list's hanging indent pushes the text on to the next tab stop,
 * while the next lines stay at the hanging indent, between the two.
 */
function hangsUnder(first: Line, next: Line): boolean {
  const label = lineText(first).match(LABEL)?.[0];
  if (!label) return false;
  const piece = first.pieces[0]!;
  const textStart = piece.x + ((piece.right - piece.x) * (label.length + 1)) / piece.text.length;
  return next.x > first.x && next.x < textStart + next.size * 1.5;
}

/** The one font a whole line is set in, or null when it mixes fonts. */
function fontOf(line: Line): string | null {
  const fonts = new Set(line.pieces.map((p) => p.font));
  return fonts.size === 1 && !fonts.has("") ? line.pieces[0]!.font : null;
}

/**
 * Justified text set narrower than the page (a web page's column) ends its full lines at one edge, short of the
 * page's margin: a right x where three lines or more of one size end, each reaching across most of the text of
 * that size (not lines of one length that happen to end together), is an edge where lines wrap. Short lines of a
 * sidebar that happen to end together reach no further than their sidebar.
 */
function wrapEdges(lines: Line[]): number[] {
  const near = (a: number, b: number) => Math.abs(a - b) < 0.5;
  return lines.flatMap((line, i) => {
    const same = lines.filter((l) => l.size === line.size);
    const [left, right] = [Math.min(...same.map((l) => l.x)), Math.max(...same.map((l) => l.right))];
    const long = (l: Line) => l.size === line.size && l.right - l.x >= 0.75 * (right - left);
    const at = lines.filter((l) => near(l.right, line.right));
    const first = lines.findIndex((l) => near(l.right, line.right));
    return at.length >= 3 && at.every(long) && first === i ? [line.right] : [];
  });
}

/**
 * A numbered heading set in capitals ("V. XÂY DỰNG CHÍNH QUYỀN SỐ") ends with its line when the next is in ordinary
 * case, however little room it left: words do not change case in the middle of a sentence. Only a numbered one: a
 * letterhead's lines in capitals ("TỈNH LAI CHÂU", then "Số: …") are read together.
 */
function isCapitalsHeading(text: string): boolean {
  return /^(?:[IVXLC]+|\d+)\.\s/.test(text) && !/\p{Ll}/u.test(text) && (text.match(/\p{Lu}{2,}/gu)?.length ?? 0) >= 3;
}

function startsParagraph(lines: Line[], next: Line, margins: Margins, edges: number[] = []): boolean {
  const last = lines.at(-1)!;
  const lastText = lineText(last);
  const lastFont = fontOf(last);
  if (lastFont && fontOf(next) && lastFont !== fontOf(next)) return true;
  if (lastText.endsWith(")") && lineText(lines[0]!).startsWith("(")) return true;
  if (isCapitalsHeading(lastText) && /\p{Ll}/u.test(lineText(next))) return true;
  // An entry of a table of contents is a line of its own, however full.
  if (isContentsEntry(lastText)) return true;
  // A task's details each on a line of their own ("CT: Phòng A; PH: Phòng B", then "Hạn: 30/6"): a detail's label
  // under a paragraph opened by one opens its own, however full the line above.
  if (opensLabel(lineText(next)) && opensLabel(lineText(lines[0]!))) return true;
  const size = Math.max(last.size, next.size);
  if (next.page === last.page && next.column === last.column) {
    const gap = next.y - last.y;
    if (gap <= 0 || gap > margins.pitch * size * 1.15) return true;
  }
  // A list item whose lines hang under its text is set left, however near the centre they end; so is a
  // numbered item's first line indented at the paragraph's indent in ragged text ("2. Sở X: …, tổng hợp,"
  // ending short of the margin), which a title's centring never numbers.
  const hanging = hangsUnder(lines[0]!, lines.length === 1 ? next : last);
  const numbered = lines.length === 1 && NUMBERED_ITEM.test(lastText);
  // "2. Trách nhiệm của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh" filling its line, then "a) Xây dựng …" set at the
  // same indent: a lettered item opening with a capital under a numbered line is the first of its list, never the
  // numbered line's words going on (those would go on in lower case, or at the text's left edge).
  if (numbered && /^[a-zđ]\)\s+\p{Lu}/u.test(lineText(next)) && Math.abs(next.x - last.x) < 1) return true;
  // So are ragged lines starting where the next starts (an indented paragraph's lines may end about as far from the
  // right margin as they start from the left, where centred lines of different lengths start at different places),
  // and a paragraph's first line, lettered or indented past the next, when the next goes on with its words in lower
  // case or the first left no room for one: less than a letter's, or less than the next line's first word takes
  // ("a) Báo X mở chuyên mục" ending where '"Chính quyền gần dân"' did not fit). A next line starting left of a
  // lettered first, at the paragraph's margin, goes on when the first left no room for its first word and a space
  // (a lettered item's first line, ending short of the margin about as far as it is indented, looks centred, but
  // "b) Sở X chủ trì … dự thảo" wraps before "Quyết định …"); one at the first's indent opens a paragraph of its own
  // under a lettered heading.
  const lettered = lines.length === 1 && LETTERED_ITEM.test(lastText);
  const opening = lettered || (lines.length === 1 && next.x < last.x - 1);
  const spare = margins.right - last.right;
  const goesOn =
    spare < Math.max(last.size, firstWordWidth(next)) ||
    /^\p{Ll}/u.test(lineText(next)) ||
    (lettered && next.x < last.x - 1 && !roomFor(last, next, spare));
  const flush = opening ? goesOn : Math.abs(next.x - last.x) < 1;
  // Lines flush at one x in a box narrower than the page (a text box) may sit centred between its margins: they
  // end at the box's edge, the widest line's.
  const boxed = lines.length > 1 && lines.every((l) => Math.abs(l.x - last.x) < 1);
  // An edge short of the page's margin (a narrower column) is where its lines wrap; at the margin, the margin says so.
  const room = edges.some((e) => Math.abs(e - last.right) < 0.5 && e < margins.right - last.size)
    ? 0
    : hanging || numbered || flush
      ? margins.right - last.right
      : boxed
        ? Math.max(...lines.map((l) => l.right)) - last.right
        : roomAfter(last, margins);
  const full = room + margins.limit - margins.right < 2 * last.size;
  // A full line that ends no clause goes on in the next, even one opening with a dash, at
  // the line's indent or hanging under its item's text.
  const under = next.x <= last.x + next.size / 2 || hangsUnder(lines[0]!, next);
  if (LABEL.test(lineText(next)) && !(full && !CLAUSE_END.test(lastText) && under)) return true;
  // A line ending with a word no sentence or name ends with ("… phối hợp với", "… báo cáo UBND xã và Sở" before
  // "Nông nghiệp …") goes on, however much room it left or however centred it looks.
  if (endsOpen(lastText, lineText(next))) return false;
  if (SENTENCE_END.test(lastText) && room > 2 * last.size) return true;
  if (roomFor(last, next, room)) return true;
  if (next.x > last.x + next.size / 2) {
    // A centred title's lines: the first may fill the width, the others sit centred under it.
    if ((centered(last, margins) || full) && centered(next, margins)) return false;
    return !(lines.length === 1 && hanging);
  }
  return false;
}

/**
 * A numbered item of a list laid out with tab stops ("1. ⇥ task ⇥ unit ⇥ time", no table lines): its
 * line is one row of the list, never a line of columns side by side (neither their first nor one under a
 * heading line set at the same stops), so the lines under it stay under it. Each piece is a paragraph, as
 * the Word file's tabs between texts make them.
 */
const isTabbedItem = (line: Line) => line.pieces.length > 1 && /^\d{1,3}\.\s/.test(line.pieces[0]!.text);

// Four dots or more (or two ellipses): the leader a right tab draws between two texts. Each run is found once, by a
// scan of the line (a regex splitting the line around it backtracked over a line of thousands of dots).
const LEADER_RUN = /\.{4,}|…{2,}/gu;

/**
 * The texts before and after a line's first dot leader, as `^(.+?)\s*(?:\.{4,}|…{2,})\s*(\S.*)$` reads them for a
 * numbered heading (a line holds no line break; a line opening with its leader has none): the text after a leader at
 * the line's end is its last dot or ellipsis when the run is long enough to spare it.
 */
function dotLeader(text: string): [string, string] | null {
  for (const run of text.matchAll(LEADER_RUN)) {
    const before = text.slice(0, run.index).trimEnd();
    if (!before) return null;
    const after = text.slice(run.index + run[0].length).trimStart();
    if (after) return [before, after];
    const spare = run[0].startsWith(".") ? 4 : 2;
    return run[0].length > spare ? [before, run[0].at(-1)! + text.slice(run.index + run[0].length)] : null;
  }
  return null;
}

/**
 * A numbered heading with a text set at a right tab with a dot leader ("Bước 1: Chuẩn bị ....... Trước ngày 15/10"):
 * the leader fills the line to the margin, so the line looks full, yet the heading ends with it. Its two texts are
 * two paragraphs, as the Word file's tab between texts makes them. An entry of a table of contents (a page number
 * after the leader) is left whole for contents.ts to skip.
 */
function leaderParts(text: string): [string, string] | null {
  const parts = dotLeader(text);
  return parts && !isContentsEntry(text) && opensNumbered(parts[0]) ? parts : null;
}

/**
 * Lines from the one at `start` that share its columns: each of their pieces within one
 * column. A line centred on the page, not in its column, is the text after the columns; so is a line of a column
 * the page's text is set in (`Line.column`).
 */
function columnBand(
  lines: Line[],
  start: number,
  page: Margins,
): { end: number; columns: Line[][]; bounds: { x: number; right: number }[] } | null {
  const first = lines[start]!;
  if (first.pieces.length < 2) return null;
  const bounds = first.pieces.map((p) => ({ x: p.x, right: p.right }));
  const columns: Line[][] = first.pieces.map((p) => [pieceLine(p, first)]);
  let end = start + 1;
  for (; end < lines.length && lines[end]!.page === first.page; end++) {
    const line = lines[end]!;
    // Text the page sets in columns (columns.ts) is read in them, never as more of a band above them.
    if (isTabbedItem(line) || line.column !== first.column) break;
    const places = line.pieces.map((p) =>
      bounds.findIndex(
        (_, k) =>
          (k === 0 || p.x > bounds[k - 1]!.right + 2) && (k === bounds.length - 1 || p.right < bounds[k + 1]!.x - 2),
      ),
    );
    if (places.some((k) => k < 0) || new Set(places).size < places.length) break;
    const own = bounds[places[0]!]!;
    const inOwn = Math.abs(center(line) - center(own)) < Math.max(4, 0.03 * (own.right - own.x));
    if (line.pieces.length === 1 && centered(line, page) && !inOwn) break;
    line.pieces.forEach((p, i) => {
      const k = places[i]!;
      bounds[k] = { x: Math.min(bounds[k]!.x, p.x), right: Math.max(bounds[k]!.right, p.right) };
      columns[k]!.push(pieceLine(p, line));
    });
  }
  return { end, columns, bounds };
}

const pieceLine = (piece: Piece, line: Line): Line => ({ ...line, pieces: [piece], x: piece.x, right: piece.right });

/**
 * A column's margins: where its text begins and ends. How far its lines could reach is
 * not drawn (a borderless cell), so no line of it is taken for a full one.
 */
function columnMargins(bounds: { x: number; right: number }[], k: number, page: Margins): Margins {
  return { left: bounds[k]!.x, right: bounds[k]!.right, limit: Infinity, pitch: page.pitch };
}

/**
 * A line at the top of the next column, set where it would stand in the column of the line before:
 * a paragraph goes on from the foot of one column to the top of the next as from one page to the
 * next, and its place within its own column is what counts.
 */
function inColumnOf(line: Line, last: Line, marginsOf: (line: Line) => Margins): Line {
  const shift = marginsOf(last).left - marginsOf(line).left;
  const pieces = line.pieces.map((p) => ({ ...p, x: p.x + shift, right: p.right + shift }));
  return { ...line, pieces, x: line.x + shift, right: line.right + shift };
}

/** A paragraph as the page sets it: its first line's indent from the left margin, and its size. */
export interface SetParagraph {
  text: string;
  indent: number;
  size: number;
  /** The footnote marks on its lines. */
  marks?: string[];
}

/** How far (in font sizes) above its label a value's first line may stand and still be the label's. */
const BESIDE = 0.3;

/**
 * A borderless table of a task's fields ("Đơn vị thực hiện: ⇥ Sở A chủ trì …", "Thời gian: ⇥ Quý IV/2025"): two
 * columns side by side, the left holding only labels. Read column by column, the labels would run together and
 * their values after them; each label is read with the lines beside and under it, down to the next label, as one
 * label line. Null for columns of anything else (the Decree 30 header, "Nơi nhận" beside the signature).
 */
function fieldRows(columns: Line[][], page: Margins): SetParagraph[] | null {
  const [labels, values] = columns as [Line[], Line[]];
  if (columns.length !== 2 || !labels.every((l) => isLabelAlone(lineText(l)))) return null;
  return labels.map((label, i) => {
    const from = i === 0 ? -Infinity : label.y - BESIDE * label.size;
    const next = labels[i + 1];
    const to = next ? next.y - BESIDE * next.size : Infinity;
    const beside = values.filter((v) => v.y >= from && v.y < to);
    return { text: clean([label, ...beside].map(lineText).join(" ")), indent: label.x - page.left, size: label.size };
  });
}

/** The paragraphs of consecutive lines (a page's text between tables, or pages of it). */
export function paragraphsOf(lines: Line[], marginsOf: (line: Line) => Margins): SetParagraph[] {
  const paragraphs: SetParagraph[] = [];
  const edges = wrapEdges(lines);
  let current: Line[] = [];
  const flush = () => {
    const first = current[0];
    const text = clean(joinAtSoftHyphens(current.map(lineText))).replace(SYMBOL_BULLET, "•");
    const marks = current.flatMap((l) => (l.marks ?? []).map((m) => m.text));
    if (first && text) paragraphs.push({ text, indent: first.x - marginsOf(first).left, size: first.size, marks });
    current = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const page = marginsOf(lines[i]!);
    // Items on one line each under a caption naming their columns: read as a text copy's are (`caption-lines.ts`).
    const captioned = captionedList(lines, i);
    if (captioned) {
      flush();
      const { x, size } = lines[i]!;
      for (const text of captioned.items) paragraphs.push({ text: clean(text), indent: x - page.left, size });
      i = captioned.end - 1;
      continue;
    }
    if (isTabbedItem(lines[i]!)) {
      flush();
      const line = lines[i]!;
      for (const p of line.pieces) paragraphs.push({ text: clean(p.text), indent: p.x - page.left, size: line.size });
      continue;
    }
    const leader = leaderParts(lineText(lines[i]!));
    if (leader) {
      flush();
      const line = lines[i]!;
      for (const text of leader) paragraphs.push({ text: clean(text), indent: line.x - page.left, size: line.size });
      continue;
    }
    const band = columnBand(lines, i, page);
    if (band) {
      flush();
      const fields = fieldRows(band.columns, page);
      if (fields) paragraphs.push(...fields);
      else
        band.columns.forEach((column, k) => {
          const margins = columnMargins(band.bounds, k, page);
          paragraphs.push(...paragraphsOf(column, () => margins));
        });
      i = band.end - 1;
      continue;
    }
    const line = lines[i]!;
    const last = current.at(-1);
    if (last && last.column !== line.column) {
      if (startsParagraph(current, inColumnOf(line, last, marginsOf), marginsOf(last), edges)) flush();
    } else if (last && startsParagraph(current, line, marginsOf(line), edges)) flush();
    current.push(line);
  }
  flush();
  return paragraphs;
}
