// The blank list a unit must fill (/mau): the appendix's headers, Giới tính merged over
// Nam / Nữ with an "x" dropdown, the phone column formatted as text (so Excel keeps the
// leading 0), and the unit's quota written above the table. An official form: always in
// Vietnamese, whatever language the chat speaks.
import ExcelJS from "exceljs";
import type { Quota } from "../domain/list-check.ts";
import { formatVietnamese } from "../domain/dates.ts";
import { fold } from "../domain/text.ts";
import { TEMPLATES, type DateWindow, type TemplateId } from "../domain/list-templates.ts";
import { translator } from "../i18n/index.ts";

export interface TemplateFor {
  unit: string;
  quota: Quota | null;
  window: DateWindow | null;
}

const BLANK_ROWS = 50;
const t = translator("vi");

/** The form's file name: one per template and unit, e.g. mau-phu-luc-I-so-xay-dung.xlsx. */
export function templateFileName(id: TemplateId, unit: string): string {
  return `mau-phu-luc-${id}-${fold(unit).replaceAll(" ", "-")}.xlsx`;
}

export async function writeTemplate(id: TemplateId, target: TemplateFor): Promise<Buffer> {
  const template = TEMPLATES[id];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(`Phụ lục ${id}`);
  const columns = template.columns.filter((c) => c.key !== "gender");
  const title = [target.unit.toUpperCase(), template.title.toUpperCase()];
  if (target.window)
    title.push(
      t("template-window", { from: formatVietnamese(target.window.from), to: formatVietnamese(target.window.to) }),
    );
  if (target.quota && id === "III")
    title.push(
      t("template-quota", {
        official: target.quota.required.official,
        reserve: target.quota.required.reserve,
        allocatedOfficial: target.quota.official,
        allocatedReserve: target.quota.reserve,
      }),
    );
  title.push(`${t("template-author")}: ......`, `${t("template-phone")}: ......`);
  for (const line of title) sheet.addRow([line]);
  const top = title.length + 2;
  sheet.getRow(1).font = sheet.getRow(2).font = { bold: true };

  const upper = columns.map((c) => (c.key === "male" ? "Giới tính" : c.key === "female" ? null : c.header));
  const lower = columns.map((c) => (c.key === "male" ? "Nam" : c.key === "female" ? "Nữ" : null));
  sheet.getRow(top).values = upper;
  if (template.gender) sheet.getRow(top + 1).values = lower;
  const headerRows = template.gender ? 2 : 1;
  columns.forEach((c, i) => {
    const col = i + 1;
    if (template.gender && c.key === "male") sheet.mergeCells(top, col, top, col + 1);
    else if (template.gender && c.key !== "female") sheet.mergeCells(top, col, top + 1, col);
    sheet.getColumn(col).width =
      c.key === "name" || c.key === "address" ? 34 : c.key === "male" || c.key === "female" ? 7 : 18;
    if (c.key === "phone") sheet.getColumn(col).numFmt = "@";
  });
  for (let r = top; r < top + headerRows; r++) {
    const row = sheet.getRow(r);
    row.font = { bold: true };
    row.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  }
  const first = top + headerRows;
  for (let r = first; r < first + BLANK_ROWS; r++) {
    columns.forEach((c, i) => {
      const cell = sheet.getCell(r, i + 1);
      if (c.key === "male" || c.key === "female")
        cell.dataValidation = { type: "list", allowBlank: true, formulae: ['"x"'] };
      if (c.key === "phone") cell.numFmt = "@";
      if (c.key === "received" || c.key === "returned") cell.numFmt = "dd/mm/yyyy";
    });
  }
  sheet.addRow([]);
  sheet.addRow([null, "NGƯỜI LẬP BIỂU", null, null, "THỦ TRƯỞNG CƠ QUAN"]).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
