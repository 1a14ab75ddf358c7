// A Word task list with no table, its columns made by tab stops (w:tabs in the paragraph or its style), long cells
// wrapped by hand onto paragraphs that begin with a tab: read as the table it shows, each piece in the column its stop
// puts it in, with or without leaders, at left, right and decimal stops, under a header on one line or two.
// Pieces numbered "1." under a header of labels stay a list of paragraphs, as set 6's 02 reads its list
// (tab-stop-rows.ts).
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import { readDocxPlan } from "../../src/plan/read-docx.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";
import { tasks } from "../support/text-plans.ts";
import { blocksOf, escapeXml, numberingXml, paragraph, rawDocx, stylesXml } from "../support/ooxml.ts";

/** Runs of text with a w:tab between each two pieces. */
const tabbed = (...pieces: string[]) =>
  `<w:r><w:t xml:space="preserve">${pieces.map(escapeXml).join('</w:t><w:tab/><w:t xml:space="preserve">')}</w:t></w:r>`;
/** w:tabs: [align, position in twips, leader?]. */
const stops = (...tabs: [string, number, string?][]) =>
  `<w:tabs>${tabs.map(([val, pos, leader]) => `<w:tab w:val="${val}" w:pos="${pos}"${leader ? ` w:leader="${leader}"` : ""}/>`).join("")}</w:tabs>`;
const LEFT = stops(["left", 700], ["left", 5000], ["left", 7600], ["left", 10200]);
const line = (pPr: string, ...pieces: string[]) => paragraph(tabbed(...pieces), { pPr });
const rows = (blocks: (string | string[])[]) => blocks.filter((b): b is string[] => Array.isArray(b));

async function read(body: string, extra: { styles?: string; numbering?: string } = {}): Promise<(string | string[])[]> {
  return blocksOf(readDocxPlan(await rawDocx({ body, ...extra })));
}

