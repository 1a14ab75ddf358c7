// A number in an Excel cell as the cell shows it, through its number format: a ref
// typed 1.10 in a "0.00" cell reads "1.10", a deadline stored as a date serial reads
// "15/11/2025", 12 in a '"Quý "0' cell reads "Quý 12". Only what plans use is rendered:
// digits, decimals, percent, literals and day-month-year dates; grouping separators are
// left out (a count reads "1200", as the quota and deadline parsers want it), and
// scientific or fraction formats read as General.

import { serialMoment } from "../../domain/serial-day.ts";

// Built-in formats (ECMA-376 18.8.30); the short date (14) follows a Vietnamese system.
const BUILT_IN: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  14: "dd/mm/yyyy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "dd/mm/yyyy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;(#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;(#,##0.00)",
  45: "mm:ss",
  47: "mm:ss",
  49: "@",
};

export function builtInFormat(id: number): string {
  return BUILT_IN[id] ?? "General";
}

/** Excel's General: integers as they are, other numbers to 11 significant digits. */
export function general(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  return String(Number(value.toPrecision(11)));
}

/** The format's sections (positive; negative; zero; text), split outside quotes. */
function sections(code: string): string[] {
  const out = [""];
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted) {
      out[out.length - 1] += ch + (code[++i] ?? "");
      continue;
    }
    if (ch === ";" && !quoted) out.push("");
    else out[out.length - 1] += ch;
  }
  return out;
}

type Token = { literal: string } | { code: string };

/** Literals (quoted, escaped, padding) apart from the format's own characters; [colour] and [$-locale] dropped. */
function tokens(section: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i]!;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      out.push({ literal: section.slice(i + 1, stop) });
      i = stop;
    } else if (ch === "\\") out.push({ literal: section[++i] ?? "" });
    else if (ch === "_") {
      out.push({ literal: " " });
      i++;
    } else if (ch === "*") i++;
    else if (ch === "[") {
      const end = section.indexOf("]", i);
      i = end < 0 ? section.length : end;
    } else out.push({ code: ch });
  }
  return out;
}

