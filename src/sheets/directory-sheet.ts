// The unit directory as a workbook admins can edit in Excel and import back.
// Columns: Mã (id, keep it to rename a unit) | Tên đơn vị | Loại | Đơn vị cấp trên |
// Tên viết tắt | Tên gọi khác | Hiệu lực từ | Hiệu lực đến | Đơn vị kế thừa; lists inside a
// cell are separated by ";", days written dd/mm/yyyy. A file without the last three
// columns leaves the stored days and successors as they are.
import ExcelJS from "exceljs";
import { z } from "zod";
import { isIsoDate, makeDate } from "../domain/dates.ts";
import { DEFAULT_LIMITS } from "../domain/limits.ts";
import type { Cell } from "../domain/list-check.ts";
import { clean, fold } from "../domain/text.ts";
import { UNIT_KINDS, type UnitKind } from "../domain/units.ts";
import type { Translate } from "../i18n/index.ts";
import type { StoredUnit, UnitWrite } from "../domain/units.ts";
import { openXlsx } from "./xlsx-read.ts";

/** More rows than the largest directory (a country's 3,300 communes and their departments). */
const MAX_ROWS = 100_000;

const COLUMNS = [
  "id",
  "name",
  "kind",
  "parent",
  "abbreviations",
  "aliases",
  "validFrom",
  "validUntil",
  "successor",
] as const;
type Column = (typeof COLUMNS)[number];

export interface SheetFinding {
  row: number;
  column: string;
  code:
    | "missing-cell"
    | "invalid-kind"
    | "duplicate-name"
    | "unknown-parent"
    | "unknown-successor"
    | "invalid-date"
    | "missing-column"
    | "not-xlsx";
  value: string;
}

function header(t: Translate, column: Column): string {
  return t(`directory-column-${column}`);
}

function kindLabel(t: Translate, kind: UnitKind): string {
  return t(`unit-kind-${kind}`);
}

