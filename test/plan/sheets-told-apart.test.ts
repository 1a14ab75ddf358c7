// A follow-up workbook keeps the plan's tasks a sheet per period (quarter, round) under a summary sheet of counts: each
// sheet has the same columns and numbers its rows from 1. An admin finds a row by its sheet and its number ("II.3",
// "2.1"), as the sheets' titles tell them apart; the summary's counts are no tasks. Its text copy reads the same.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN_2025 } from "../../src/domain/directories/thai-nguyen.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import { readTextPlan } from "../../src/plan/read-text.ts";
import { toldApart } from "../../src/plan/told-apart.ts";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import { tasks } from "../support/text-plans.ts";

const HEADER = ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Hạn hoàn thành", "Kết quả"];
const PERIODS: [string, string, [string, string, string][]][] = [
  [
    "Dot 1",
    "ĐỢT 1",
    [
      ["Rà soát quy chế làm việc", "Sở Tư pháp", "30/4/2025"],
      ["Tập huấn cán bộ", "Sở Nội vụ", "Tháng 5/2025"],
    ],
  ],
  [
    "Dot 2",
    "ĐỢT 2",
    [
      ["Kiểm tra việc niêm yết", "Sở Nội vụ", "15/8/2025"],
      ["Số hóa hồ sơ", "Sở Y tế", "30/9/2025"],
    ],
  ],
];

/** The sheets as an office keeps them: the summary of counts first, then a sheet per period titled by it. */
function sheets(periods = PERIODS): [string, unknown[][]][] {
  const summary: unknown[][] = [
    ["THEO DÕI THỰC HIỆN KẾ HOẠCH NĂM 2025"],
    ["TT", "Đợt", "Số nhiệm vụ", "Đã hoàn thành"],
    ...periods.map(([, title, rows], k) => [k + 1, title, rows.length, 0]),
  ];
  return [
    ["Tong hop", summary],
    ...periods.map(([tab, title, rows]): [string, unknown[][]] => [
      tab,
      [
        ["SỞ NỘI VỤ TỈNH THÁI NGUYÊN"],
        [`DANH MỤC NHIỆM VỤ CẦN THEO DÕI ${title} NĂM 2025`],
        ["(Theo Kế hoạch số 40/KH-UBND ngày 10/3/2025)"],
        HEADER,
        ...rows.map(([task, lead, due], k) => [k + 1, task, lead, "", due, ""]),
      ],
    ]),
  ];
}

async function fromWorkbook(book: [string, unknown[][]][]) {
  const workbook = new ExcelJS.Workbook();
  for (const [tab, rows] of book) workbook.addWorksheet(tab).addRows(rows);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  const parsed = await parsePlanBuffer(buffer, { directories: shippedDirectories, calendar: shippedCalendar });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return tasks(parsed.value);
}

/** Excel's copy of each sheet's range: its tab's name, its rows with a tab between cells, an empty line between. */
function fromCopy(book: [string, unknown[][]][]) {
  const text = book
    .map(([tab, rows]) => {
      const width = Math.max(...rows.map((r) => r.length));
      const lines = rows.map((r) => Array.from({ length: width }, (_, k) => String(r[k] ?? "")).join("\t"));
      return [tab, ...lines].join("\n");
    })
    .join("\n\n");
  const read = readTextPlan(text);
  if (!read.ok) throw new Error(read.error.code);
  const parsed = parsePlan(read.document, THAI_NGUYEN_2025, shippedCalendar);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return tasks(parsed.plan);
}

describe("a workbook of a sheet per period with the same columns", () => {
  const expected = [
    ["1.1", "2025-04-30", ["Sở Tư pháp"], []],
    ["1.2", "2025-05-31", ["Sở Nội vụ"], []],
    ["2.1", "2025-08-15", ["Sở Nội vụ"], []],
    ["2.2", "2025-09-30", ["Sở Y tế"], []],
  ];

  it("cites each sheet's rows by the number its title differs by, and reads no task from the summary", async () => {
    expect(await fromWorkbook(sheets())).toEqual(expected);
  });

  it("reads the sheets' text copy the same, a later sheet wider than the summary", () => {
    expect(fromCopy(sheets())).toEqual(expected);
  });

  it("cites sheets per quarter by the quarter's numeral inside their titles", async () => {
    const quarters = PERIODS.map(([, , rows], k): (typeof PERIODS)[number] => {
      const numeral = ["III", "IV"][k]!;
      return [`Quy ${numeral}`, `QUÝ ${numeral}`, rows];
    });
    const refs = (await fromWorkbook(sheets(quarters))).map(([ref]) => ref);
    expect(refs).toEqual(["III.1", "III.2", "IV.1", "IV.2"]);
  });
});

/** Tables of the same columns under their title lines. */
const told = (...tables: string[][]) => toldApart(tables.map((lines) => ({ lines, header: "TT | Nội dung | Hạn" })));

describe("what tells tables' titles apart", () => {
  it("is one number, figures or Roman, the rest of the line the same", () => {
    expect(told(["Biểu 01"], ["Biểu 02"])).toEqual(["1", "2"]);
    expect(told(["Phụ lục II: Nhiệm vụ"], ["Phụ lục III: Nhiệm vụ"])).toEqual(["II", "III"]);
    expect(told(["BẢNG QUÝ I/2026", "SỞ NỘI VỤ"], ["BẢNG QUÝ II/2026", "SỞ NỘI VỤ"])).toEqual(["I", "II"]);
  });

  it("is nothing where the titles are the same, differ by a year, or by more than one word", () => {
    expect(told(["KẾ HOẠCH"], ["KẾ HOẠCH"])).toEqual([null, null]);
    expect(told(["NHIỆM VỤ NĂM 2024"], ["NHIỆM VỤ NĂM 2025"])).toEqual([null, null]);
    expect(told(["Sở Y tế 1"], ["Sở Tư pháp 2"])).toEqual([null, null]);
  });

  it("is nothing between tables of other columns: a plan's annexes, not sheets alike", () => {
    const annexes = [
      { lines: ["PHỤ LỤC I"], header: "STT | Nội dung nhiệm vụ | Chủ trì | Thời gian" },
      { lines: ["PHỤ LỤC II"], header: "STT | Báo cáo | Đơn vị gửi | Thời hạn gửi" },
    ];
    expect(toldApart(annexes)).toEqual([null, null]);
  });

  it("reads titles of 100 KB of numbers within bounds", () => {
    const long = Array.from({ length: 20_000 }, (_, k) => String(k % 1000)).join(" ");
    const started = Date.now();
    const forms = Array.from({ length: 500 }, (_, k) => [`Biểu ${k % 999}`]);
    expect(told([long], [`${long} 1`], ...forms).length).toBe(502);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
