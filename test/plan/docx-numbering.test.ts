// Word's automatic numbering reads as the labels a typist would have typed, counted as
// Word and LibreOffice count them (checked against LibreOffice's own text export).
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from "docx";
import { describe, expect, it } from "vitest";
import { readDocxPlan } from "../../src/plan/read-docx.ts";
import { blocksOf, numberingXml, paragraph, rawDocx, run, stylesXml, table, type LevelSpec } from "../support/ooxml.ts";

const read = (buffer: Buffer) => blocksOf(readDocxPlan(buffer));

const readBody = async (body: string, parts: Omit<Parameters<typeof rawDocx>[0], "body"> = {}) =>
  read(await rawDocx({ body, ...parts }));

const OUTLINE: LevelSpec[] = [
  { format: "upperRoman", text: "%1." },
  { format: "decimal", text: "%2." },
  { format: "lowerLetter", text: "%3)" },
  { format: "bullet", text: "-" },
  { format: "bullet", text: "+" },
];

describe("Word's automatic numbering reads as typed labels", () => {
  it("shows each level in its format and restarts the levels below a used one", async () => {
    const numbering = numberingXml({ abstracts: { "1": OUTLINE }, nums: { "7": { abstract: "1" } } });
    const p = (text: string, ilvl: number) => paragraph(text, { numId: 7, ilvl });
    const body = [
      p("MỤC ĐÍCH, YÊU CẦU", 0),
      p("NỘI DUNG", 0),
      p("Giao Sở Nội vụ chủ trì:", 1),
      ...["Một", "Hai", "Ba", "Bốn", "Năm"].map((t) => p(t, 2)),
      p("Tham mưu UBND tỉnh", 3),
      p("Chi tiết", 4),
      p("Các sở, ban, ngành:", 1),
      p("Lập danh sách", 2),
    ].join("");
    expect(await readBody(body, { numbering })).toEqual([
      "I. MỤC ĐÍCH, YÊU CẦU",
      "II. NỘI DUNG",
      "1. Giao Sở Nội vụ chủ trì:",
      "a) Một",
      "b) Hai",
      "c) Ba",
      "d) Bốn",
      // Word shows the fifth letter as "e)", where a Vietnamese typist writes "đ)".
      "e) Năm",
      "- Tham mưu UBND tỉnh",
      "+ Chi tiết",
      "2. Các sở, ban, ngành:",
      "a) Lập danh sách",
    ]);
  });

  it("takes numbering from paragraph styles, through their basedOn chain", async () => {
    const numbering = numberingXml({
      abstracts: {
        "1": [
          { ...OUTLINE[0]!, style: "Heading1" },
          { ...OUTLINE[1]!, style: "Heading2" },
        ],
      },
      nums: { "3": { abstract: "1" } },
    });
    const styles = stylesXml({
      Heading1: { pPr: '<w:numPr><w:numId w:val="3"/></w:numPr>' },
      Heading2: { basedOn: "Heading1", pPr: '<w:numPr><w:ilvl w:val="1"/></w:numPr>' },
      Task: { basedOn: "Heading2" },
      Plain: { basedOn: "Heading1", pPr: '<w:numPr><w:numId w:val="0"/></w:numPr>' },
    });
    const body = [
      paragraph("NỘI DUNG", { style: "Heading1" }),
      paragraph("Sở Nội vụ:", { style: "Heading2" }),
      paragraph("Các sở:", { style: "Task" }),
      paragraph("Không đánh số", { style: "Plain" }),
      paragraph("TỔ CHỨC THỰC HIỆN", { style: "Heading1" }),
      paragraph("Kinh phí", { style: "Heading1", numId: 0 }),
    ].join("");
    expect(await readBody(body, { numbering, styles })).toEqual([
      "I. NỘI DUNG",
      "1. Sở Nội vụ:",
      "2. Các sở:",
      "Không đánh số",
      "II. TỔ CHỨC THỰC HIỆN",
      "Kinh phí",
    ]);
  });

  it("continues a list across nums of one definition, and restarts a level where a num overrides it", async () => {
    const numbering = numberingXml({
      abstracts: { "1": OUTLINE, "2": [{ format: "decimal", text: "%1.", start: 3 }] },
      nums: {
        "1": { abstract: "1" },
        "2": { abstract: "1" },
        "3": { abstract: "1", starts: { 1: 4 } },
        "4": { abstract: "2" },
      },
    });
    const body = [
      paragraph("NỘI DUNG", { numId: 1, ilvl: 0 }),
      paragraph("Một", { numId: 1, ilvl: 1 }),
      paragraph("Hai", { numId: 2, ilvl: 1 }),
      paragraph("Bốn, như người soạn đặt", { numId: 3, ilvl: 1 }),
      paragraph("Năm", { numId: 3, ilvl: 1 }),
      paragraph("TỔ CHỨC", { numId: 2, ilvl: 0 }),
      paragraph("Một lại", { numId: 3, ilvl: 1 }),
      paragraph("Bắt đầu từ ba", { numId: 4, ilvl: 0 }),
    ].join("");
    expect(await readBody(body, { numbering })).toEqual([
      "I. NỘI DUNG",
      "1. Một",
      "2. Hai",
      "4. Bốn, như người soạn đặt",
      "5. Năm",
      "II. TỔ CHỨC",
      "1. Một lại",
      "3. Bắt đầu từ ba",
    ]);
  });

  it("types a level numbered in the same form as a level above it in Arabic figures, as nesting shows", async () => {
    // As LibreOffice writes an HTML list nested in a Roman one: every level Roman until one says otherwise.
    const levels: LevelSpec[] = [
      { format: "upperRoman", text: "%1." },
      { format: "upperRoman", text: "%2." },
      { format: "lowerLetter", text: "%3)" },
    ];
    const numbering = numberingXml({ abstracts: { "1": levels }, nums: { "5": { abstract: "1" } } });
    const p = (text: string, ilvl: number) => paragraph(text, { numId: 5, ilvl });
    const body = [
      p("CĂN CỨ", 0),
      p("NHIỆM VỤ", 0),
      p("Sở Y tế:", 1),
      p("Rà soát danh mục thuốc", 2),
      p("Sở Công Thương tổ chức hội chợ", 1),
    ].join("");
    expect(await readBody(body, { numbering })).toEqual([
      "I. CĂN CỨ",
      "II. NHIỆM VỤ",
      "1. Sở Y tế:",
      "a) Rà soát danh mục thuốc",
      "2. Sở Công Thương tổ chức hội chợ",
    ]);
  });

  it("shows multi-level labels, legal numbering, lvlRestart, zero-padded and repeated letters", async () => {
    const numbering = numberingXml({
      abstracts: {
        "1": [
          { format: "upperRoman", text: "%1." },
          { format: "decimal", text: "%1.%2.", legal: true },
          { format: "decimal", text: "%2.%3." },
        ],
        "2": [
          { format: "decimal", text: "%1." },
          { format: "decimalZero", text: "%2.", restart: 0 },
        ],
        "3": [{ format: "upperLetter", text: "%1." }],
        "4": [
          { format: "none", text: "" },
          { format: "bullet", text: "\uf0b7" },
          { format: "bullet", text: "\uf02d" },
        ],
      },
      nums: { "1": { abstract: "1" }, "2": { abstract: "2" }, "3": { abstract: "3" }, "4": { abstract: "4" } },
    });
    const body = [
      paragraph("Phần hai", { numId: 1, ilvl: 0 }),
      paragraph("Phần hai", { numId: 1, ilvl: 0 }),
      paragraph("Mục", { numId: 1, ilvl: 1 }),
      paragraph("Tiểu mục", { numId: 1, ilvl: 2 }),
      paragraph("Một", { numId: 2, ilvl: 0 }),
      paragraph("Con", { numId: 2, ilvl: 1 }),
      paragraph("Hai", { numId: 2, ilvl: 0 }),
      paragraph("Con không khởi lại", { numId: 2, ilvl: 1 }),
      ...Array.from({ length: 27 }, (_, i) => paragraph(`Mục ${i + 1}`, { numId: 3, ilvl: 0 })),
      paragraph("Không nhãn", { numId: 4, ilvl: 0 }),
      paragraph("Chấm của phông Symbol", { numId: 4, ilvl: 1 }),
      paragraph("Gạch của phông Symbol", { numId: 4, ilvl: 2 }),
    ].join("");
    const blocks = await readBody(body, { numbering });
    expect(blocks.slice(0, 8)).toEqual([
      "I. Phần hai",
      "II. Phần hai",
      "2.1. Mục",
      "1.1. Tiểu mục",
      "1. Một",
      "01. Con",
      "2. Hai",
      "02. Con không khởi lại",
    ]);
    expect(blocks.slice(8, 35).filter((_, i) => [0, 25, 26].includes(i))).toEqual([
      "A. Mục 1",
      "Z. Mục 26",
      "AA. Mục 27",
    ]);
    expect(blocks.slice(35)).toEqual(["Không nhãn", "• Chấm của phông Symbol", "- Gạch của phông Symbol"]);
  });

  it("counts a hidden numbered paragraph without showing it, and shows an empty one's number", async () => {
    const numbering = numberingXml({
      abstracts: { "1": [{ format: "decimal", text: "%1." }] },
      nums: { "1": { abstract: "1" } },
    });
    const hidden = paragraph(run("ẩn", "<w:vanish/>"), { numId: 1, ilvl: 0, pPr: "<w:rPr><w:vanish/></w:rPr>" });
    const body = [paragraph("Một", { numId: 1, ilvl: 0 }), hidden, "<w:p/>", paragraph("", { numId: 1, ilvl: 0 })];
    body.push(paragraph("Bốn", { numId: 1, ilvl: 0 }));
    expect(await readBody(body.join(""), { numbering })).toEqual(["1. Một", "3.", "4. Bốn"]);
  });

  it("numbers a task table's TT cells, where the number is all the cell holds", async () => {
    const numbering = numberingXml({
      abstracts: {
        "1": [
          { format: "upperRoman", text: "%1" },
          { format: "decimal", text: "%2" },
        ],
      },
      nums: { "1": { abstract: "1" } },
    });
    const tt = (ilvl: number) => paragraph("", { numId: 1, ilvl });
    const body = table([
      ["TT", "Nhiệm vụ", "Thời gian"],
      [tt(0), "Nhóm kiểm tra", ""],
      [tt(1), "Kiểm tra Sở Y tế", "Ngày 11/4/2023"],
      [tt(1), "Kiểm tra Sở Xây dựng", "Ngày 13/4/2023"],
      [tt(0), "Nhóm rà soát", ""],
      [tt(1), "Rà soát thủ tục", "Quý III/2023"],
    ]);
    expect(await readBody(body, { numbering })).toEqual([
      ["TT", "Nhiệm vụ", "Thời gian"],
      ["I", "Nhóm kiểm tra", ""],
      ["1", "Kiểm tra Sở Y tế", "Ngày 11/4/2023"],
      ["2", "Kiểm tra Sở Xây dựng", "Ngày 13/4/2023"],
      ["II", "Nhóm rà soát", ""],
      ["1", "Rà soát thủ tục", "Quý III/2023"],
    ]);
  });

  it("reads numbering written by the docx library, restarted by instance", async () => {
    const level = (lvl: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
      level: lvl,
      format,
      text,
      alignment: AlignmentType.LEFT,
    });
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: "plan",
            levels: [
              level(0, LevelFormat.UPPER_ROMAN, "%1."),
              level(1, LevelFormat.DECIMAL, "%2."),
              level(2, LevelFormat.LOWER_LETTER, "%3)"),
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: "NỘI DUNG", numbering: { reference: "plan", level: 0 } }),
            new Paragraph({ text: "Sở Nội vụ", numbering: { reference: "plan", level: 1 } }),
            new Paragraph({ text: "Tham mưu", numbering: { reference: "plan", level: 2 } }),
            new Paragraph({ text: "Các sở", numbering: { reference: "plan", level: 1 } }),
            new Paragraph({ text: "Danh sách mới", numbering: { reference: "plan", level: 0, instance: 2 } }),
          ],
        },
      ],
    });
    expect(read(await Packer.toBuffer(doc))).toEqual([
      "I. NỘI DUNG",
      "1. Sở Nội vụ",
      "a) Tham mưu",
      "2. Các sở",
      "I. Danh sách mới",
    ]);
  });
});
