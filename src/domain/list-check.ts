// Checks a sample list read from a spreadsheet against its template: finds the header
// wherever it is, reads the rows up to the signature block, tells official from reserve
// samples, and reports every problem with the Excel row number, the column's header,
// the value and a stable code. Pure: the sheet comes in as plain data.
import { z } from "zod";
import { fromLegacy } from "./legacy-text.ts";
import { makeDate } from "./dates.ts";
import { serialDay } from "./serial-day.ts";
import {
  TEMPLATES,
  type ColumnKey,
  type ColumnSpec,
  type DateWindow,
  type ListTemplate,
  type TemplateId,
} from "./list-templates.ts";
import { parsePhone } from "./phone.ts";
import { clean, fold } from "./text.ts";

export type Cell = string | number | boolean | Date | null;

export interface RawRow {
  number: number;
  cells: Cell[];
  /** Cells (by index) the reader cut for being longer than a cell may be, with their real length. */
  long?: { column: number; length: number }[] | undefined;
}

export interface RawSheet {
  rows: RawRow[];
  merges: { top: number; left: number; bottom: number; right: number }[];
}

export type FindingCode =
  | "missing-cell"
  | "invalid-name"
  | "invalid-phone"
  | "duplicate-phone"
  | "invalid-date"
  | "date-order"
  | "date-out-of-window"
  | "incomplete-address"
  | "gender-ambiguous"
  | "legacy-encoding"
  | "phone-leading-zero"
  | "quota-short"
  | "quota-over"
  | "value-too-long";

export interface Finding {
  row: number | null;
  column: string | null;
  code: FindingCode;
  severity: "error" | "warning";
  value: string;
  args?: Record<string, string | number>;
}

export type Section = "official" | "reserve";

export interface CheckedRow {
  row: number;
  section: Section;
  valid: boolean;
  phone: string | null;
  values: Partial<Record<ColumnKey, string>>;
}

export interface Located {
  template: ListTemplate;
  headerRow: number;
  firstDataRow: number;
  columns: { spec: ColumnSpec; index: number; header: string }[];
}

export interface Quota {
  official: number;
  reserve: number;
  required: { official: number; reserve: number };
}

export interface ListCheck {
  template: TemplateId;
  headerRow: number;
  rows: CheckedRow[];
  findings: Finding[];
  counts: { total: number; valid: number; official: number; reserve: number };
  quota: {
    official: { required: number; allowed: number; valid: number };
    reserve: { required: number; allowed: number; valid: number };
  } | null;
}

/**
 * Checked rows as they are stored, made in the list worker: one JSON array of
 * `[excelRow, section, valid, phone, data]`, `data` being the row's values as the JSON the
 * database keeps. The bot's thread holds one string per batch, not a record per row: ten
 * lists of 10,000 rows arriving at once were 100,000 records surviving on its heap until
 * stored, and their garbage collection stalled every other chat; the database unpacks the
 * array itself (submission-store.ts).
 */
export interface RowBatch {
  count: number;
  json: string;
}

export const rowBatch = (rows: CheckedRow[]): RowBatch => ({
  count: rows.length,
  json: JSON.stringify(rows.map((r) => [r.row, r.section, r.valid, r.phone, JSON.stringify(r.values)])),
});

/** A list checked in the worker, as the bot receives it. */
export type CheckedList = Omit<ListCheck, "rows"> & { rows: RowBatch[] };

export type LocateError = { code: "unknown-template" } | { code: "missing-column"; columns: string[] };

const WARNINGS: FindingCode[] = ["legacy-encoding", "phone-leading-zero", "quota-over"];
const HEADER_SCAN_ROWS = 30;

export function cellText(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return String(cell);
  if (cell instanceof Date) return `${cell.getUTCDate()}/${cell.getUTCMonth() + 1}/${cell.getUTCFullYear()}`;
  return clean(String(cell));
}

/** Rows with a merged range's value repeated over the range, as a person sees them. */
function filledRows(sheet: RawSheet, limit: number): string[][] {
  const head = sheet.rows.slice(0, limit);
  const byNumber = new Map(head.map((r) => [r.number, r.cells.map(cellText)]));
  const rows = head.map((r) => [...byNumber.get(r.number)!]);
  for (const m of sheet.merges) {
    const master = byNumber.get(m.top)?.[m.left - 1] ?? "";
    head.forEach((r, i) => {
      if (r.number < m.top || r.number > m.bottom) return;
      for (let c = m.left; c <= m.right; c++) if (!rows[i]![c - 1]) rows[i]![c - 1] = master;
    });
  }
  return rows;
}

