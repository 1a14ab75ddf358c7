// A task table may give each unit a column of its own, under a title merged across them ("Cơ quan,
// đơn vị thực hiện" over "Sở Nội vụ" | "Sở Tư pháp" | … | "Các sở, ban, ngành"), and mark in each
// task's row who leads and who helps: "CT" (chủ trì) and "PH" (phối hợp), a legend under the table
// saying so. A row may mark two leads. The label of a marked column is the unit, read as a units
// cell reads it, so a group label ("UBND các xã, phường") names its group.
import { fold } from "../domain/text.ts";
import { groupsByDeadline } from "./deadline-groups.ts";
import { roleNote, taggedUnits } from "./defined-unit-columns.ts";
import { quarterOf } from "./quarter-columns.ts";
import { TIME_LABEL } from "./time-columns.ts";
import { monthOf, weekOf } from "./week-columns.ts";

/** A title over the unit columns says who carries the work out. */
const WHO_TITLE = /thuc hien|trach nhiem|phan cong|co quan|don vi/;
/** Or the units are grouped under the deadline of the work marked in them (`deadline-groups.ts`). */
const overUnits = (title: string, byDeadline: boolean) => byDeadline || WHO_TITLE.test(fold(title));
/** Labels naming a role or a time are the table's usual columns, never units. */
const ROLE_LABEL = new RegExp(
  String.raw`^(so )?s?tt$|nhiem vu|noi dung|chu tri|phoi hop|ghi chu|ket qua|san pham|${TIME_LABEL.source}`,
);

// "CT" / "PH", or a letter alone as a legend may define it ("C: chủ trì; P: phối hợp").
const LEAD_MARK = /^(ct|c|chu tri)$/;
const PARTNER_MARK = /^(ph|p|phoi hop)$/;

// Quarters, months and weeks under "Thời gian thực hiện" are periods, never units.
export const isUnitLabel = (label: string): boolean =>
  !ROLE_LABEL.test(fold(label)) && quarterOf(label) === null && monthOf(label) === null && weekOf(label) === null;

/**
 * A row of unit names under a title that says who carries the work out: at least two labels, each
 * where the row above is empty (the title merged across) or says who, the first under that title.
 */
export function namesUnitColumns(cells: string[], above: string[]): boolean {
  const labels = cells.map((c, i) => i).filter((i) => cells[i] && cells[i] !== above[i]);
  if (labels.length < 2 || !labels.every((i) => isUnitLabel(cells[i]!))) return false;
  const title = above[labels[0]!] ?? "";
  const byDeadline = groupsByDeadline(above, cells);
  return overUnits(title, byDeadline) && labels.every((i) => !above[i] || overUnits(above[i], byDeadline));
}

/** Column index → unit label, for the header's unit columns; null when it has fewer than two. */
export function unitColumns(headers: string[][]): Map<number, string> | null {
  if (headers.length < 2) return null;
  const [upper, lower] = [headers.at(-2)!, headers.at(-1)!];
  const units = new Map<number, string>();
  let title = "";
  const byDeadline = groupsByDeadline(upper, lower);
  lower.forEach((label, i) => {
    if (upper[i]) title = upper[i];
    if (label && label !== upper[i] && overUnits(title, byDeadline) && isUnitLabel(label)) units.set(i, label);
  });
  return units.size >= 2 ? units : null;
}

// A filled dot leads and a hollow one helps, as the legend of a matrix marked with glyphs says.
const LEAD_GLYPH = /^[●⬤]$/u;
const PARTNER_GLYPH = /^[○◯]$/u;

// What a matrix writes in a unit's column: a role's mark, a glyph or a cross.
const isMark = (cell: string): boolean => {
  const text = fold(cell).trim();
  return (
    [LEAD_MARK, PARTNER_MARK, /^x$/].some((m) => m.test(text)) ||
    [LEAD_GLYPH, PARTNER_GLYPH].some((g) => g.test(cell.trim()))
  );
};