describe("a Word task list in tab-stop columns", () => {
  it("reads each wrapped row whole, a dot leader's row too", async () => {
    const leader = stops(["left", 700], ["left", 5000, "dot"], ["left", 7600], ["left", 10200]);
    const blocks = await read(
      [
        paragraph("II. NHIỆM VỤ"),
        line(LEFT, "TT", "Công việc", "Chủ trì", "Phối hợp", "Thời hạn"),
        line(LEFT, "1", "Kiểm tra an toàn thực phẩm tại", "Sở Y tế", "Công an tỉnh,", "Trước ngày"),
        line(LEFT, "", "các bếp ăn tập thể", "", "Sở Công Thương", "30/6/2025"),
        line(leader, "2", "Tập huấn cán bộ thú y", "Sở Nông nghiệp và", "", "Quý III/2025"),
        line(LEFT, "", "", "Môi trường"),
        paragraph("III. TỔ CHỨC THỰC HIỆN"),
      ].join(""),
    );
    expect(rows(blocks)).toEqual([
      ["TT", "Công việc", "Chủ trì", "Phối hợp", "Thời hạn"],
      [
        "1",
        "Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể",
        "Sở Y tế",
        "Công an tỉnh, Sở Công Thương",
        "Trước ngày 30/6/2025",
      ],
      ["2", "Tập huấn cán bộ thú y", "Sở Nông nghiệp và Môi trường", "", "Quý III/2025"],
    ]);
  });

  it("places pieces at right and decimal stops in the columns they stand in, under a header on two lines", async () => {
    // The number at a decimal stop, the time ending at a right stop at the margin.
    const set = stops(["decimal", 300], ["left", 700], ["left", 5000], ["right", 10000]);
    const blocks = await read(
      [
        line(set, "", "STT", "Nội dung công việc", "Đơn vị", "Thời gian"),
        line(set, "", "", "", "chủ trì", "thực hiện"),
        line(set, "", "9", "Tổng kết phong trào thi đua", "Sở Nội vụ", "Tháng 12/2025"),
        line(set, "", "10", "Báo cáo kết quả", "Văn phòng UBND tỉnh", "15/01/2026"),
      ].join(""),
    );
    expect(rows(blocks)).toEqual([
      ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian thực hiện"],
      ["9", "Tổng kết phong trào thi đua", "Sở Nội vụ", "Tháng 12/2025"],
      ["10", "Báo cáo kết quả", "Văn phòng UBND tỉnh", "15/01/2026"],
    ]);
  });

  it("takes the stops of the paragraphs' style, and a Word list number as the number column", async () => {
    const styles = stylesXml({ Cot: { pPr: LEFT } });
    const numbering = numberingXml({
      abstracts: { "1": [{ format: "decimal", text: "%1" }] },
      nums: { "3": { abstract: "1" } },
    });
    const item = (...pieces: string[]) => paragraph(tabbed(...pieces), { style: "Cot", numId: 3, ilvl: 0 });
    const blocks = await read(
      [
        paragraph(tabbed("STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn"), { style: "Cot" }),
        item("Xây dựng kế hoạch chuyển đổi số", "Sở Khoa học và", "Các sở, ngành", "Tháng 3/2026"),
        paragraph(tabbed("", "", "Công nghệ"), { style: "Cot" }),
        item("Đánh giá mức độ hài lòng", "Sở Nội vụ", "", "Tháng 11/2026"),
      ].join(""),
      { styles, numbering },
    );
    expect(rows(blocks)).toEqual([
      ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn"],
      ["1", "Xây dựng kế hoạch chuyển đổi số", "Sở Khoa học và Công nghệ", "Các sở, ngành", "Tháng 3/2026"],
      ["2", "Đánh giá mức độ hài lòng", "Sở Nội vụ", "", "Tháng 11/2026"],
    ]);
  });

  it("reads columns set at Word's default stops by the tabs that reach them", async () => {
    // No w:tabs: every half inch; a short text takes two tabs to the next column, a long one a single tab.
    const blocks = await read(
      [
        line("", "TT", "Nội dung công việc", "Chủ trì", "", "Thời hạn"),
        line("", "1", "Họp báo giao ban", "Sở Văn hóa", "", "Tháng 4"),
      ].join(""),
    );
    expect(rows(blocks)).toEqual([
      ["TT", "Nội dung công việc", "Chủ trì", "Thời hạn"],
      ["1", "Họp báo giao ban", "Sở Văn hóa", "Tháng 4"],
    ]);
  });

  it("gives the tasks their units and their deadlines", async () => {
    const file = await rawDocx({
      body: [
        paragraph("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN"),
        paragraph("Số: 12/KH-UBND"),
        paragraph("Thái Nguyên, ngày 5 tháng 3 năm 2025"),
        paragraph("KẾ HOẠCH"),
        paragraph("II. NHIỆM VỤ"),
        line(LEFT, "TT", "Công việc", "Chủ trì", "Phối hợp", "Thời hạn"),
        line(LEFT, "1", "Kiểm tra an toàn thực phẩm tại", "Sở Y tế", "Công an tỉnh,", "Trước ngày"),
        line(LEFT, "", "các bếp ăn tập thể", "", "Sở Công Thương", "30/6/2025"),
      ].join(""),
    });
    const read = readDocxPlan(file);
    if (!read.ok) throw new Error(read.error.code);
    const parsed = parsePlan(read.document, THAI_NGUYEN, shippedCalendar);
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(tasks(parsed.plan)).toEqual([["1", "2025-06-29", ["Sở Y tế"], ["Công an tỉnh", "Sở Công Thương"]]]);
  });

  it("leaves tabbed paragraphs under no header of column labels to their lines", async () => {
    const blocks = await read(line("", "Số: 5/KH-UBND", "Thái Nguyên, ngày 2 tháng 3 năm 2025"));
    expect(blocks).toEqual(["Số: 5/KH-UBND", "Thái Nguyên, ngày 2 tháng 3 năm 2025"]);
  });

  it("reads a long list", async () => {
    const body = [line(LEFT, "TT", "Công việc", "Chủ trì", "Phối hợp", "Thời hạn")];
    for (let i = 1; i <= 5000; i++)
      body.push(line(LEFT, `${i}`, "Việc", "Sở Y tế", "", "Tháng 5"), line(LEFT, "", "năm nay"));
    const file = await rawDocx({ body: body.join("") });
    const blocks = await read(body.join(""));
    expect(rows(blocks)).toHaveLength(5001);
    expect(file.length).toBeGreaterThan(0);
  }, 60000);
});
