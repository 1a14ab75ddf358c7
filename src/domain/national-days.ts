// Plans tied to the calendar of national days date their work by the day's name: "hoàn thành trước Lễ Quốc khánh
// 02/9", "nhân dịp Ngày Thương binh - Liệt sĩ 27/7", "trước Ngày Nhà giáo Việt Nam", "trước Tết Dương lịch 2026",
// "trước Tết Nguyên đán Bính Ngọ". Each such day is fixed by law or custom (a solar day, or a lunar one: Giỗ Tổ Hùng
// Vương, Tết), so a careful reader dates the work by it as by a written day: "trước X" is X's eve, "nhân dịp X" the
// day itself. The name is put in words of its day ("trước ngày 02/09/2025"), for the deadline readers, which know only
// written days. A day written after the name is the one meant; a year written after it is the year; else the day is
// the first one not past on the plan's date (a plan of August 2025 means 27/7/2026). Only after a word relating the
// work to the day ("trước", "nhân dịp", "vào dịp", "đúng"): "chào mừng Ngày Nhà giáo" is a purpose, no deadline, and a
// Tết whose year is not named ("trước Tết Nguyên đán") stays the admin's to date (deadline.ts).
import { makeDate, type IsoDate } from "./dates.ts";
import { findDeadlineWording } from "./deadline-wording.ts";
import { lunarToSolar } from "./lunar-calendar.ts";
import { tetDay, TET_NAMES, TET_YEARS } from "./lunar-new-year.ts";
import { findYearlessDay } from "./plan-year.ts";
import { fold } from "./text.ts";

/** A national day: its name as folded text matches it, and its day (lunar when `lunar`). */
interface NationalDay {
  name: RegExp;
  month: number;
  day: number;
  lunar?: boolean;
}

// Folded names (no marks, lower case, words split by single spaces), each anchored to the whole name.
const DAYS: readonly NationalDay[] = [
  { name: /^(?:ngay )?(?:le )?quoc khanh$/, month: 9, day: 2 },
  { name: /^tet duong lich$/, month: 1, day: 1 },
  { name: /^ngay thuong binh liet s[iy]$/, month: 7, day: 27 },
  { name: /^ngay chuyen doi so quoc gia$/, month: 10, day: 10 },
  { name: /^ngay phap luat(?: nuoc cong hoa xa hoi chu nghia)? viet nam$/, month: 11, day: 9 },
  { name: /^ngay nha giao viet nam$/, month: 11, day: 20 },
  { name: /^ngay thay thuoc viet nam$/, month: 2, day: 27 },
  {
    name: /^ngay (?:giai phong (?:hoan toan )?mien nam(?: thong nhat dat nuoc)?|thong nhat dat nuoc)$/,
    month: 4,
    day: 30,
  },
  { name: /^ngay thanh lap dang(?: cong san viet nam)?$/, month: 2, day: 3 },
  { name: /^ngay quoc te lao dong$/, month: 5, day: 1 },
  { name: /^ngay quoc te phu nu$/, month: 3, day: 8 },
  { name: /^ngay phu nu viet nam$/, month: 10, day: 20 },
  { name: /^ngay hoi dai doan ket toan dan toc$/, month: 11, day: 18 },
  { name: /^ngay (?:thanh lap quan doi nhan dan viet nam|hoi quoc phong toan dan)$/, month: 12, day: 22 },
  { name: /^ngay sinh (?:cua )?chu tich ho chi minh$/, month: 5, day: 19 },
  { name: /^ngay quoc te thieu nhi$/, month: 6, day: 1 },
  { name: /^ngay bao chi cach mang viet nam$/, month: 6, day: 21 },
  { name: /^ngay gia dinh viet nam$/, month: 6, day: 28 },
  { name: /^ngay thanh lap doan thanh nien cong san ho chi minh$/, month: 3, day: 26 },
  { name: /^ngay doanh nhan viet nam$/, month: 10, day: 13 },
  { name: /^ngay khoa hoc va cong nghe viet nam$/, month: 5, day: 18 },
  { name: /^ngay the thao viet nam$/, month: 3, day: 27 },
  { name: /^ngay van hoa cac dan toc viet nam$/, month: 4, day: 19 },
  { name: /^ngay sach va van hoa doc viet nam$/, month: 4, day: 21 },
  { name: /^ngay (?:le )?gio to hung vuong$|^gio to hung vuong$/, month: 3, day: 10, lunar: true },
  { name: /^tet trung thu$/, month: 8, day: 15, lunar: true },
];