// A cell of a unit's column that leaves the unit out of the row's work: a dash, or nothing.
const NONE = /^[-–—]?$/u;
// A role's word cut where a row breaks across pages: "Chủ" at the foot of one, "trì" at the head of the next.
const CUT_ROLE = /^(chu|tri|phoi|hop)$/;

/** A column's label the table's usual columns do not take (the task, its number, who, when), unit-like. */
const freeLabel = (label: string, named: (label: string) => boolean) =>
  !!label.trim() && !named(label) && isUnitLabel(label) && !/\d/.test(label);

/**
 * A matrix may head each unit's column with the unit's name alone, on one header row with no title over them to say
 * who ("Nội dung nhiệm vụ | Sở Tài chính | Sở Y tế | … | UBND các huyện | Thời hạn"), and write the role in full words
 * or short in each row ("Chủ trì", "Phối hợp", "CT", "PH"; "-" where the unit takes no part): the body tells such
 * columns. A column whose label names no usual column (`named`) is a unit's when its cells give a role and nearly all
 * its written cells are roles, dashes or a role's word cut at a page's end ("Chủ" | "trì"); two such columns, one
 * marking a lead somewhere, make the matrix. The rows after a header repeated on a new page may be few: one role in a
 * column is enough. A matrix marked with crosses only says who takes part, not who leads: none is read so.
 */
export function markedColumns(
  header: string[],
  body: string[][],
  named: (label: string) => boolean,
): Map<number, string> | null {
  const units = new Map<number, string>();
  let leads = 0;
  header.forEach((label, i) => {
    if (!freeLabel(label, named)) return;
    let roles = 0;
    let other = 0;
    for (const row of body) {
      const cell = (row[i] ?? "").trim();
      const text = fold(cell);
      if (LEAD_MARK.test(text)) leads++;
      if (LEAD_MARK.test(text) || PARTNER_MARK.test(text)) roles++;
      else if (!NONE.test(cell) && !CUT_ROLE.test(text) && cell !== label) other++;
    }
    if (roles >= 1 && other * 4 <= roles) units.set(i, label.trim());
  });
  return units.size >= 2 && leads > 0 ? units : null;
}

/**
 * Columns under "Đơn vị thực hiện" may be labelled by kinds of unit ("Phòng, đơn vị thuộc Sở" | "Phòng Nội vụ
 * cấp huyện") and name in each row the units of that kind, not mark them: no cell under them is a mark, and
 * some cell writes a name of two words or more. Such columns name who, each as a column of names does.
 */
export function namesUnderKinds(rows: string[][], columns: Map<number, string>): boolean {
  const cells = rows.flatMap((row) => [...columns.keys()].map((i) => (row[i] ?? "").trim())).filter(Boolean);
  return !cells.some(isMark) && cells.some((c) => /^\p{Lu}\S*\s+\S/u.test(c));
}

/**
 * The labels of the columns a row marks as leading and as helping, with the units a column of other
 * units names by their role ("Bưu điện tỉnh (PH)") and those a note names by theirs ("Phối hợp Bưu điện tỉnh").
 */
export function markedUnits(
  cells: string[],
  columns: Map<number, string>,
  others?: number,
  note?: number,
): { lead: string[]; coordinators: string[] } {
  const marked = (mark: RegExp, glyph: RegExp) =>
    [...columns].filter(([i]) => mark.test(fold(cells[i] ?? "").trim()) || glyph.test((cells[i] ?? "").trim()));
  const other = taggedUnits(others === undefined ? "" : (cells[others] ?? ""));
  const noted = roleNote(note === undefined ? "" : (cells[note] ?? ""));
  return {
    lead: [...marked(LEAD_MARK, LEAD_GLYPH).map(([, label]) => label), ...other.lead, ...noted.lead],
    coordinators: [
      ...marked(PARTNER_MARK, PARTNER_GLYPH).map(([, label]) => label),
      ...other.coordinators,
      ...noted.coordinators,
    ],
  };
}
