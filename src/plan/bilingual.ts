// A plan written for a foreign partner (a donor's project, a cooperation programme) gives each paragraph and each
// table cell in Vietnamese with its English translation beside or under it: "Sở Ngoại vụ" over "DOFA", "Tháng 4/2025"
// over "April 2025", a column titled "Nhiệm vụ / Tasks". Such a plan names the Vietnamese authoritative, and the
// English words would read as more units ("DOFA"), longer titles and second deadlines. Every reader gives a cell's
// lines joined, so the English is told from the Vietnamese by language, not by place: it comes after the last word
// written with Vietnamese marks, and holds words no Vietnamese syllable spells ("Tasks", "April", "review"), English
// function words ("the", "and"), or capitals the Vietnamese text never uses ("DOFA", "PMU"; "UBND" is Vietnamese).
// Only a document where several paragraphs or cells end so in English sentences is read so: one English name in a
// Vietnamese plan ("… (JICA)") is no translation.
import type { Block } from "./document.ts";

/** A letter only Vietnamese writes: a vowel with a tone or a hat, or "đ". */
const MARKED = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/iu;
/** A Vietnamese syllable written without marks ("Ban", "cho", "thanh"): initial, vowels, final. */
const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$/u;
const FUNCTION_WORDS = new Set([
  "the",
  "and",
  "of",
  "to",
  "for",
  "in",
  "on",
  "by",
  "with",
  "from",
  "than",
  "is",
  "are",
]);
/** How many segments must end in an English sentence (two function words) for the document to be bilingual. */
const BILINGUAL_SEGMENTS = 3;
const CAPITALS = /^[A-Z]{2,}$/u;
/** Vietnamese short forms written in capitals without marks, which a header or cell may hold alone ("STT"). */
const VIETNAMESE_SHORT = ["STT", "TT", "UBND", "MTTQ", "TP", "TX", "BQL", "CT", "PH", "VT"];

const bare = (word: string) => word.replace(/[.,;:()]/gu, "");
const isMarked = (word: string) => MARKED.test(word);

const lastMarked = (words: readonly string[]) => words.findLastIndex((word) => isMarked(word));
/** The last Vietnamese word: marked, or a short form Vietnamese writes in capitals ("STT" of "STT No."). */
const lastVietnamese = (words: readonly string[], vietnamese: ReadonlySet<string>) =>
  words.findLastIndex((word) => isMarked(word) || vietnamese.has(bare(word)));