// The names as written (marks kept, any case), for finding them in a sentence; which day one names is then told by
// its folded words (DAYS). Longer wordings first, so that the whole name is taken.
const NAMES = [
  String.raw`(?:ngày\s+)?(?:lễ\s+)?quốc\s+khánh`,
  String.raw`tết\s+dương\s+lịch`,
  String.raw`tết\s+trung\s+thu`,
  String.raw`(?:ngày\s+)?(?:lễ\s+)?giỗ\s+tổ\s+hùng\s+vương`,
  String.raw`ngày\s+thương\s+binh(?:\s*[-–,]\s*|\s+)liệt\s+s[ĩỹ]`,
  String.raw`ngày\s+giải\s+phóng\s+(?:hoàn\s+toàn\s+)?miền\s+nam(?:(?:\s*,\s*|\s+)thống\s+nhất\s+đất\s+nước)?`,
  String.raw`ngày\s+pháp\s+luật(?:\s+nước\s+cộng\s+hòa\s+xã\s+hội\s+chủ\s+nghĩa)?\s+việt\s+nam`,
  String.raw`ngày\s+thành\s+lập\s+đảng(?:\s+cộng\s+sản\s+việt\s+nam)?`,
  String.raw`ngày\s+thành\s+lập\s+(?:quân\s+đội\s+nhân\s+dân\s+việt\s+nam|đoàn\s+thanh\s+niên\s+cộng\s+sản\s+hồ\s+chí\s+minh)`,
  String.raw`ngày\s+sinh\s+(?:của\s+)?chủ\s+tịch\s+hồ\s+chí\s+minh`,
  String.raw`ngày\s(?:\p{L}+\s){0,10}?\p{L}+(?=\s+\d|\s*[(,.;:)]|\s*$|\s+(?:năm|và|để|tại|cho|của|theo|trên|gắn|nhằm)\s)`,
].join("|");

// "trước", "trước dịp", "nhân dịp", "vào dịp", "nhân", "đúng": the word relating the work to the day, kept. A bare
// "dịp" ("hàng hóa dịp Tết", "an toàn thực phẩm dịp Tết Trung thu") or "trong dịp" says what the work is about, or
// while it goes on: no day it is due.
const RELATION = String.raw`trước(?:\s+dịp)?|(?:nhân|vào)\s+dịp|nhân|đúng`;
// "02/9", "ngày 02/9/2025", "(27/7)": the day written after the name.
const WRITTEN_DAY = String.raw`(?:\s+(?:ngày\s+)?|\s*\(\s*(?:ngày\s+)?)(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?\)?`;
const WRITTEN_YEAR = String.raw`\s+(?:năm\s+)?(\d{4})`;
const NATIONAL_DAY = new RegExp(
  String.raw`(?<![\p{L}\d])(${RELATION})\s+(${NAMES})(?:${WRITTEN_DAY}|${WRITTEN_YEAR})?(?![\p{L}\d])`,
  "giu",
);
// A Tết named by its year ("Tết Nguyên đán Bính Ngọ", "Tết Nguyên đán 2026"), its day from the lunar calendar.
const TET = new RegExp(
  String.raw`^tet(?: nguyen dan| co truyen| am lich)?(?: (${TET_NAMES})(?: (?:nam )?(${TET_YEARS}))?| (?:nam )?(${TET_YEARS}))$`,
);
const NAMED_TET = String.raw`tết(?:\s+nguyên\s+đán|\s+cổ\s+truyền|\s+âm\s+lịch)?\s+(?:năm\s+)?[\p{L}\d]+(?:\s+[\p{L}\d]+){0,2}`;
const TET_PHRASE = new RegExp(String.raw`(?<![\p{L}\d])(${RELATION})\s+(${NAMED_TET})(?![\p{L}\d])`, "giu");

