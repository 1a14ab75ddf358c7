// A message typed on a phone without Vietnamese marks ("So Noi vu chu tri, han truoc 15/4") says what a marked one
// says: the readers' words ("chủ trì", "phối hợp", "trước", "tháng", "quý" …) and the units' names are put back in
// their marks before reading, so every rule keyed on them reads it. Only phrases whose unmarked spelling has one
// reading in an administrative text are restored: a word alone only when it has one ("chu tri", "truoc", "cac"); one
// with several only in a phrase or beside a number that settles it ("so" may be "số", "sở" or "sổ": only "số 45",
// "Sở Nội vụ"; "tinh" "tỉnh" or "tình": only "UBND tỉnh"; "phuong" "phường" or "phương": only "xã, phường"); other
// words stay as typed. A word keeps its length (each Vietnamese letter is one code point in NFC) and its case.
import { SHIPPED_DIRECTORIES } from "../domain/directories/index.ts";
import { fold } from "../domain/text.ts";
import type { Block } from "./document.ts";

// "#" stands for a number ("15/4", "2026", "II"): "quý #" restores "quy II", not "quy định".
const PHRASES = [
  "của",
  "và",
  "các",
  "chủ trì",
  "phối hợp",
  "thời hạn",
  "hạn",
  "trước",
  "trước ngày",
  "chậm nhất",
  "hoàn thành",
  "thời gian",
  "thường xuyên",
  "định kỳ",
  "hằng tháng",
  "hằng quý",
  "hằng năm",
  "hàng tháng",
  "hàng quý",
  "hàng năm",
  "quý #",
  "năm #",
  "ngày #",
  "số #",
  "tuần #",
  "từ #",
  "từ ngày",
  "đến ngày",
  "đến #",
  "gửi về",
  "về việc",
  "các huyện",
  "cấp huyện",
  "UBND huyện",
  "tháng #",
  "đầu tháng",
  "đầu năm",
  "đầu quý",
  "giữa tháng",
  "giữa năm",
  "cuối tháng",
  "cuối năm",
  "cuối quý",
  "6 tháng đầu năm",
  "trong tháng",
  "trong quý",
  "trong năm",
  "báo cáo",
  "gửi",
  "kính gửi",
  "kế hoạch",
  "nhiệm vụ",
  "nhiệm vụ cụ thể",
  "thực hiện",
  "triển khai",
  "tham mưu",
  "tổ chức",
  "đề nghị",
  "giao",
  "căn cứ",
  "các sở",
  "ban, ngành",
  "ngành",
  "các cơ quan",
  "đơn vị",
  "các đơn vị",
  "cấp xã",
  "cấp tỉnh",
  "các xã",
  "xã, phường",
  "các xã, phường",
  "UBND các xã, phường",
  "phường, xã",
  "UBND tỉnh",
  "UBND các xã",
  "UBND cấp xã",
  "Văn phòng",
  "VP UBND tỉnh",
  "Ủy ban nhân dân",
  "Quyết định",
  "Công văn",
  "Thông báo",
  "Chỉ thị",
  "Hướng dẫn",
];
/** Most words a phrase has: the bound on how far a match looks ahead. */
const LONGEST = 12;
const isNumber = (word: string) => /^\d/.test(word) || /^[IVX]{1,4}$/.test(word);
const keyOf = (words: readonly string[]) => words.map((w) => (w === "#" || isNumber(w) ? "#" : fold(w))).join(" ");

/** The marked phrases by their unmarked words; a spelling two phrases share is no one's. */
function lexicon(): Map<string, string[]> {
  const units = SHIPPED_DIRECTORIES.flatMap((d) => d.units.flatMap((u) => [u.name, ...u.aliases]));
  const found = new Map<string, string[] | null>();
  for (const phrase of [...PHRASES, ...units]) {
    const words = phrase.normalize("NFC").match(/[\p{L}\p{N}#]+/gu) ?? [];
    if (words.length === 0 || words.length > LONGEST) continue;
    const key = keyOf(words);
    const known = found.get(key);
    if (known === undefined) found.set(key, words);
    else if (known && known.join(" ") !== words.join(" ")) found.set(key, PHRASES.includes(phrase) ? words : null);
  }
  return new Map([...found].filter((entry): entry is [string, string[]] => entry[1] !== null));
}
let known: Map<string, string[]> | undefined;

/** `marked` spelled with the case of `typed` letter by letter, or `typed` when the two differ in length. */
function inCase(typed: string, marked: string): string {
  if (marked === "#" || isNumber(marked) || typed.length !== marked.length) return typed;
  return [...marked].map((c, i) => (typed[i] === typed[i]!.toLowerCase() ? c.toLowerCase() : c.toUpperCase())).join("");
}

/** A line with the phrases of the lexicon given back their marks. */
export function restoreMarks(line: string): string {
  known ??= lexicon();
  const words = [...line.matchAll(/[\p{L}\p{N}]+/gu)];
  const keys = words.map((w) => keyOf([w[0]]));
  // A phrase's words stand next to each other: "ban, ngành" as the phrase writes it, not across a sentence.
  const joined = words.map((w, k) => {
    const next = words[k + 1];
    return next !== undefined && /^[\s,-]{1,3}$/.test(line.slice(w.index + w[0].length, next.index));
  });
  const out: string[] = [];
  let at = 0;
  for (let i = 0; i < words.length;) {
    let reach = 1;
    while (reach < LONGEST && joined[i + reach - 1]) reach++;
    let marked: string[] | undefined;
    for (let size = reach; size > 0 && !marked; size--) marked = known.get(keys.slice(i, i + size).join(" "));
    if (!marked) {
      i++;
      continue;
    }
    for (const [k, typed] of marked.entries()) {
      const word = words[i + k]!;
      out.push(line.slice(at, word.index), inCase(word[0], typed));
      at = word.index + word[0].length;
    }
    i += marked.length;
  }
  return out.join("") + line.slice(at);
}

/** The share of words with a mark under which a document is taken as typed without marks. */
const MARKED_SHARE = 0.02;
/** Fewest words that tell: a title alone says little. */
const FEWEST_WORDS = 20;

/** Whether a document's words (almost) all go without marks, as a phone keyboard without Vietnamese types them. */
export function typedUnmarked(texts: readonly string[]): boolean {
  let words = 0;
  let marked = 0;
  for (const text of texts)
    for (const [word] of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      words++;
      if (/[^\0-\x7f]/.test(word)) marked++;
    }
  return words >= FEWEST_WORDS && marked <= words * MARKED_SHARE;
}

/** The document's paragraphs and cells with their marks given back when it was typed without them. */
export function withMarksRestored(blocks: Block[]): Block[] {
  const texts = blocks.flatMap((b) => (b.type === "text" ? [b.text] : b.cells));
  if (!typedUnmarked(texts)) return blocks;
  return blocks.map((b) =>
    b.type === "text" ? { ...b, text: restoreMarks(b.text) } : { ...b, cells: b.cells.map(restoreMarks) },
  );
}
