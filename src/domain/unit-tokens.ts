// The words of unit names as the resolver reads them: tokens (folded words, initials, punctuation), and the words
// and marks that tell where a name opens, ends, or goes on (`resolve-units.ts` matches them against a directory).
import { fold } from "./text.ts";
import type { UnitEntry, UnitKind } from "./units.ts";

export interface Token {
  word: string | null; // folded word, or null for punctuation
  /** Folded letters of a word written in capitals ("PTNT"): initials it may stand for. */
  abbr: string | null;
  punct: string | null;
  start: number;
  end: number;
}

// Long forms folded to the short ones plans also use, so either spelling matches.
const SYNONYMS: [string[], string][] = [
  [["uy", "ban", "nhan", "dan"], "ubnd"],
  [["hoi", "dong", "nhan", "dan"], "hdnd"],
  [["van", "phong"], "vp"],
  [["thanh", "pho"], "tp"],
  [["thi", "xa"], "tx"],
];
/** Words between the parts of a name that plans write or leave out at will. */
export const JOINERS = new Set(["va"]);
const MAX_INITIALS = 7;

/**
 * Where the tokens a name of at most `words` words opening at `at` can reach end: a name's words may have commas and
 * joiners between them, which a matcher skips, so those are not counted. A matcher given only these tokens finds
 * what it finds in all of them, without copying a long list's rest each time it is asked.
 */
export function reach(tokens: readonly Token[], at: number, words: number): number {
  let end = at;
  for (let counted = 0; end < tokens.length && counted < words; end++) {
    const word = tokens[end]!.word;
    if (word && !JOINERS.has(word)) counted++;
  }
  return end;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+|[,;:()]/gu)) {
    const raw = m[0];
    const start = m.index;
    const isPunct = /^[,;:()]$/.test(raw);
    const word = isPunct ? null : fold(raw);
    tokens.push({ word, abbr: abbreviation(raw, word), punct: isPunct ? raw : null, start, end: start + raw.length });
  }
  return canonicalize(tokens);
}

function abbreviation(raw: string, word: string | null): string | null {
  if (!word || word.length < 2 || word.length > MAX_INITIALS || !/^[a-z]+$/.test(word)) return null;
  return raw === raw.toUpperCase() ? word : null;
}

function canonicalize(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length;) {
    const hit = SYNONYMS.find(([long]) => long.every((w, k) => tokens[i + k]?.word === w));
    if (hit) {
      const last = tokens[i + hit[0].length - 1]!;
      out.push({ word: hit[1], abbr: null, punct: null, start: tokens[i]!.start, end: last.end });
      i += hit[0].length;
    } else {
      out.push(tokens[i]!);
      i++;
    }
  }
  return out;
}

export function phraseWords(text: string): string[] {
  return tokenize(text).flatMap((t) => (t.word && !JOINERS.has(t.word) ? [t.word] : []));
}

// A village or residential group, its kind in lower case before its proper name ("thôn Nà Pài", "tổ dân phố Số 3"):
// after a comma, another unit's name, not words going on with the one before; a subject, though in lower case.
export const VILLAGE_KINDS = "thôn|bản|xóm|ấp|buôn|làng|sóc|tổ dân phố|khu phố|tiểu khu";
export const PLACE_UNIT = new RegExp(`^(${VILLAGE_KINDS})\\s+[\\p{Lu}\\d]`, "u");
// Words that open a plural: a name after them is another ("các tổ dân phố"). Told by the word as written: "Môi"
// ("Phòng Tài nguyên và Môi trường") and "mới" fold as "mọi" does. A plan typed without marks is read by the fold.
const PLURALS = new Set(["các", "những", "mọi"]);
const FOLDED_PLURALS = new Set(["cac", "nhung", "moi"]);

