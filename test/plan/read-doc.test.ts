// Word 97-2003 plans (.doc): read as the same plan saved as .docx is. The files in test/plan/doc/
// are made by LibreOffice from the .html beside them (test/plan/doc/make.sh); the hostile ones are
// built byte by byte (test/plan/doc/word-file.ts), each breaking one structure.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { blockText } from "../../src/plan/document.ts";
import { readPlan } from "../../src/plan/read-plan.ts";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import { compoundFile, wordFile } from "./doc/word-file.ts";
import { docOfParagraphs, docOfPieces } from "../support/large-file-inputs.ts";

const doc = (name: string) => readFileSync(join(import.meta.dirname, "doc", `${name}.doc`));
const parse = (buffer: Buffer) =>
  parsePlanBuffer(buffer, { directories: shippedDirectories, calendar: shippedCalendar });

async function lines(buffer: Buffer): Promise<string[]> {
  const read = await readPlan(buffer);
  if (!read.ok) throw new Error(read.error.code);
  return read.document.blocks.map(blockText);
}

describe("a plan saved as .doc", () => {
  it("reads a task list typed in tab-stop columns as the table it shows, by its style's stops", async () => {
    // tab-stops.docx (tab-stops.py): the stops in a paragraph style, one right-aligned; "Đầu tư" wrapped onto a
    // line that opens with tabs, under the lead's column.
    const read = await lines(doc("tab-stops"));
    expect(read.slice(3, 6)).toEqual([
      "STT | Nội dung | Chủ trì | Phối hợp | Thời gian",
      "1 | Rà soát thủ tục đầu tư, đất đai | Sở Kế hoạch và Đầu tư | Sở Tư pháp | Quý II/2024",
      "2 | Đối thoại với doanh nghiệp | Sở Công Thương |  | Tháng 9/2024",
    ]);
  });

  it("gives its tasks, each with the unit of a cell merged down over two rows and its deadline", async () => {
    const parsed = await parse(doc("task-table"));
    if (!parsed.ok) throw new Error("should read");
    const tasks = parsed.value.tasks.map((t) => [t.ref, t.lead.map((u) => u.name).join(), t.deadline?.due]);
    expect(tasks).toEqual([
      ["1", "Sở Thông tin và Truyền thông", "2024-06-30"],
      ["2", "Sở Thông tin và Truyền thông", "2024-09-30"],
      ["3", "Sở Nội vụ", "2024-09-29"],
      ["III", "Sở Tư pháp", "2024-12-14"],
    ]);
  });

  it("shows the labels of Word's automatic numbering as typed, counted on across the list's paragraphs", async () => {
    const read = await lines(doc("task-table"));
    expect(read.filter((line) => /^[IV]+\. /.test(line))).toEqual([
      "I. MỤC ĐÍCH, YÊU CẦU",
      "II. NHIỆM VỤ",
      "III. TỔ CHỨC THỰC HIỆN",
    ]);
  });

  it("counts a list LibreOffice split to restart it at its first paragraph as the one list it was", async () => {
    // restarted-list.docx numbers its headings I., II., III. in one list restarting at 1; its .doc copy gives the
    // first heading a list of its own and leaves the others in the original, which would count from I. again.
    expect((await lines(doc("restarted-list"))).filter((line) => /^([IV]+|\d)\. /.test(line))).toEqual([
      "I. MỤC ĐÍCH, YÊU CẦU",
      "1. Bảo đảm thực hiện đúng tiến độ.",
      "2. Phân công rõ trách nhiệm.",
      "II. NHIỆM VỤ",
      "1. Sở Nội vụ tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 30/6/2026.",
      "2. Sở Tài chính bố trí kinh phí trong quý III/2026.",
      "III. TỔ CHỨC THỰC HIỆN",
    ]);
  });

  it("reads the first page's own header first, a framed heading before its table, rows without their space after", async () => {
    // layout.docx: the issuer, number and date only in the first-page header; "NHIỆM VỤ CỤ THỂ" in a frame, which the
    // .doc keeps as a text box anchored in the table's first cell; each row leaving a narrow column after it, which
    // the .doc writes as one more cell, empty and borderless.
    expect(await lines(doc("layout"))).toEqual([
      "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU",
      "Số: 21/KH-UBND",
      "Lai Châu, ngày 02 tháng 4 năm 2025",
      "KẾ HOẠCH",
      "Rà soát thủ tục hành chính năm 2025",
      "NHIỆM VỤ CỤ THỂ",
      "TT | Nhiệm vụ | Thời hạn",
      "1 | Rà soát thủ tục hành chính lĩnh vực đất đai, Sở Nông nghiệp và Môi trường chủ trì | 30/6/2025",
      "2 | Công khai kết quả rà soát trên Cổng thông tin điện tử tỉnh, Văn phòng UBND tỉnh chủ trì | Quý III/2025",
      "Văn phòng UBND tỉnh theo dõi, tổng hợp kết quả, báo cáo trước ngày 15/12/2025.",
    ]);
    const parsed = await parse(doc("layout"));
    if (!parsed.ok) throw new Error("should read");
    expect(parsed.value.plan).toMatchObject({ number: "21/KH-UBND" });
  });

  it("decodes text typed in .VnTime fonts (TCVN3), the letter 'ư' Word keeps as an optional hyphen included", async () => {
    const read = await lines(doc("vntime"));
    expect(read).toContain("Bắc Kạn, ngày 05 tháng 02 năm 2024");
    expect(read).toContain(
      "1. Sở Nông nghiệp và Phát triển nông thôn (cơ quan thường trực) rà soát phương án ứng phó thiên tai, hoàn thành trước ngày 31/5/2024.",
    );
    const parsed = await parse(doc("vntime"));
    if (!parsed.ok) throw new Error("should read");
    expect(parsed.value.tasks.map((t) => [t.lead.map((u) => u.name).join(), t.deadline?.due])).toContainEqual([
      "Sở Nông nghiệp và Phát triển nông thôn",
      "2024-05-30",
    ]);
  });

  it("keeps refusing other Office 97-2003 files (a presentation) with the answer naming the old format", async () => {
    const read = await readPlan(compoundFile({ "PowerPoint Document": Buffer.alloc(5000) }));
    expect(read).toEqual({ ok: false, error: { code: "legacy-office-file" } });
  });
});

describe("a broken or hostile .doc", () => {
  const code = async (buffer: Buffer) => {
    const read = await readPlan(buffer);
    return read.ok ? "read" : read.error.code;
  };

  it("cut short in sending is unreadable, not taken for another Office file", async () => {
    const file = doc("task-table");
    expect(await code(file.subarray(0, 6000))).toBe("unreadable-doc");
    expect(await code(file.subarray(0, 700))).toBe("unreadable-doc");
  });

  it("whose piece table points past the end of its stream is unreadable", async () => {
    expect(await code(wordFile({ text: "Ke hoach\r", pieces: [[0, 9, 1_000_000]] }))).toBe("unreadable-doc");
  });

  it("whose formatting pages are listed in a loop is unreadable, each page read once", async () => {
    expect(await code(wordFile({ text: "Ke hoach\r", paragraphPages: [3, 4, 3] }))).toBe("unreadable-doc");
  });

  it("of 100,000 pieces is refused as too complex", async () => {
    expect(await code(docOfPieces(100_000))).toBe("plan-too-complex");
  });

  it("of 20,000 paragraphs in one piece is read", async () => {
    expect(await code(docOfParagraphs(20_000))).toBe("read");
  });
});
