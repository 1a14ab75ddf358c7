// Invitation codes made in one run, as a sheet an admin can mail-merge or hand out:
// one row per unit with its code, its expiry and, where there is one, its link.
import ExcelJS from "exceljs";
import type { Translate } from "../i18n/index.ts";

export interface InvitationRow {
  unit: string;
  province: string;
  code: string;
  expires: string;
  link: string | null;
}

const COLUMNS = ["unit", "province", "code", "expires", "link"] as const;

export async function writeInvitationSheet(rows: InvitationRow[], t: Translate): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t("invitation-sheet-name"));
  sheet.columns = COLUMNS.map((key) => ({
    header: t(`invitation-column-${key}`),
    key,
    width: key === "unit" ? 48 : key === "link" ? 44 : 20,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow({ ...row, link: row.link ?? "" });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