/** Whether the word at `t` opens a plural ("các", "những", "mọi"). */
export function isPlural(source: string, t: Token | undefined): boolean {
  if (!t?.word) return false;
  const written = source.slice(t.start, t.end).normalize("NFC").toLowerCase();
  return PLURALS.has(written) || (/^[a-z]+$/.test(written) && FOLDED_PLURALS.has(t.word));
}
// Bodies named by the fields they govern ("Phòng Văn hóa, Thông tin và Thể thao"), and words that open a body's name.
export const FIELDS_OWNER = /^(phong|so|ban|cuc|chi cuc|vu|vien|trung tam|vp|bo)\b/;
export const BODY_HEAD =
  /^(phong|so|ban|cuc|chi cuc|vu|vien|hoi|trung tam|vp|ubnd|to|doan|cong an|dai|truong|benh vien|bao hiem|kho bac|buu dien|(?:tinh|huyen|thanh|thi|quan) doan|ngan hang)\b/;

// More words that open a body's name, for telling a listed body from a field of an office's name ("Phòng Tư pháp,
// Thanh tra huyện" lists two bodies): not in BODY_HEAD, where "và" before them would split a name.
export const OTHER_BODY_HEAD =
  /^(thanh tra|tram|doi|hat|chi nhanh|cong ty|tong cong ty|hop tac xa|lien doan|mat tran|uy ban|dien luc|nha|hoi dong|van phong|chi bo|dang uy|bo chi huy|ban chi huy|ky tuc xa)\b/;

// An office named by the bodies it serves: "và" joins its owners ("Văn phòng HĐND và UBND xã").
export const NAMED_BY_OWNERS = /^(vp|van phong)\b/;

const LEVEL_WORDS = new Set(["xa", "phuong", "huyen", "tp", "tx", "thi", "tran"]);

/**
 * "UBND các phường:", "UBND các xã, thị trấn:" open a list of local units named without
 * their "UBND phường" (only when names follow): the levels it names, as tokens. "UBND các xã
 * A, B và phường C" names them right after its one level, with no colon (`bare`).
 */
export function levelOpenerAt(tokens: Token[], at: number): { length: number; levels: Token[][]; bare?: true } | null {
  if (tokens[at]?.word !== "ubnd" || tokens[at + 1]?.word !== "cac") return null;
  const levels: Token[][] = [[]];
  let j = at + 2;
  for (; tokens[j] && tokens[j]!.punct !== ":"; j++) {
    const t = tokens[j]!;
    if (t.punct === "," || t.word === "va") levels.push([]);
    else if (LEVEL_WORDS.has(t.word ?? "")) levels.at(-1)!.push(t);
    else if (levels.length === 1 && levels[0]!.length > 0) return { length: j - at, levels, bare: true };
    else return null;
  }
  const named = levels.filter((l) => l.length > 0);
  const namesFollow = tokens.slice(j + 1).some((t) => t.word);
  return tokens[j]?.punct === ":" && named.length > 0 && namesFollow ? { length: j + 1 - at, levels: named } : null;
}

// The words a local UBND's or a department's name opens with, which a list of several writes once: "UBND huyện" in
// "UBND huyện Ba Bể, Pác Nặm", "huyện" in "huyện Chợ Mới, Bạch Thông", "Sở" in "Sở Tư pháp, Tài chính".
const HEAD_WORDS = new Set(["ubnd", "so", ...LEVEL_WORDS]);

/**
 * The heads the unit matched at tokens [from, to) was written with, which the names after it in the same list may
 * leave out: its whole head ("UBND huyện", "Sở"), or its first word before a name that writes its own level ("UBND
 * xã A, phường B"). Null for a unit of another kind (the province's own UBND shares no level).
 */
export function sharedHeads(tokens: Token[], from: number, to: number, unit: UnitEntry): Token[][] | null {
  if (!["department", "district", "commune"].includes(unit.kind)) return null;
  // "Sở" opens a head only: "UBND xã Số 1" is a commune of that name.
  let end = HEAD_WORDS.has(tokens[from]!.word ?? "") ? from + 1 : from;
  while (end > from && end < to - 1 && LEVEL_WORDS.has(tokens[end]!.word ?? "")) end++;
  return end > from ? [tokens.slice(from, end), tokens.slice(from, from + 1)] : null;
}