const format = (date: IsoDate) => `${date.slice(8)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/** The day of `known` in the year written, or the first one not past on `issued`; null when neither is known. */
function dayOf(known: NationalDay, year: number | null, issued: IsoDate | null): IsoDate | null {
  const on = (y: number) =>
    known.lunar ? lunarToSolar(known.day, known.month, y) : makeDate(y, known.month, known.day);
  if (year !== null) return on(year);
  if (!issued) return null;
  const first = Number(issued.slice(0, 4));
  return [first, first + 1].map(on).find((d) => d !== null && d >= issued) ?? null;
}

/** The day a name written after a relation word gives, or null when it names no national day. */
function namedDay(name: string, d?: string, m?: string, y?: string, year?: string, issued?: IsoDate | null) {
  const known = DAYS.find((entry) => entry.name.test(fold(name)));
  if (!known) return null;
  if (d && m) {
    const written = y ? Number(y) : null;
    const day = { ...known, day: Number(d), month: Number(m), lunar: false };
    return dayOf(day, written, issued ?? null);
  }
  return dayOf(known, year ? Number(year) : null, issued ?? null);
}

/**
 * The first day of the Tết a phrase opens with ("Tết Nguyên đán Bính Ngọ cho …": its longest start naming a Tết of a
 * known year), and the words after that start; null when it names none.
 */
function namedTet(phrase: string): { day: IsoDate; rest: string } | null {
  const ends = [...phrase.matchAll(/\s+/gu)].map((m) => m.index).concat(phrase.length);
  for (const end of ends.reverse()) {
    const m = TET.exec(fold(phrase.slice(0, end)));
    const day = m && tetDay(m[1] ?? null, m[2] || m[3] ? Number(m[2] ?? m[3]) : null);
    if (day) return { day, rest: phrase.slice(end) };
  }
  return null;
}

// Where a sentence or a clause of one ends: a full stop or a semicolon before a space, or the text's end.
const CLAUSE_END = /[.;](?=\s|$)/gu;
// How far on either side of a national day its clause is looked at for a day of its own: the words a careful reader
// relates to it. A paragraph of thousands of characters with no full stop is one clause; read whole for each day it
// names, it took time growing with the square of its length. A clause's own day written farther than this from the
// national day is not seen, and the national day dates the work (a sentence that long is rare in a plan).
const NEAR = 300;

/** The clause ends of a text, in order, found once for all the national days it names. */
const clauseEnds = (all: string) => [...all.matchAll(CLAUSE_END)].map((m) => m.index);

/** The index of the first of the sorted `ends` at or after `at` (their length when none is). */
function firstFrom(ends: number[], at: number): number {
  let [low, high] = [0, ends.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (ends[mid]! < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Whether the clause holding the words at `at` (of `length`) gives a day of its own besides them, within NEAR
 * characters: "trước ngày hai mươi tháng Mười, nhân dịp Ngày Doanh nhân Việt Nam (13/10)" is due by its written day;
 * the national day is the occasion the work marks.
 */
function datedBesides(all: string, ends: number[], at: number, length: number): boolean {
  const start = Math.max((ends[firstFrom(ends, at) - 1] ?? -1) + 1, at - NEAR);
  const end = Math.min(ends[firstFrom(ends, at + length)] ?? all.length, at + length + NEAR);
  const rest = `${all.slice(start, at)} ${all.slice(at + length, end)}`;
  return findDeadlineWording(rest) !== null || findYearlessDay(rest) !== null;
}

/** The relation word as it stands before "ngày" in the rewritten words: "trước dịp X" is due as "trước X" is. */
const relationOf = (word: string) => word.replace(/\s+/g, " ").replace(/^(trước) dịp$/iu, "$1");

/**
 * The text with each national day named after a relation word put in words of its day ("trước Lễ Quốc khánh 02/9" →
 * "trước ngày 02/09/2025"), in a plan issued on `issued`.
 */
export function withNationalDays(text: string, issued: IsoDate | null): string {
  const nfc = text.normalize("NFC");
  if (!/ngày|lễ|tết|quốc\s+khánh|giỗ/iu.test(nfc)) return text;
  // Each pass reads its own text (the second the first's output): the clause ends are found once per text.
  let known = { text: "", ends: [] as number[] };
  const besides = (all: string, at: number, length: number) => {
    if (known.text !== all) known = { text: all, ends: clauseEnds(all) };
    return datedBesides(all, known.ends, at, length);
  };
  const dated = nfc
    .replace(TET_PHRASE, (whole, relation: string, name: string, at: number, all: string) => {
      const tet = namedTet(name);
      if (tet && besides(all, at, whole.length - tet.rest.length)) return whole;
      return tet ? `${relationOf(relation)} ngày ${format(tet.day)}${tet.rest}` : whole;
    })
    .replace(NATIONAL_DAY, (whole, relation: string, name: string, ...rest: unknown[]) => {
      const [d, m, y, year] = rest as (string | undefined)[];
      const [at, all] = rest.slice(4) as [number, string];
      const day = namedDay(name, d, m, y, year, issued);
      return day && !besides(all, at, whole.length) ? `${relationOf(relation)} ngày ${format(day)}` : whole;
    });
  return dated === nfc ? text : dated;
}
