// A task list set at tab stops, each item "1. ⇥ words ⇥ units ⇥ time" on one line, under a caption naming its
// columns once (a line of tabs, labels set off by dashes or wide gaps, or a sentence's list of them): each item reads
// as its words and a labelled line a column, so its units lead and partner and its time dates it, and its number
// keeps its section's ref through the group lines between items. Lines that are no such list stay as they were.
import { describe, expect, it } from "vitest";
import { captionLabels, labelledItems, labelledLists } from "../../src/plan/labelled-columns.ts";
import { readDocxPlan } from "../../src/plan/read-docx.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";
import { parse, tasks } from "../support/text-plans.ts";
import { escapeXml, paragraph, rawDocx } from "../support/ooxml.ts";

describe("a list under a caption naming its columns, in text", () => {
  it("reads each item's units as lead and partners and its time as its deadline, numbers running on past groups", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ CỤ THỂ",
        "STT\tNội dung\tCơ quan thực hiện\tThời hạn",
        "\tCải cách thể chế",
        "1.\tRà soát văn bản về đầu tư công\tSở Tư pháp; phối hợp: Sở Y tế\tTrước 20/6/2024",
        "2.\tCập nhật cơ sở dữ liệu hộ tịch\tSở Y tế chủ trì, phối hợp Công an tỉnh\tQuý III/2024",
        "\tTruyền thông",
        "3.\tPhát hành tờ gấp về dịch vụ công\tCông an tỉnh\tTháng 10/2024",
        "III. TỔ CHỨC THỰC HIỆN",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-06-19", ["Sở Tư pháp"], ["Sở Y tế"]],
      ["II.2", "2024-09-30", ["Sở Y tế"], ["Công an tỉnh"]],
      ["II.3", "2024-10-31", ["Công an tỉnh"], []],
    ]);
  });

  it("takes a caption of dashes after a sentence's colon, and lines with fewer or more cells than it names", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ CỤ THỂ",
        "Mỗi việc ghi theo thứ tự: Nội dung – Đơn vị chủ trì (ghi trước) – Thời gian hoàn thành, như sau:",
        "",
        "1.\tKiểm tra hồ sơ đất đai\tSở Y tế\t\tTháng 8/2024",
        "2.\tTổng hợp báo cáo năm, xong trước ngày 10/12/2024\tSở Tư pháp",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-08-31", ["Sở Y tế"], []],
      ["II.2", "2024-12-09", ["Sở Tư pháp"], []],
    ]);
  });

  it("gives each labelled column its line, a cell under no label of its own going with the one before", () => {
    expect(
      labelledItems(
        ["Nội dung", "Chủ trì", "Phối hợp", "Thời hạn"],
        [
          ["1.", "Lập đề án", "Sở A", "Sở B", "Tháng 5", "năm sau"],
          ["", "Nhóm hai"],
          ["2. Họp tổng kết", "Sở C"],
        ],
      ),
    ).toEqual([
      "1. Lập đề án",
      "Chủ trì: Sở A",
      "Phối hợp: Sở B",
      "Thời hạn: Tháng 5 năm sau",
      "Nhóm hai",
      "2. Họp tổng kết",
      "Chủ trì: Sở C",
    ]);
  });

  it("reads a caption of tabs, of dashes, of wide gaps, and no caption in prose", () => {
    expect(captionLabels("TT\tNội dung công việc\tĐơn vị thực hiện\tThời gian")).toHaveLength(4);
    expect(captionLabels("Nội dung — Chủ trì — Phối hợp — Thời hạn")).toHaveLength(4);
    expect(captionLabels("Nhiệm vụ     Đơn vị thực hiện     Thời gian")).toHaveLength(3);
    expect(captionLabels("Thời gian: tháng 5 - tháng 6 - tháng 7")).toBeNull();
    expect(captionLabels("Nội dung kế hoạch\tgồm ba phần - chủ trì - phối hợp")).toBeNull();
  });

  it("leaves prose holding a tab, a wrapped list, a column it cannot label and a table numbered bare as they were", () => {
    const prose = ["Nội dung — Chủ trì — Thời hạn", "Số: 12/KH\tThái Nguyên, ngày 5/3/2024"];
    expect(labelledLists(prose)).toEqual(prose);
    const header = ["STT", "Nội dung", "Chủ trì", "Thời hạn"];
    expect(
      labelledItems(header, [
        ["1.", "Rà soát quy chế", "Sở A", "Tháng 5"],
        ["", "về văn thư"],
      ]),
    ).toBeNull();
    expect(labelledItems(["STT", "Nội dung", "Chủ trì", "Ghi chú"], [["1.", "Rà soát", "Sở A", "x"]])).toBeNull();
    expect(labelledItems(header, [["1", "Rà soát quy chế", "Sở A", "Tháng 5"]])).toBeNull();
  });

  it("reads a list of ten thousand items (numbers running 1-900 over and over) in one pass", () => {
    const lines = Array.from(
      { length: 10_000 },
      (_, k) => `${(k % 900) + 1}.\tViệc số ${k + 1}\tSở A; phối hợp: Sở B\tQuý I`,
    );
    const read = labelledLists(["TT\tNội dung\tĐơn vị thực hiện\tThời gian", ...lines]);
    expect(read).toHaveLength(30_000);
    expect(read.at(-1)).toBe("Thời gian: Quý I");
  });
});

