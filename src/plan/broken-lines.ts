// A paragraph pasted from a PDF, or typed with a line break (Shift+Enter) where the page ended, is cut mid-sentence:
// "… kiểm tra tại Trung tâm Y tế các" then "huyện, thành phố và … (Thời hạn: tháng 6/2023)" on the next line, or
// "(Thời hạn: hoàn thành trước" then "31/8/2023)". Every reader gives such a line as a paragraph of its own, which
// would read as a second item under the first (with the first's deadline) and leave the first undated. The line
// goes on in the line above when the line above ends no clause and the line below begins none: the above, a full
// line, ends with a word (no stop, semicolon, colon or bracket closing it) and the below opens in lower case with no
// number or bullet of its own, or ends with a word no phrase ends with ("và", "của", "Sở" before its field:
// `endsOpen`, as a PDF's lines are joined); or the above leaves a bracket open that the below, opening with no
// number, closes.
import { endsOpen } from "../domain/open-end.ts";
import type { Block } from "./document.ts";
import { markerOf } from "./numbering.ts";

type TextBlock = Block & { type: "text" };

/** The line above ends with a word (or a comma after one): no clause ends there. */
const ENDS_MID_SENTENCE = /\p{L},?$/u;
/**
 * A line broken where the page's line ended is about as long as one: a short line ending in a word is a cell a typist
 * set at a tab stop ("Thường xuyên", "Văn phòng UBND tỉnh") with the first words of the next item's text under it.
 */
const FULL_LINE = 50;
const OPENS_LOWER = /^\p{Ll}/u;
/** A line in capitals ("KẾ HOẠCH" over "về việc …", a heading) ends with itself. */
const PROSE = /\p{Ll}/u;

/** How many brackets `text` leaves open (one closed before it opens counts for nothing). */
function openBrackets(text: string): number {
  let depth = 0;
  for (const ch of text) {
    if (ch === "(") depth++;
    else if (ch === ")" && depth > 0) depth--;
  }
  return depth;
}

/** Whether `below` closes a bracket before opening one: ")" comes before any "(". */
function closesBracket(below: string): boolean {
  const close = below.indexOf(")");
  const open = below.indexOf("(");
  return close >= 0 && (open < 0 || close < open);
}

/**
 * Whether the paragraph `below` is the rest of the sentence the line `above` broke off; `earlier`: the end of the
 * lines joined before `above`, where a bracket may have opened.
 */
export function goesOnFrom(above: string, below: string, earlier = ""): boolean {
  const [a, b] = [above.trim(), below.trim()];
  if (!PROSE.test(a) || !b || markerOf(b, null) !== null) return false;
  if (openBrackets(`${earlier} ${a}`) > 0 && closesBracket(b)) return true;
  if ([...a].length < FULL_LINE) return false;
  // "… báo cáo UBND xã và Sở" over "Nông nghiệp và Môi trường …": a word that cannot end a phrase, as the PDF's
  // lines are joined (`endsOpen`), goes on whatever case the next line opens with.
  return (ENDS_MID_SENTENCE.test(a) && OPENS_LOWER.test(b)) || endsOpen(a, b);
}

/** A paragraph with no footnote and its words as written: one that can take the rest of its sentence. */
const plain = (block: Block | undefined): block is TextBlock =>
  block?.type === "text" && !block.notes && block.written === undefined;

/** How much of a paragraph's end is read to tell whether it goes on: a broken bracket or line is no longer. */
const TAIL = 400;

/** The last `TAIL` characters of a paragraph's pieces before its last line, read from the pieces nearest it only. */
function earlierTail(pieces: readonly string[]): string {
  let tail = "";
  for (let i = pieces.length - 2; i >= 0 && tail.length < TAIL; i--) tail = `${pieces[i]} ${tail}`;
  return tail.slice(-TAIL);
}

/**
 * The blocks with each paragraph broken mid-sentence joined again; rows and other paragraphs as they are. A paragraph
 * is kept as its pieces while it grows and joined once: joining line by line would copy it once a line.
 */
export function withBrokenLinesJoined(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  let pieces: string[] | null = null;
  const close = () => {
    if (pieces && pieces.length > 1) out[out.length - 1] = { type: "text", text: pieces.join(" ") };
    pieces = null;
  };
  for (const block of blocks) {
    if (pieces && plain(block) && goesOnFrom(pieces.at(-1)!, block.text, earlierTail(pieces))) {
      pieces.push(block.text.trim());
      continue;
    }
    close();
    out.push(block);
    if (plain(block)) pieces = [block.text.trimEnd()];
  }
  close();
  return out;
}