const BARE_NUMBER = /^\d+$/u;
const CAPITALISED = /^[A-Z][a-z'-]*$/u;

/**
 * Where the words after the last marked one turn English, if they do; `vietnamese`: capitals Vietnamese uses. An
 * English phrase opens with a capital or a number: "Mường Tè Sin Ho and Muong Te …" turns at "Sin", "năm 2026 2025
 * review" and "15/7/2025 15 July" at the number before the English word.
 */
function englishFrom(words: readonly string[], vietnamese: ReadonlySet<string>): number | null {
  const last = lastVietnamese(words, vietnamese);
  // In a heading set in capitals, a capitals word may be Vietnamese unmarked ("VIỆT NAM"); in running words it is not.
  const heading = !/\p{Ll}/u.test(words.slice(0, last + 1).join(" "));
  const foreign = (word: string) => word === "No." || isForeign(bare(word), vietnamese, heading);
  let cut = words.findIndex((word, i) => i > last && foreign(word));
  if (cut < 0) return null;
  if (/^[a-z]/u.test(words[cut] ?? "")) while (cut - 1 > last && CAPITALISED.test(bare(words[cut - 1] ?? ""))) cut--;
  if (cut - 2 > last && BARE_NUMBER.test(words[cut - 1] ?? "")) cut--;
  return cut;
}

/**
 * An English ordinal or quarter ("2nd", "Q2"): Vietnamese writes "thứ 2", "Quý II". ("No." for a number is English too:
 * Vietnamese "nó" is marked.)
 */
const ENGLISH_NUMBER = /^(\d+(st|nd|rd|th)|Q[1-4])$/u;

function isForeign(word: string, vietnamese: ReadonlySet<string>, heading = true): boolean {
  if (ENGLISH_NUMBER.test(word)) return true;
  if (!/^[A-Za-z'-]+$/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (CAPITALS.test(word)) return !vietnamese.has(word) && (!heading || !SYLLABLE.test(lower));
  return FUNCTION_WORDS.has(lower) || !SYLLABLE.test(lower);
}

const segmentsOf = (block: Block): string[] => (block.type === "text" ? [block.text] : block.cells);
/** A PDF's cell whose two lines it set together: "STTNo." is "STT" over "No.". */
const GLUED = new RegExp(`^(${VIETNAMESE_SHORT.join("|")})(?=[A-Z][a-z])`, "u");
const wordsOf = (text: string) =>
  text
    .split(/\s+/u)
    .filter(Boolean)
    .flatMap((word) => word.replace(GLUED, "$1 ").split(" "));

/** The capitals written among Vietnamese words, before a segment's last marked word. */
function vietnameseCapitals(blocks: readonly Block[]): Set<string> {
  const capitals = new Set<string>(VIETNAMESE_SHORT);
  for (const segment of blocks.flatMap(segmentsOf)) {
    const words = wordsOf(segment);
    for (const word of words.slice(0, lastMarked(words) + 1).map(bare)) if (CAPITALS.test(word)) capitals.add(word);
  }
  return capitals;
}

/** Whether the segment ends in an English sentence: two function words after the last marked word. */
function endsInEnglish(segment: string): boolean {
  const words = wordsOf(segment);
  const functions = words.slice(lastMarked(words) + 1).filter((word) => FUNCTION_WORDS.has(bare(word).toLowerCase()));
  return functions.length >= 2;
}

/** The segment's Vietnamese words: all of it when it turns English nowhere, "" when it is English throughout. */
function vietnameseOf(segment: string, vietnamese: ReadonlySet<string>): string {
  const words = wordsOf(segment);
  const cut = englishFrom(words, vietnamese);
  if (cut === null) return segment;
  return words
    .slice(0, cut)
    .join(" ")
    .replace(/\s*\/$/u, "");
}

/** What is left of a paragraph whose words were all English but its number ("I." of "I. OBJECTIVES"). */
const markerOnly = (text: string) => /^\s*(?:(([IVXLC]+|\d+|[a-z])[.)]?)\s*)?$/u.test(text);

/** The blocks read in Vietnamese only when the document gives each paragraph and cell in English too. */
export function withoutTranslations(blocks: Block[]): Block[] {
  let english = 0;
  for (const block of blocks) {
    for (const segment of segmentsOf(block)) if (endsInEnglish(segment)) english++;
    if (english >= BILINGUAL_SEGMENTS) break;
  }
  if (english < BILINGUAL_SEGMENTS) return blocks;
  const vietnamese = vietnameseCapitals(blocks);
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.type === "text") {
      const text = vietnameseOf(block.text, vietnamese);
      if (text === block.text) out.push(block);
      // A paragraph English throughout, or but its number ("1." of "1. The PMU …"), is no paragraph of the plan.
      else if (!markerOnly(text)) out.push({ ...block, text, written: block.written ?? block.text });
      continue;
    }
    const cells = block.cells.map((cell) => {
      const kept = vietnameseOf(cell, vietnamese);
      return kept !== cell && markerOnly(kept) ? "" : kept;
    });
    const written = block.written ?? block.cells.join(" | ");
    if (cells.every((cell, i) => cell === block.cells[i])) out.push(block);
    // A paragraph beside its translation, in a layout table of two columns, is a paragraph.
    else if (cells.filter(Boolean).length === 1 && cells[0]) out.push({ type: "text", text: cells[0], written });
    else out.push({ ...block, cells, written });
  }
  return out;
}