/** A name written after a head it leaves out: in capitals ("Pác Nặm"), or opening with its own level ("phường B"). */
export const namedAfterHead = (source: string, t: Token): boolean =>
  capitalised(source, t) || LEVEL_WORDS.has(t.word ?? "");

/**
 * A numeral closing a name numbers the region or branch it serves ("Kho bạc Nhà nước khu vực IX",
 * "Đội 3"): part of the name, never a name of its own.
 */
export function numeralAt(source: string, tokens: Token[], at: number): number {
  const token = tokens[at];
  const next = tokens[at + 1];
  const closes = !next || next.punct === "," || next.punct === ";" || next.word === "va";
  return token?.word && closes && /^([IVXLC]+|\d+)$/.test(source.slice(token.start, token.end)) ? 1 : 0;
}

/** Words joining two bodies that do the same work: "cùng", "cùng với", "hoặc", "và", "với". */
const JOINS = new Set(["cung", "voi", "hoac", "va"]);

/**
 * Where a body joined to the name ending at `at` opens ("… xã A cùng UBND xã B", "… hoặc Công an xã C"), or -1: after
 * one or two joining words, a known unit (`known`) or a capitalised body's opening word; "cùng các hộ dân" joins none.
 */
export function joinedBodyAt(source: string, tokens: Token[], at: number, known: (at: number) => boolean): number {
  let next = at;
  while (next < at + 2 && JOINS.has(tokens[next]?.word ?? "")) next++;
  const head = foldedFrom(tokens, next);
  const opens = capitalised(source, tokens[next]) && (BODY_HEAD.test(head) || OTHER_BODY_HEAD.test(head));
  return next > at && (opens || known(next)) ? next : -1;
}

/** The first words from `at`, folded, to match a name's opening against. */
export function foldedFrom(tokens: Token[], at: number): string {
  return tokens
    .slice(at, at + 3)
    .map((t) => t.word ?? "")
    .join(" ");
}

// "Sở" and the local levels, which name whose body a provincial body's short name is when they follow it alone; so
// does "Ban" in a plan a provincial board (Ban Dân tộc) writes to its own offices ("Thanh tra Ban", as "Thanh tra Sở").
const OTHER_LEVELS = new Set(["so", "ban", "huyen", "xa", "phuong", "tp", "tx"]);

/**
 * How many words after a body the directory knows name a level below it, whose own body of that kind is meant: "Sở"
 * or a level alone after a body other than a Sở ("Thanh tra huyện", "Thanh tra Ban"), or a plural of local levels
 * after a provincial body ("Hội Nông dân các huyện, thành phố", "… các xã, phường và thị trấn"); else 0.
 */
export function ofOtherLevel(tokens: Token[], at: number, unit: UnitEntry): number {
  const next = tokens[at + 1];
  if (
    !/^sở\s/iu.test(unit.name) &&
    OTHER_LEVELS.has(tokens[at]?.word ?? "") &&
    (!next || next.punct !== null || next.word === "va")
  )
    return 1;
  const level = (t: Token | undefined) => LEVEL_WORDS.has(t?.word ?? "");
  if (unit.kind === "district" || unit.kind === "commune" || tokens[at]?.word !== "cac" || !level(next)) return 0;
  let end = at + 2;
  while (level(tokens[end]) || ((tokens[end]?.punct === "," || tokens[end]?.word === "va") && level(tokens[end + 1])))
    end++;
  return end - at;
}

/**
 * Where a list of places a body's plural names after its colon ends: "Công an các huyện: Võ Nhai, Định Hóa và Đại
 * Từ" is one name, the bodies of those districts, from `at` (the colon) to the last place; names written with
 * capitals, one after another, joined by commas or "và". `at` itself when no such list stands there.
 */