/** Runs of text with a w:tab between each two pieces, at the paragraph's stops. */
const STOPS =
  '<w:tabs><w:tab w:val="left" w:pos="700"/><w:tab w:val="left" w:pos="6000"/><w:tab w:val="left" w:pos="9500"/></w:tabs>';
const line = (...pieces: string[]) =>
  paragraph(
    `<w:r><w:t xml:space="preserve">${pieces.map(escapeXml).join('</w:t><w:tab/><w:t xml:space="preserve">')}</w:t></w:r>`,
    {
      pPr: STOPS,
    },
  );

describe("a list under a caption naming its columns, in Word", () => {
  it("reads the items at tab stops under a caption of tabs, or under a sentence naming the columns", async () => {
    for (const caption of [
      line("TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian"),
      paragraph("Các việc ghi theo thứ tự: Nội dung công việc - Đơn vị thực hiện - Thời gian, như sau:"),
    ]) {
      const body = [
        paragraph("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN"),
        paragraph("Thái Nguyên, ngày 05 tháng 3 năm 2024"),
        paragraph("KẾ HOẠCH"),
        paragraph("II. NHIỆM VỤ"),
        caption,
        line("", "Số hóa hồ sơ"),
        line("1.", "Quét hồ sơ lưu trữ năm 2023", "Sở Y tế; phối hợp: Sở Tư pháp", "Tháng 9/2024"),
        line("2.", "Cập nhật phần mềm", "Công an tỉnh chủ trì, phối hợp Sở Y tế", "Trước 15/11/2024"),
        paragraph("III. TỔ CHỨC THỰC HIỆN"),
      ].join("");
      const read = readDocxPlan(await rawDocx({ body }));
      if (!read.ok) throw new Error(read.error.code);
      const parsed = parsePlan(read.document, THAI_NGUYEN, shippedCalendar);
      if (!parsed.ok) throw new Error(parsed.error.code);
      expect(tasks(parsed.plan)).toEqual([
        ["II.1", "2024-09-30", ["Sở Y tế"], ["Sở Tư pháp"]],
        ["II.2", "2024-11-14", ["Công an tỉnh"], ["Sở Y tế"]],
      ]);
      // Each title is the item's words, never its units' line.
      expect(parsed.plan.tasks.filter((t) => t.kind === "task").map((t) => t.title)).toEqual([
        "Quét hồ sơ lưu trữ năm 2023",
        "Cập nhật phần mềm",
      ]);
    }
  });
});
