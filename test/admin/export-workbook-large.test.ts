// The consolidated workbook of a 1,000-unit province is streamed, row by row, into the file:
// read back, its last rows are as whole as its first (texts, colours, Excel dates, formats),
// and the scores sheet still names the rules under the last unit.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { translator } from "../../src/i18n/index.ts";
import { writeExport, type ExportData, type StatusCell } from "../../src/sheets/export-workbook.ts";

const t = translator("vi");
const UNITS = 1_000;
const tasks = Array.from({ length: 19 }, (_, i) => ({
  ref: `II.${i + 1}`,
  title: `Nhiệm vụ ${i + 1}`,
  effectiveDue: i === 18 ? null : `2026-03-${String(i + 1).padStart(2, "0")}`,
}));

/** Unit u leads task u mod 19 and supports the next one; every fifth one has finished its lead task. */
function cells(u: number): Map<string, StatusCell> {
  const lead = tasks[u % 19]!;
  const next = tasks[(u + 1) % 19]!;
  const done = u % 5 === 0;
  return new Map<string, StatusCell>([
    [
      lead.ref,
      done
        ? { tally: "done", kind: "complete-on-time", role: "lead", date: "2026-02-27" }
        : { tally: "overdue", kind: "overdue", role: "lead", date: lead.effectiveDue },
    ],
    [next.ref, { tally: "pending", kind: "not-due", role: "coordinator", date: next.effectiveDue }],
  ]);
}

const data: ExportData = {
  title: "Kế hoạch 1.000 đơn vị",
  tasks,
  units: Array.from({ length: UNITS }, (_, u) => ({ name: `UBND xã Thử ${u + 1}`, cells: cells(u) })),
  scores: Array.from({ length: UNITS }, (_, u) => ({ unit: `UBND xã Thử ${u + 1}`, points: u % 5 ? 0 : 10, max: 10 })),
  rules: "Theo: Quyết định số 1/QĐ-UBND",
  lists: [
    {
      template: "III",
      rows: Array.from({ length: UNITS }, (_, u) => ({
        unit: `UBND xã Thử ${u + 1}`,
        section: "official",
        values: { name: `Công dân ${u + 1}`, returned: "2025-12-15", phone: "0912345678" },
      })),
    },
  ],
};

let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeExport(data, t)) as unknown as ArrayBuffer);
});

const argbOf = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

describe("a 1,000-unit export read back", () => {
  it("keeps the plan's title and its sheets", () => {
    expect(workbook.title).toBe("Kế hoạch 1.000 đơn vị");
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Tiến độ", "Điểm", "Phụ lục III"]);
  });

  it("has every unit's row on the status sheet, the last as coloured and dated as the first", () => {
    const sheet = workbook.getWorksheet("Tiến độ")!;
    expect(sheet.rowCount).toBe(UNITS + 2);
    const first = sheet.getRow(3);
    expect(first.getCell(1).value).toBe("UBND xã Thử 1");
    expect(first.getCell(2).value).toBe("Xong đúng hạn 27/02/2026 (CT)");
    expect(argbOf(first.getCell(2))).toBe("FF2E7D32");
    expect(first.getCell(3).value).toBe("Chưa đến hạn 02/03/2026 (PH)");
    expect(argbOf(first.getCell(3))).toBe("FFF9A825");
    const last = sheet.getRow(UNITS + 2); // unit 1,000 leads II.12 (999 mod 19 = 11), in column 13
    expect(last.getCell(1).value).toBe("UBND xã Thử 1000");
    expect(last.getCell(13).value).toBe("Quá hạn 12/03/2026 (CT)");
    expect(argbOf(last.getCell(13))).toBe("FFC62828");
    expect(last.getCell(13).font?.color?.argb).toBe("FFFFFFFF");
    expect(last.getCell(2).value).toBeNull();
  });

  it("writes the deadlines as Excel dates shown dd/mm/yyyy, under a frozen header", () => {
    const sheet = workbook.getWorksheet("Tiến độ")!;
    expect(sheet.getRow(2).getCell(2).value).toEqual(new Date("2026-03-01T00:00:00Z"));
    expect(sheet.getRow(2).getCell(2).numFmt).toBe("dd/mm/yyyy");
    expect(sheet.getRow(2).getCell(20).value).toBe(""); // the task with no deadline
    expect(sheet.getRow(1).getCell(2).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 2 });
    expect(sheet.getColumn(1).width).toBe(40);
    expect(sheet.getColumn(20).width).toBe(18);
  });

  it("ranks every unit and names the rules under the last one", () => {
    const sheet = workbook.getWorksheet("Điểm")!;
    expect(sheet.getRow(UNITS + 1).values).toEqual([undefined, UNITS, "UBND xã Thử 1000", 0, 10, 0]);
    expect(sheet.getRow(UNITS + 1).getCell(5).numFmt).toBe("0%");
    const rules = sheet.getRow(UNITS + 3).getCell(1);
    expect(rules.value).toBe("Theo: Quyết định số 1/QĐ-UBND");
    expect(rules.font?.italic).toBe(true);
  });

  it("keeps the lists' phones as text and their dates as Excel dates to the last row", () => {
    const sheet = workbook.getWorksheet("Phụ lục III")!;
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    const phone = headers.findIndex((h) => /^số điện thoại/i.test(h)) + 1;
    const returned = headers.findIndex((h) => /^ngày trả kết quả/i.test(h)) + 1;
    const last = sheet.getRow(UNITS + 1);
    expect(last.getCell(phone).value).toBe("0912345678");
    expect(last.getCell(phone).numFmt).toBe("@");
    expect(sheet.getColumn(phone).numFmt).toBe("@");
    expect(last.getCell(returned).value).toEqual(new Date("2025-12-15T00:00:00Z"));
    expect(last.getCell(returned).numFmt).toBe("dd/mm/yyyy");
    expect(sheet.getColumn(2).width).toBe(34);
  });
});