function matchColumns(template: ListTemplate, headers: string[]): { spec: ColumnSpec; index: number }[] {
  const used = new Set<number>();
  const found: { spec: ColumnSpec; index: number }[] = [];
  for (const spec of template.columns) {
    const index = headers.findIndex((h, i) => !used.has(i) && h !== "" && spec.patterns.some((p) => p.test(h)));
    if (index >= 0) {
      used.add(index);
      found.push({ spec, index });
    }
  }
  return found;
}

function missingColumns(template: ListTemplate, found: { spec: ColumnSpec }[]): string[] {
  const keys = new Set(found.map((f) => f.spec.key));
  const missing = template.columns.filter((c) => c.required && !keys.has(c.key)).map((c) => c.header);
  if (template.gender && !keys.has("gender") && !(keys.has("male") && keys.has("female"))) missing.push("Giới tính");
  return missing;
}

/** The header row and the template it belongs to, among the first rows of the sheet. */
export function locate(sheet: RawSheet, only?: TemplateId): Located | LocateError {
  const rows = filledRows(sheet, HEADER_SCAN_ROWS + 1);
  const templates = only ? [TEMPLATES[only]] : Object.values(TEMPLATES);
  let best: { located: Located; score: number; missing: string[] } | null = null;
  for (let r = 0; r < Math.min(rows.length, HEADER_SCAN_ROWS); r++) {
    const lower = rows[r + 1] ?? [];
    // A second header row holds the Nam / Nữ of a merged "Giới tính".
    const lowerWords = new Set(lower.map((c) => fold(c)));
    const twoRows = lowerWords.has("nam") && lowerWords.has("nu");
    // A cell merged down over both rows reads the same in each: count it once.
    const headers = rows[r]!.map((c, i) =>
      fold([c, twoRows && lower[i] !== c ? lower[i] : ""].filter(Boolean).join(" ")),
    );
    for (const template of templates) {
      const found = matchColumns(template, headers);
      if (!found.some((f) => f.spec.key === "name") || found.length < 3) continue;
      const missing = missingColumns(template, found);
      const score = found.length * 10 - missing.length * 15;
      if (best && best.score >= score) continue;
      const number = sheet.rows[r]!.number;
      const columns = found.map((f) => ({ ...f, header: f.spec.header }));
      best = {
        located: {
          template,
          headerRow: number,
          firstDataRow: sheet.rows[r + (twoRows ? 2 : 1)]?.number ?? number + 1,
          columns,
        },
        score,
        missing,
      };
    }
  }
  if (!best) return { code: "unknown-template" };
  if (best.missing.length > 0) return { code: "missing-column", columns: best.missing };
  return best.located;
}

// Matched on the cell as written (NFC), not folded: it is tested on every cell of every row.
const SIGNATURE = /^(người lập|thủ trưởng|xác nhận của|ký tên|ký,)/iu;

function isNumberingRow(texts: string[]): boolean {
  const filled = texts.filter(Boolean);
  return filled.length >= 3 && filled.every((t) => /^\(?\d{1,2}\)?$/.test(t));
}

/** A section row ("II. Danh sách dự phòng", "I | Thường trực HĐND tỉnh"): its new section, or "same". */
function sectionOf(texts: string[], located: Located): Section | "same" | null {
  const stt = located.columns.find((c) => c.spec.key === "stt");
  const sttText = stt ? (texts[stt.index] ?? "") : "";
  const filled = texts.filter(Boolean);
  const roman = /^[IVX]+\.?$/.test(sttText);
  const lone = filled.length === 1 ? fold(filled[0]!) : "";
  if (!roman && !(lone && /du phong|chinh thuc|danh sach|^[ivx]+ /.test(lone))) return null;
  const all = fold(texts.join(" "));
  if (/du phong/.test(all)) return "reserve";
  if (/chinh thuc/.test(all)) return "official";
  return "same";
}