const isDateCode = (ts: Token[]) =>
  ts.some((t) => "code" in t && /[dmyhs]/i.test(t.code)) && !ts.some((t) => "code" in t && /[0#?]/.test(t.code));

type Field = { text: string } | { field: "y" | "m" | "d" | "h" | "minute" | "s"; width: number };

/** A date format's fields in order: each run of one letter is one ("dd", "mm", "yyyy"); "mm" after hours or before
 * seconds is minutes. */
function dateFields(ts: Token[]): Field[] {
  const letter = (t: Token | undefined) => (t && "code" in t && /[a-z]/i.test(t.code) ? t.code.toLowerCase() : "");
  const out: Field[] = [];
  let previous = "";
  for (let i = 0; i < ts.length;) {
    const t = ts[i]!;
    const ch = letter(t);
    if (!ch) {
      out.push({ text: "literal" in t ? t.literal : t.code });
      i++;
      continue;
    }
    let run = 1;
    while (letter(ts[i + run]) === ch) run++;
    const next = ts
      .slice(i + run)
      .map(letter)
      .find(Boolean);
    if (ch === "m" && (previous === "h" || next === "s")) out.push({ field: "minute", width: run });
    else if (ch === "y" || ch === "m" || ch === "d" || ch === "h" || ch === "s") out.push({ field: ch, width: run });
    previous = ch;
    i += run;
  }
  return out;
}

/** Whether a format writes the month before the day ("m/d/yyyy", "mm-dd-yy", "m/d", "mmm d, yyyy"), not after a year
 * ("yyyy-mm-dd" is the day-month order of ISO, read as written). */
function monthBeforeDay(fields: Field[]): boolean {
  // A weekday ("dddd") is no day of the month.
  const order = fields.flatMap((f) =>
    "field" in f && "ymd".includes(f.field) && !(f.field === "d" && f.width >= 3) ? [f.field] : [],
  );
  const month = order.indexOf("m");
  const day = order.indexOf("d");
  const year = order.indexOf("y");
  return month >= 0 && day > month && !(year >= 0 && year < month);
}

// A weekday as a Vietnamese workbook shows it ("dddd" → "Thứ Sáu", "ddd" → "T6"), as LibreOffice writes it into the
// .xls and .ods copies: the same cell then reads the same in every format. The deadline reader drops it.
const WEEKDAYS = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
const SHORT_WEEKDAYS = ["CN", "T2", "T3", "T4", "T5", "T6", "T7"];
const weekday = (day: number, width: number): string => (width >= 4 ? WEEKDAYS : SHORT_WEEKDAYS)[day]!;

/**
 * The serial as its date format shows it; null when it is no day (negative, 29/2/1900, past 9999). A month-first
 * format's figures are written day-first, unless `asShown` (the cell's figures in the order the sheet shows them).
 */
function dateText(serial: number, ts: Token[], date1904: boolean, asShown = false): string | null {
  const at = serialMoment(serial, { date1904 });
  if (!at) return null;
  const value = {
    y: at.getUTCFullYear(),
    m: at.getUTCMonth() + 1,
    d: at.getUTCDate(),
    h: at.getUTCHours(),
    minute: at.getUTCMinutes(),
    s: at.getUTCSeconds(),
  };
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  const fields = dateFields(ts);
  // A month-first format (an English-locale workbook's "m/d/yyyy") shows the cell's date, which is what counts: it
  // is written day-first, as every Vietnamese plan reads a date, so that "3/9/2023" is never taken for 3 September.
  if (monthBeforeDay(fields) && !asShown) [value.m, value.d] = [value.d, value.m];
  let out = "";
  for (const f of fields) {
    if ("text" in f) out += f.text;
    else if (f.field === "y") out += f.width <= 2 ? pad(value.y % 100, 2) : String(value.y);
    else if (f.field === "m") out += f.width === 2 ? pad(value.m, 2) : String(value.m);
    else if (f.field === "d") out += f.width >= 3 ? weekday(at.getUTCDay(), f.width) : pad(value.d, f.width);
    else out += pad(value[f.field], f.width);
  }
  return out.trim();
}

function numberText(value: number, ts: Token[]): string {
  const codes = ts.map((t) => ("code" in t ? t.code : "")).join("");
  if (/e[+-]/i.test(codes) || codes.includes("/")) return general(value);
  const scaled = codes.includes("%") ? value * 100 : value;
  const placeholder = /[0#?][0#?,]*(\.[0#?]*)?|\.[0#?]+/.exec(codes);
  if (!placeholder) return ts.map((t) => ("literal" in t ? t.literal : t.code)).join("");
  const [integer = "", decimals = ""] = placeholder[0].split(".");
  const fixed = Math.abs(scaled).toFixed(decimals.length);
  let [whole = "", fraction = ""] = fixed.split(".");
  const minFraction = decimals.replace(/[#?]/g, "").length;
  while (fraction.length > minFraction && fraction.endsWith("0")) fraction = fraction.slice(0, -1);
  const minWhole = integer.replace(/[^0]/g, "").length;
  if (whole === "0" && minWhole === 0) whole = "";
  whole = whole.padStart(minWhole, "0");
  const number = `${whole}${fraction ? `.${fraction}` : ""}`;
  // The number stands where its placeholders are; other format characters are shown as they are.
  let out = "";
  let placed = false;
  for (const t of ts) {
    if ("literal" in t) out += t.literal;
    else if (/[0#?,.]/.test(t.code)) {
      if (!placed) out += number;
      placed = true;
    } else out += t.code;
  }
  return out;
}

/** The section of `code` that shows `value`, and whether it is the first; null for General. */
function sectionFor(value: number, code: string): { section: string; ts: Token[]; first: boolean } | null {
  if (/^(general|@)?$/i.test(code.trim())) return null;
  const all = sections(code);
  const section = value < 0 && all[1] ? all[1] : value === 0 && all[2] ? all[2] : all[0]!;
  const ts = tokens(section);
  if (/^general$/i.test(ts.map((t) => ("code" in t ? t.code : "")).join(""))) return null;
  return { section, ts, first: section === all[0] };
}

const dateTokens = (section: string) => tokens(section.replace(/am\/pm|a\/p/gi, ""));

/** A numeric cell's value as its format `code` shows it. */
export function formatValue(value: number, code: string, date1904: boolean): string {
  if (!Number.isFinite(value)) return "";
  const format = sectionFor(value, code);
  if (!format) return general(value);
  const { section, ts, first } = format;
  if (isDateCode(ts)) return dateText(value, dateTokens(section), date1904) ?? general(value);
  const text = numberText(value, ts);
  return value < 0 && first ? `-${text}` : text;
}

/**
 * Whether a number cell is a date, and in what order its format shows it: the text it shows with the month first
 * ("5/6/2026" for 6 May, written "06/05/2026" by `formatValue`), null for a date shown otherwise, undefined for a
 * number that is no date. Where the sheet's own text says its dates were typed day-first (`typed-day-first.ts`), the
 * figures shown are read as typed.
 */
function monthFirstShown(value: number, code: string, date1904: boolean): string | null | undefined {
  const format = Number.isFinite(value) ? sectionFor(value, code) : null;
  if (!format || !isDateCode(format.ts)) return undefined;
  const ts = dateTokens(format.section);
  return monthBeforeDay(dateFields(ts)) ? dateText(value, ts, date1904, true) : null;
}

/** What a number cell shows, whether that is the General format's text (a ref may have lost a zero), and, for a date,
 * the text its month-first format shows (`monthFirstShown`). */
export interface ShownNumber {
  text: string;
  generalNumber: boolean;
  monthFirst?: string | null;
}

/** A number as its cell shows it, and whether that is the General format's text (a ref may have lost a zero). */
export function shownNumber(value: number, code: string, date1904: boolean): ShownNumber {
  const text = formatValue(value, code, date1904);
  const monthFirst = monthFirstShown(value, code, date1904);
  const generalNumber = text === general(value);
  return monthFirst === undefined ? { text, generalNumber } : { text, generalNumber, monthFirst };
}

/** A date a cell stores as ISO 8601 ("2026-05-15…", .xlsx's t="d", .ods's date-value) as a date cell shows it. */
export function shownIsoDay(value: string): string | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return day ? `${day[3]}/${day[2]}/${day[1]}` : null;
}