export async function writeDirectorySheet(units: StoredUnit[], province: string, t: Translate): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t("directory-sheet-name"));
  sheet.columns = COLUMNS.map((c) => ({
    header: header(t, c),
    key: c,
    width: c === "name" ? 48 : c === "id" ? 8 : 28,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const unit of units.filter((u) => u.resolved)) {
    sheet.addRow({
      id: unit.id,
      name: unit.name,
      kind: kindLabel(t, unit.kind),
      parent: unit.parent ?? "",
      abbreviations: unit.abbreviations.join("; "),
      aliases: unit.aliases.join("; "),
      validFrom: writtenDate(unit.validFrom),
      validUntil: writtenDate(unit.validUntil),
      successor: unit.successor ?? "",
    });
  }
  // The kind column offers the four kinds as a dropdown.
  const kinds = UNIT_KINDS.map((k) => kindLabel(t, k)).join(",");
  for (let row = 2; row <= Math.max(units.length + 50, 200); row++) {
    sheet.getCell(row, 3).dataValidation = { type: "list", allowBlank: false, formulae: [`"${kinds}"`] };
  }
  const unresolved = units.filter((u) => !u.resolved);
  if (unresolved.length > 0) {
    const notes = workbook.addWorksheet(t("directory-unresolved-sheet-name"));
    notes.addRow([t("directory-unresolved-note", { province })]).font = { italic: true };
    for (const unit of unresolved) notes.addRow([unit.name]);
    notes.getColumn(1).width = 70;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writtenDate(date: string | null | undefined): string {
  return date ? date.split("-").reverse().join("/") : "";
}

/** "30/06/2025", "2025-06-30" or a date Excel typed: YYYY-MM-DD, "" when empty, null when not a day. */
function readDate(text: string): string | null {
  if (!text || isIsoDate(text)) return text;
  const m = text.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
  return m ? makeDate(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

function cellText(value: Cell): string {
  if (value === null) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return clean(String(value));
}

const list = z.string().transform((s) => s.split(";").map(clean).filter(Boolean));

/** Folded kind labels of every language, and the kinds' own codes, to their kind. */
function kindLabels(translators: Translate[]): Map<string, UnitKind> {
  const labels = new Map<string, UnitKind>();
  for (const kind of UNIT_KINDS) {
    labels.set(kind, kind);
    for (const t of translators) labels.set(fold(kindLabel(t, kind)), kind);
  }
  return labels;
}

/** `known`: names of units already stored, which rows may name as parent or successor. */
export async function readDirectorySheet(
  buffer: Buffer,
  translators: Translate[],
  known: ReadonlySet<string> = new Set(),
): Promise<{ units: UnitWrite[]; findings: SheetFinding[] }> {
  // Read straight from the XML (xlsx-read.ts): a directory of 10,000 units in a fraction of exceljs's time.
  const opened = openXlsx(buffer, { ...DEFAULT_LIMITS, maxRows: MAX_ROWS, maxColumns: 64 });
  if (opened.type !== "sheet") return { units: [], findings: [{ row: 0, column: "", code: "not-xlsx", value: "" }] };
  const rows = opened.rows;
  const findings: SheetFinding[] = [];
  // Headers in either language are accepted: a sheet exported in English imports too.
  const first = rows.next();
  const position = new Map<Column, number>();
  (first.done ? [] : first.value.cells).forEach((cell, index) => {
    const text = fold(cellText(cell));
    const column = COLUMNS.find((c) => translators.some((t) => fold(header(t, c)) === text));
    if (column) position.set(column, index);
  });
  const headerRow = first.done ? 1 : first.value.number;
  for (const required of ["name", "kind"] as const) {
    if (!position.has(required))
      findings.push({ row: headerRow, column: header(translators[0]!, required), code: "missing-column", value: "" });
  }
  if (findings.length > 0) return { units: [], findings };

  const kinds = kindLabels(translators);
  const units: UnitWrite[] = [];
  const seen = new Set<string>();
  const rowOf = new Map<string, number>();
  for (const { number: rowNumber, cells } of rows) {
    const get = (c: Column) => (position.has(c) ? cellText(cells[position.get(c)!] ?? null) : "");
    if (COLUMNS.every((c) => !get(c))) continue;
    const name = get("name");
    const kindText = get("kind");
    const kind = kinds.get(fold(kindText)) ?? null;
    const t0 = translators[0]!;
    if (!name) findings.push({ row: rowNumber, column: header(t0, "name"), code: "missing-cell", value: "" });
    else if (seen.has(fold(name)))
      findings.push({ row: rowNumber, column: header(t0, "name"), code: "duplicate-name", value: name });
    if (!kind)
      findings.push({
        row: rowNumber,
        column: header(t0, "kind"),
        code: kindText ? "invalid-kind" : "missing-cell",
        value: kindText,
      });
    if (!name || !kind) continue;
    seen.add(fold(name));
    rowOf.set(name, rowNumber);
    const id = Number(get("id"));
    const dates = readDates(rowNumber, get, position, t0, findings);
    units.push({
      id: Number.isInteger(id) && id > 0 ? id : null,
      name,
      kind,
      parent: get("parent") || null,
      abbreviations: list.parse(get("abbreviations")),
      aliases: list.parse(get("aliases")),
      ...dates,
      ...(position.has("successor") ? { successor: get("successor") || null } : {}),
    });
  }
  const names = new Set([...known, ...units.map((u) => u.name)]);
  for (const unit of units) {
    for (const [column, code] of [
      ["parent", "unknown-parent"],
      ["successor", "unknown-successor"],
    ] as const) {
      const value = unit[column];
      if (value && !names.has(value))
        findings.push({ row: rowOf.get(unit.name)!, column: header(translators[0]!, column), code, value });
    }
  }
  return { units, findings };
}

/** The days a row is in force; a column the sheet lacks leaves the stored value (undefined). */
function readDates(
  row: number,
  get: (c: Column) => string,
  position: Map<Column, number>,
  t: Translate,
  findings: SheetFinding[],
): Pick<UnitWrite, "validFrom" | "validUntil"> {
  const dates: Pick<UnitWrite, "validFrom" | "validUntil"> = {};
  for (const column of ["validFrom", "validUntil"] as const) {
    if (!position.has(column)) continue;
    const date = readDate(get(column));
    if (date === null) findings.push({ row, column: header(t, column), code: "invalid-date", value: get(column) });
    dates[column] = date || null;
  }
  return dates;
}