export function placesListEnd(source: string, tokens: Token[], at: number): number {
  if (tokens[at]?.punct !== ":" || !LEVEL_WORDS.has(tokens[at - 1]?.word ?? "") || tokens[at - 2]?.word !== "cac")
    return at;
  let end = at;
  for (let j = at + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.punct === ";" || (t.word !== null && t.word !== "va" && !capitalised(source, t))) break;
    if (t.word !== null && t.word !== "va") end = j + 1;
  }
  return end;
}

// "có" after a group as a verb of the group, with its object: "UBND các xã có trách nhiệm …", "… có văn bản gửi …",
// "… có thể …", "… có ý kiến …". Folded.
const HAS_AS_VERB =
  /^co (trach nhiem|nhiem vu|the|van ban|cong van|to trinh|bao cao|y kien|ke hoach|phuong an|giai phap|bien phap|huong dan)\b/;

// A group's members that own what follows: "các sở, ngành chủ quản dự án thành phần" (those managing a component
// project), "các đơn vị là chủ đầu tư" (those investing). Written, lower case: "chủ quan" (subjective) is no owner.
const OWNS = /^((là|làm) )?chủ (quản|đầu tư)(?![\p{L}\p{N}])/u;

// Members lying in a part of the territory: "UBND các xã vùng đồng bào dân tộc thiểu số", "các xã khu vực III".
// Written with its marks: "vững" folds as "vùng" does.
const REGION = /^(vùng|khu vực)(?![\p{L}\p{N}])/u;

// Members told by what they are ("UBND các xã nghèo", "các huyện biên giới", "các xã chưa đạt chuẩn", "các đơn vị
// nêu trên"): words no group's own name goes on with, written with their marks. "Các huyện còn lại" (the others, after
// one named as done) is the whole level still, as the answers of two sets read it.
const KIND_OF_MEMBER =
  /^(nghèo|biên giới|miền núi|vùng cao|vùng sâu|(?:đặc biệt )?khó khăn|trọng điểm|thí điểm|chưa|nêu trên|trên đây)(?![\p{L}\p{N}])/u;

/**
 * Whether the words at `at`, after a group ("UBND các xã", "các cơ quan, đơn vị"), narrow it to some of its members:
 * "được" + what is done to them ("được kiểm tra"), "có" + what they hold ("có sản phẩm đạt 3 sao", "có dự án",
 * "có liên quan"), what they own ("chủ quản dự án …", "là chủ đầu tư"), the region they lie in ("vùng …", "khu
 * vực …") or what kind they are ("nghèo", "biên giới", "chưa …"). A reminder to every member for work only some do
 * is wrong: such a group is kept as written.
 */
export function narrowsAt(source: string, tokens: Token[], at: number): boolean {
  const t = tokens[at];
  if (!t?.word) return false;
  const kind = source.slice(t.start, tokens[at + 2]?.end ?? tokens[at + 1]?.end ?? t.end).normalize("NFC");
  if (KIND_OF_MEMBER.test(kind.toLowerCase())) return true;
  if (!tokens[at + 1]?.word) return false;
  const written = source.slice(t.start, t.end).normalize("NFC").toLowerCase();
  const ahead = source.slice(t.start, tokens[at + 3]?.end ?? tokens[at + 1]!.end).normalize("NFC");
  const owns = OWNS.test(ahead) || REGION.test(ahead.toLowerCase());
  // A plan typed without marks writes "co" for "có" ("cơ", also folded "co", keeps its mark).
  const has = (written === "có" || written === "co") && !HAS_AS_VERB.test(foldedFrom(tokens, at));
  return t.word === "duoc" || has || owns;
}