function dateOf(cell: Cell): string | null | "empty" {
  if (cell === null || cell === "") return "empty";
  if (cell instanceof Date) return makeDate(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  if (typeof cell === "number") return cell > 20000 && cell < 80000 ? serialDay(Math.floor(cell)) : null;
  const m = clean(String(cell)).match(/^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/);
  if (!m) return null;
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return makeDate(year, Number(m[2]), Number(m[1]));
}

const COMMUNE_LEVEL = /\b(xa|phuong|thi tran|x|p|tt)\b/;
const DISTRICT_LEVEL = /\b(huyen|quan|thanh pho|thi xa|tp|tx|h|q)\b/;

export interface CheckOptions {
  window?: DateWindow | null | undefined;
  quota?: Quota | null | undefined;
  /** Phones of the unit's other accepted lists. */
  knownPhones?: ReadonlySet<string>;
}

interface RowContext {
  located: Located;
  byKey: Map<ColumnKey, Located["columns"][number]>;
  options: CheckOptions;
  seenPhones: Set<string>;
}

// A row's cells as zod sees them (they come from another process): text, numbers,
// booleans, dates or nothing.
const rowShape = z.array(z.union([z.string(), z.number(), z.boolean(), z.date(), z.null(), z.undefined()]));

function checkRow(
  raw: RawRow,
  texts: string[],
  section: Section,
  ctx: RowContext,
): { row: CheckedRow; findings: Finding[] } {
  const { number: rowNumber, cells } = raw;
  const findings: Finding[] = [];
  const values: Partial<Record<ColumnKey, string>> = {};
  const byKey = ctx.byKey;
  const parsed = rowShape.parse(cells);
  const cellOf = (key: ColumnKey): Cell => parsed[byKey.get(key)!.index] ?? null;
  const add = (key: ColumnKey | null, code: FindingCode, value: string, args?: Finding["args"]) =>
    findings.push({
      row: rowNumber,
      column: key ? byKey.get(key)!.header : null,
      code,
      severity: WARNINGS.includes(code) ? "warning" : "error",
      value,
      ...(args ? { args } : {}),
    });

  let legacyReported = false;
  for (const { spec, index } of ctx.located.columns) {
    if (spec.rule === "date") continue;
    const raw = texts[index] ?? "";
    const { text, encoding } = fromLegacy(raw);
    if (encoding && !legacyReported) {
      add(spec.key, "legacy-encoding", raw, { encoding: encoding.toUpperCase(), converted: text });
      legacyReported = true;
    }
    values[spec.key] = text;
  }
  const text = (key: ColumnKey) => values[key] ?? "";
  for (const { column, length } of raw.long ?? []) {
    const spec = ctx.located.columns.find((c) => c.index === column)?.spec;
    if (spec) add(spec.key, "value-too-long", texts[column] ?? "", { length });
  }

  for (const { spec } of ctx.located.columns) {
    if (spec.required && spec.rule !== "date" && !text(spec.key)) add(spec.key, "missing-cell", "");
  }
  const name = text("name");
  const nameRule = byKey.get("name")!.spec.rule;
  if (
    name &&
    ((/\d/.test(name) && nameRule === "person-name") ||
      !/\p{L}/u.test(name) ||
      (nameRule === "person-name" && name.split(" ").length < 2))
  )
    add("name", "invalid-name", name);

  let phone: string | null = null;
  if (byKey.has("phone") && text("phone")) {
    const result = parsePhone(text("phone"));
    if (!result.ok)
      add("phone", "invalid-phone", text("phone"), result.suggestion ? { suggestion: result.suggestion } : undefined);
    else {
      phone = result.phone;
      values.phone = phone;
      if (result.restoredZero) add("phone", "phone-leading-zero", text("phone"), { phone });
      if (ctx.seenPhones.has(phone) || ctx.options.knownPhones?.has(phone)) add("phone", "duplicate-phone", phone);
      ctx.seenPhones.add(phone);
    }
  }

  const dates: Partial<Record<"received" | "returned", string>> = {};
  for (const key of ["received", "returned"] as const) {
    if (!byKey.has(key)) continue;
    const cell = cellOf(key);
    const day = dateOf(cell);
    if (day === "empty") add(key, "missing-cell", "");
    else if (day === null) add(key, "invalid-date", cellText(cell));
    else dates[key] = values[key] = day;
  }
  if (dates.received && dates.returned && dates.returned < dates.received)
    add("returned", "date-order", cellText(cellOf("returned")), { received: cellText(cellOf("received")) });
  const window = ctx.options.window;
  if (window && dates.returned && (dates.returned < window.from || dates.returned > window.to)) {
    add("returned", "date-out-of-window", cellText(cellOf("returned")), { from: window.from, to: window.to });
  }
  if (byKey.get("address")?.spec.rule === "address" && text("address")) {
    const f = fold(text("address").replace(/\b([XPHQ]|TT|TP|TX)\./g, "$1 "));
    if (!COMMUNE_LEVEL.test(f) || !DISTRICT_LEVEL.test(f)) add("address", "incomplete-address", text("address"));
  }
  if (ctx.located.template.gender) {
    const marks = [byKey.has("male") && text("male") !== "", byKey.has("female") && text("female") !== ""];
    const single = fold(text("gender"));
    const ok =
      byKey.has("male") && byKey.has("female") ? marks.filter(Boolean).length === 1 : ["nam", "nu"].includes(single);
    if (!ok)
      add(
        byKey.has("male") ? "male" : "gender",
        "gender-ambiguous",
        [text("male"), text("female"), text("gender")].filter(Boolean).join(" / "),
      );
  }
  const rowSection: Section = /^(du phong|dp)$/.test(fold(text("note"))) ? "reserve" : section;
  const valid = !findings.some((f) => f.severity === "error");
  return { row: { row: rowNumber, section: rowSection, valid, phone, values }, findings };
}

function quotaFindings(
  quota: Quota,
  counts: ListCheck["counts"],
): { summary: NonNullable<ListCheck["quota"]>; findings: Finding[] } {
  const findings: Finding[] = [];
  const summary = {
    official: { required: quota.required.official, allowed: quota.official, valid: counts.official },
    reserve: { required: quota.required.reserve, allowed: quota.reserve, valid: counts.reserve },
  };
  for (const section of ["official", "reserve"] as const) {
    const s = summary[section];
    if (s.valid < s.required)
      findings.push({
        row: null,
        column: null,
        code: "quota-short",
        severity: "error",
        value: String(s.valid),
        args: { section, required: s.required, valid: s.valid },
      });
    if (s.valid > s.allowed)
      findings.push({
        row: null,
        column: null,
        code: "quota-over",
        severity: "warning",
        value: String(s.valid),
        args: { section, allowed: s.allowed, valid: s.valid },
      });
  }
  return { summary, findings };
}

export interface ListChecker {
  /** The sheet's rows in order, as many at a time as have been read. */
  add(rows: RawSheet["rows"]): void;
  finish(): ListCheck;
}

/**
 * Checks a located list row by row as its rows arrive (the reader sends them in chunks,
 * so that checking overlaps reading): blank and numbering rows skipped, section rows
 * switching official and reserve, the signature block ending the data.
 */
export function listChecker(located: Located, options: CheckOptions = {}): ListChecker {
  const ctx: RowContext = {
    located,
    byKey: new Map(located.columns.map((c) => [c.spec.key, c])),
    options,
    seenPhones: new Set(),
  };
  const rows: CheckedRow[] = [];
  const findings: Finding[] = [];
  let section: Section = "official";
  let ended = false;
  return {
    add(sheetRows) {
      for (const raw of sheetRows) {
        if (ended) return;
        if (raw.number < located.firstDataRow) continue;
        const texts = raw.cells.map(cellText);
        if (texts.every((t) => !t) || isNumberingRow(texts)) continue;
        if (texts.some((t) => SIGNATURE.test(t))) {
          ended = true;
          return;
        }
        const next = sectionOf(texts, located);
        if (next) {
          if (next !== "same") section = next;
          continue;
        }
        const checked = checkRow(raw, texts, section, ctx);
        rows.push(checked.row);
        for (const f of checked.findings) findings.push(f);
      }
    },
    finish() {
      const valid = rows.filter((r) => r.valid);
      const counts = {
        total: rows.length,
        valid: valid.length,
        official: valid.filter((r) => r.section === "official").length,
        reserve: valid.filter((r) => r.section === "reserve").length,
      };
      // Phụ lục VI allots the samples of Phụ lục III (citizens and organisations).
      const quota = options.quota && located.template.id === "III" ? quotaFindings(options.quota, counts) : null;
      return {
        template: located.template.id,
        headerRow: located.headerRow,
        rows,
        findings: [...findings, ...(quota?.findings ?? [])],
        counts,
        quota: quota?.summary ?? null,
      };
    },
  };
}
