// Excel copies a cell holding line breaks (Alt+Enter) into the clipboard's text inside double quotes, its own quotes
// doubled, so a row runs over as many lines as its fullest cell has: the copy is the sheet again once each quoted cell
// is read whole, its lines its words, as the workbook readers read the cell.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN_2025 } from "../../src/domain/directories/thai-nguyen.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import { readTextPlan } from "../../src/plan/read-text.ts";
import { unquotedSheetRows } from "../../src/plan/text-sheet-quotes.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";
import { blocksOf } from "../support/ooxml.ts";
import { row as shown } from "../support/text-plans.ts";

/** A cell as Excel's clipboard writes it: quoted when it holds a line break or a quote, its quotes doubled. */
const cell = (text: string) => (/[\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
/** A row of the sheet's four columns, ended as Excel ends it. */
const line = (...cells: string[]) => `${[...cells, "", "", "", ""].slice(0, 4).map(cell).join("\t")}\r\n`;

const HEAD =
  line("BIỂU PHÂN CÔNG NHIỆM VỤ") +
  line("(Kèm theo Kế hoạch số 19/KH-UBND ngày 23/01/2026 của UBND tỉnh Thái Nguyên)") +
  line() +
  line("STT", "Nội dung thực hiện", "Sản phẩm", "Thời hạn hoàn thành");

const task = (n: number) =>
  line(
    String(n),
    `Rà soát hồ sơ nhóm ${n}\n(theo phương châm "dân biết, dân bàn")\nChủ trì: Sở Tư pháp\nPhối hợp: Sở Nội vụ`,
    "Báo cáo",
    "30/6/2026",
  );

function read(text: string) {
  const result = readTextPlan(text);
  if (!result.ok) throw new Error(result.error.code);
  return result.document;
}

describe("a sheet copied out of Excel with cells holding line breaks", () => {
  it("is a row a line once each quoted cell is read whole, its doubled quotes single", () => {
    expect(unquotedSheetRows(['1\t"Rà soát ""hồ sơ""', 'Chủ trì: Sở Tư pháp"\t30/6/2026', ""])).toEqual([
      '1\tRà soát "hồ sơ" Chủ trì: Sở Tư pháp\t30/6/2026',
      "",
    ]);
  });

  it("reads as the workbook: titles as paragraphs, each row's cell whole", () => {
    const blocks = blocksOf(readTextPlan(HEAD + task(1) + task(2)));
    expect(blocks).toEqual([
      "BIỂU PHÂN CÔNG NHIỆM VỤ",
      "(Kèm theo Kế hoạch số 19/KH-UBND ngày 23/01/2026 của UBND tỉnh Thái Nguyên)",
      ["STT", "Nội dung thực hiện", "Sản phẩm", "Thời hạn hoàn thành"],
      [
        "1",
        'Rà soát hồ sơ nhóm 1 (theo phương châm "dân biết, dân bàn") Chủ trì: Sở Tư pháp Phối hợp: Sở Nội vụ',
        "Báo cáo",
        "30/6/2026",
      ],
      [
        "2",
        'Rà soát hồ sơ nhóm 2 (theo phương châm "dân biết, dân bàn") Chủ trì: Sở Tư pháp Phối hợp: Sở Nội vụ',
        "Báo cáo",
        "30/6/2026",
      ],
    ]);
  });

  it("leaves a text whose quotes are not Excel's as it is", () => {
    // A quotation opening a line of prose, its closing quote followed by words: no cell of a sheet.
    expect(unquotedSheetRows(['"Dân biết, dân bàn" là phương châm', "của cơ sở."])).toBeNull();
    // Quoted cells on one line only: nothing runs over lines, the text is read as before.
    expect(unquotedSheetRows(['1\t"Rà soát"\t30/6/2026'])).toBeNull();
    // A quote never closed.
    expect(unquotedSheetRows(['1\t"Rà soát', "hồ sơ\t30/6/2026"])).toBeNull();
  });

  it("reads thousands of such rows", () => {
    const text = HEAD + Array.from({ length: 3000 }, (_, k) => task(k + 1)).join("");
    const parsed = parsePlan(read(text), THAI_NGUYEN_2025, shippedCalendar);
    if (!parsed.ok) throw new Error(parsed.error.code);
    const tasks = parsed.plan.tasks.filter((t) => t.kind === "task");
    expect(tasks).toHaveLength(3000);
    expect(tasks.map(shown).at(-1)).toEqual(["3000", "2026-06-30", ["Sở Tư pháp"], ["Sở Nội vụ"]]);
    expect(tasks.at(-1)!.title).toBe('Rà soát hồ sơ nhóm 3000 (theo phương châm "dân biết, dân bàn")');
  });
});