/** Where the name starting at `from` ends: the next comma or semicolon, or the end. */
export function delimiterFrom(tokens: Token[], from: number): number {
  let end = from;
  while (end < tokens.length && tokens[end]!.punct !== "," && tokens[end]!.punct !== ";") end++;
  return end;
}

export function slice(source: string, tokens: Token[], from: number, to: number): string {
  return source.slice(tokens[from]!.start, tokens[to - 1]!.end).trim();
}

/** Whether the word at `t` is written with a capital. */
export const capitalised = (source: string, t: Token | undefined): boolean =>
  t !== undefined && t.word !== null && /^\p{Lu}/u.test(source.slice(t.start, t.end));

/**
 * Whether a plural opening a name the directory lacks goes on past the comma before `at` (`known` tells whether a
 * unit of the directory starts at a token: such a name is its own):
 * - "Các Huyện đoàn, Thành đoàn": followed by another kind of body, its head capitalised and no proper name after it
 *   (one to three words), as "Các phòng, ban" does in lower case;
 * - "Các trường THPT, PTDTNT", "các trường THCS, PTDTBT": closing on the initials of a kind (a school's type) and
 *   followed by other initials alone, of a kind of the same head, none of them a unit of the directory.
 */
export function pluralListGoesOn(
  source: string,
  tokens: Token[],
  from: number,
  at: number,
  known: (at: number) => boolean,
): boolean {
  if (!isPlural(source, tokens[from]) || known(at)) return false;
  const words = tokens.slice(at, delimiterFrom(tokens, at));
  const folded = words.map((t) => t.word).join(" ");
  const kinds =
    words.length > 0 &&
    words.length <= 3 &&
    capitalised(source, words[0]) &&
    !words.slice(1).some((t) => capitalised(source, t)) &&
    (BODY_HEAD.test(folded) || OTHER_BODY_HEAD.test(folded));
  const last = tokens[at - 2];
  const initials = at - 2 > from && !!last?.abbr && words.length === 1 && !!words[0]!.abbr && !known(at - 2);
  return kinds || initials;
}

/**
 * "Ban Nội chính Tỉnh ủy kiểm tra …": a party committee ("Tỉnh ủy", "Huyện ủy", "Thành ủy") closes the name of a
 * body it owns, as its owner does; words in lower case after it say what the body does. Whether such an owner stands
 * at `at` with a lower-case word after it: the name then ends after the owner, at `at` + 2. Asked word by word as a
 * name is read, the first one closing it (a look over the whole name from each of its starts was quadratic).
 */
export function partyOwnerAt(source: string, tokens: Token[], at: number): boolean {
  const committee = /^(tinh|huyen|thanh)$/.test(tokens[at]?.word ?? "") && tokens[at + 1]?.word === "uy";
  return committee && capitalised(source, tokens[at]) && !!tokens[at + 2]?.word && !capitalised(source, tokens[at + 2]);
}

// "UBND các xã, phường mới", "… sau sắp xếp", "… mới thành lập": a group of units as a reorganisation leaves it is
// the same group; the words saying so name nobody of their own.
const AFTER_REORGANISATION = /^(?:moi(?: thanh lap)?|(?:moi )?sau (?:sap xep|sap nhap|hop nhat))$/;

/** How many words at `at`, up to the next mark or "và", say a group is as a reorganisation leaves it; else 0. */
export function reorganisedAt(tokens: Token[], at: number): number {
  let end = at;
  while (tokens[end]?.word && tokens[end]!.word !== "va") end++;
  const words = tokens.slice(at, end).map((t) => t.word);
  return end > at && AFTER_REORGANISATION.test(words.join(" ")) ? end - at : 0;
}

export function guessKind(name: string): UnitKind {
  const f = phraseWords(name).join(" ");
  if (/^so\b/.test(f)) return "department";
  if (/^ubnd (cap )?(xa|phuong|thi tran)\b/.test(f)) return "commune";
  if (/^ubnd (cap )?(huyen|tp|tx)\b/.test(f)) return "district";
  return "other";
}
