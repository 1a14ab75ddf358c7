// PDF plans: the blocks of a PDF are the blocks of the same document written as text.
// PDFs drawn by pdfkit here (paragraphs, ruled tables with merged cells, the Decree 30
// header and signature blocks, footnotes, page numbers), and hostile files, each refused
// with its own code.
import { describe, expect, it } from "vitest";
import { renderPng } from "../../src/charts/render-png.ts";
import { DEFAULT_PDF_LIMITS } from "../../src/domain/limits.ts";
import { translator } from "../../src/i18n/index.ts";
import type { Block } from "../../src/plan/document.ts";
import { readPdfPlan } from "../../src/plan/read-pdf.ts";
import { readPlan } from "../../src/plan/read-plan.ts";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import { hugeContentPdf, manyPagesPdf, pdfFrom, type PdfPart, scannedPdf } from "../support/pdf-documents.ts";

const texts = (blocks: Block[]) => blocks.map((b) => (b.type === "text" ? b.text : b.cells));

async function blocksOf(parts: PdfPart[], options = {}): Promise<Block[]> {
  const read = await readPdfPlan(await pdfFrom(parts, options));
  if (!read.ok) throw new Error(read.error.code);
  return read.document.blocks;
}

const LONG =
  "Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành và UBND các huyện, thành phố, thị xã tổ chức điều tra xã hội học, tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/12/2020; bảo đảm đúng đối tượng, đúng phương pháp và khách quan.";

describe("paragraphs", () => {
  it("are the paragraphs of the text, with their numbers and bullets, whatever their lines", async () => {
    const blocks = await blocksOf([
      { kind: "paragraph", text: "KẾ HOẠCH", bold: true, center: true },
      {
        kind: "paragraph",
        text: "Đánh giá, xác định Chỉ số cải cách hành chính năm 2020 đối với các cơ quan chuyên môn thuộc UBND tỉnh",
        bold: true,
        center: true,
      },
      { kind: "paragraph", text: "II. NỘI DUNG", bold: true, indent: false },
      { kind: "paragraph", text: "1. Giao Sở Nội vụ chủ trì:" },
      { kind: "paragraph", text: `a) ${LONG}` },
      { kind: "paragraph", text: `- ${LONG}` },
      { kind: "paragraph", text: "+ Thời gian thực hiện: Quý IV năm 2020." },
      { kind: "paragraph", text: LONG },
    ]);
    expect(texts(blocks)).toEqual([
      "KẾ HOẠCH",
      "Đánh giá, xác định Chỉ số cải cách hành chính năm 2020 đối với các cơ quan chuyên môn thuộc UBND tỉnh",
      "II. NỘI DUNG",
      "1. Giao Sở Nội vụ chủ trì:",
      `a) ${LONG}`,
      `- ${LONG}`,
      "+ Thời gian thực hiện: Quý IV năm 2020.",
      LONG,
    ]);
  });

  it("go on from the foot of a page to the top of the next, past the page numbers", async () => {
    const filler = Array.from({ length: 9 }, (_, i) => ({ kind: "paragraph" as const, text: `${i + 1}. ${LONG}` }));
    const blocks = await blocksOf([...filler, { kind: "paragraph", text: `10. ${LONG} ${LONG}` }], {
      running: "- # -",
    });
    expect(texts(blocks)).toEqual([...filler.map((p) => p.text), `10. ${LONG} ${LONG}`]);
  });

  it("are Unicode NFC, with ligatures written out", async () => {
    const blocks = await blocksOf([{ kind: "paragraph", text: `- Vie\u0323\u0302t Nam: ﬁle ﬂ. ${LONG}` }]);
    expect(texts(blocks)).toEqual([`- Việt Nam: file fl. ${LONG}`]);
  });
});

describe("the Decree 30/2020 layout", () => {
  it("reads the header block and the signature block as paragraphs, never as rows", async () => {
    const blocks = await blocksOf([
      {
        kind: "columns",
        left: ["ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN", "Số: 126/KH-UBND"],
        right: [
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc",
          "Thái Nguyên, ngày 20 tháng 11 năm 2020",
        ],
      },
      { kind: "paragraph", text: "KẾ HOẠCH", bold: true, center: true },
      { kind: "paragraph", text: "3. Sở Nội vụ theo dõi, đôn đốc, báo cáo UBND tỉnh trước ngày 15/3/2021." },
      {
        kind: "columns",
        left: ["Nơi nhận:", "- Bộ Nội vụ (b/c);", "- Các sở, ban, ngành;", "- Lưu: VT, NC."],
        right: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Nguyễn Văn An"],
      },
    ]);
    expect(blocks.every((b) => b.type === "text")).toBe(true);
    const all = texts(blocks) as string[];
    expect(all).toContain("Số: 126/KH-UBND");
    expect(all).toContain("Thái Nguyên, ngày 20 tháng 11 năm 2020");
    expect(all).toContain("- Các sở, ban, ngành;");
    expect(all).toContain("Nguyễn Văn An");
    expect(all.indexOf("KẾ HOẠCH")).toBeLessThan(
      all.indexOf("3. Sở Nội vụ theo dõi, đôn đốc, báo cáo UBND tỉnh trước ngày 15/3/2021."),
    );
  });

  it("gives the plan its number and date", async () => {
    const pdf = await pdfFrom([
      {
        kind: "columns",
        left: ["ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN", "Số: 126/KH-UBND"],
        right: [
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc",
          "Thái Nguyên, ngày 20 tháng 11 năm 2020",
        ],
      },
      { kind: "paragraph", text: "KẾ HOẠCH", bold: true, center: true },
      { kind: "paragraph", text: "Triển khai nhiệm vụ cải cách hành chính năm 2020", bold: true, center: true },
      { kind: "paragraph", text: "1. Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 15/12/2020." },
    ]);
    const parsed = await parsePlanBuffer(pdf, { directories: shippedDirectories, calendar: shippedCalendar });
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(parsed.value.plan).toMatchObject({ number: "126/KH-UBND", date: "2020-11-20" });
    expect(parsed.value.tasks.map((t) => t.deadline?.due)).toContain("2020-12-14");
  });
});

describe("tables", () => {
  it("give rows whose cells keep their columns, merged cells included", async () => {
    const blocks = await blocksOf([
      {
        kind: "table",
        widths: [40, 170, 90, 90, 90],
        rows: [
          [
            { text: "TT", rowSpan: 2 },
            { text: "Nhiệm vụ", rowSpan: 2 },
            { text: "Thời gian", rowSpan: 2 },
            { text: "Trách nhiệm thực hiện", colSpan: 2 },
          ],
          ["Chủ trì", "Phối hợp"],
          ["I", { text: "Đo lường mức độ hài lòng năm 2020", colSpan: 4 }],
          [
            "1",
            "Xây dựng kế hoạch đo lường mức độ hài lòng về sự phục vụ hành chính",
            { text: "Quý IV năm 2020", rowSpan: 2 },
            "Sở Nội vụ",
            "Các sở, ban, ngành",
          ],
          ["2", "Tổ chức điều tra xã hội học", "Cục Thống kê", "Sở Nội vụ"],
        ],
      },
    ]);
    expect(texts(blocks)).toEqual([
      ["TT", "Nhiệm vụ", "Thời gian", "Trách nhiệm thực hiện", ""],
      ["TT", "Nhiệm vụ", "Thời gian", "Chủ trì", "Phối hợp"],
      ["I", "Đo lường mức độ hài lòng năm 2020", "", "", ""],
      [
        "1",
        "Xây dựng kế hoạch đo lường mức độ hài lòng về sự phục vụ hành chính",
        "Quý IV năm 2020",
        "Sở Nội vụ",
        "Các sở, ban, ngành",
      ],
      ["2", "Tổ chức điều tra xã hội học", "Quý IV năm 2020", "Cục Thống kê", "Sở Nội vụ"],
    ]);
  });

  it("join again a date or a word the writer broke in a narrow cell, and wrapped words with a space", async () => {
    const blocks = await blocksOf([
      {
        kind: "table",
        widths: [40, 200, 52, 46],
        rows: [
          ["TT", "Nhiệm vụ", "Chính thức", "Hạn"],
          ["1", "Báo cáo kết quả rà soát", "10", "15/12/2025"],
        ],
      },
    ]);
    expect(texts(blocks)).toEqual([
      ["TT", "Nhiệm vụ", "Chính thức", "Hạn"],
      ["1", "Báo cáo kết quả rà soát", "10", "15/12/2025"],
    ]);
  });

  it("keep the space where a nearly full line ends a word: before a figure, or before another syllable", async () => {
    // "Tháng" fills its line but for less than a figure; "Ngày" likewise; "Quyế|t" is one word cut.
    const blocks = await blocksOf([
      {
        kind: "table",
        widths: [40, 160, 51, 43, 41],
        rows: [
          ["TT", "Nhiệm vụ", "Thời gian", "Sản phẩm", "Loại"],
          ["1", "Tổ chức giao lưu doanh nghiệp", "Tháng 9/2025", "Ngày hội", "Quyết"],
        ],
      },
    ]);
    expect(texts(blocks)).toEqual([
      ["TT", "Nhiệm vụ", "Thời gian", "Sản phẩm", "Loại"],
      ["1", "Tổ chức giao lưu doanh nghiệp", "Tháng 9/2025", "Ngày hội", "Quyết"],
    ]);
  });

  it("go on across pages, a row broken by the page read as one", async () => {
    const rows = Array.from({ length: 14 }, (_, i) => [
      String(i + 1),
      `${LONG} (${i + 1})`,
      "Tháng 12/2020",
      "Sở Nội vụ",
    ]);
    const blocks = await blocksOf([
      { kind: "table", widths: [40, 260, 80, 80], rows: [["TT", "Nhiệm vụ", "Thời gian", "Chủ trì"], ...rows] },
    ]);
    expect(texts(blocks)).toEqual([["TT", "Nhiệm vụ", "Thời gian", "Chủ trì"], ...rows]);
  });
});

describe("footnotes", () => {
  it("never reach the text: neither the notes nor their marks", async () => {
    const blocks = await blocksOf([
      { kind: "paragraph", text: "1. Sở Nội vụ:" },
      { kind: "marked", text: "- Công bố kết quả, hoàn thành trước ngày 31/01/2020[2]; báo cáo UBND tỉnh[3]." },
      {
        kind: "footnotes",
        notes: ["Theo Quyết định số 12/QĐ-UBND ngày 05/01/2020.", "Hoàn thành trước ngày 10/01/2020."],
      },
    ]);
    expect(texts(blocks)).toEqual([
      "1. Sở Nội vụ:",
      "- Công bố kết quả, hoàn thành trước ngày 31/01/2020; báo cáo UBND tỉnh.",
    ]);
  });
});

describe("slanted type", () => {
  it("is read where it stands on its line: a sheared run (a font made italic) is no rotated stamp", async () => {
    const blocks = await blocksOf([
      { kind: "slanted", text: "[Nơi] nhận:" },
      { kind: "slanted", text: "- Thường trực [HĐND] tỉnh;" },
      { kind: "slanted", text: "- [Lưu]: VT, NC." },
    ]);
    expect(texts(blocks)).toEqual(["Nơi nhận:", "- Thường trực HĐND tỉnh;", "- Lưu: VT, NC."]);
  });
});

describe("PDFs that are not read", () => {
  const t = translator("vi");

  it("a scan is refused with a message that asks for the Word file", async () => {
    const png = await renderPng(
      `<svg xmlns="http://www.w3.org/2000/svg" width="620" height="877"><rect width="100%" height="100%" fill="white"/><text x="60" y="100" font-size="24">KẾ HOẠCH số 126/KH-UBND</text></svg>`,
    );
    const parsed = await parsePlanBuffer(await scannedPdf(png), {
      directories: shippedDirectories,
      calendar: shippedCalendar,
    });
    expect(parsed).toMatchObject({ ok: false, error: { code: "scanned-pdf" } });
    expect(t("error-scanned-pdf")).toMatch(/scan.*Word \(\.docx\)/);
  });

  it("a password is refused as such; a copy only restricted by its owner is read", async () => {
    const parts: PdfPart[] = [{ kind: "paragraph", text: "1. Sở Nội vụ báo cáo UBND tỉnh trước ngày 15/12/2020." }];
    expect(await readPdfPlan(await pdfFrom(parts, { userPassword: "secret" }))).toMatchObject({
      ok: false,
      error: { code: "encrypted-pdf" },
    });
    expect(await readPdfPlan(await pdfFrom(parts, { ownerPassword: "owner" }))).toMatchObject({ ok: true });
  });

  it.each([
    [
      "a truncated file",
      async () => (await pdfFrom([{ kind: "paragraph", text: LONG }])).subarray(0, 3000),
      "unreadable-pdf",
    ],
    [
      "a broken file",
      async () => Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(4000, 7), Buffer.from("%%EOF\n")]),
      "unreadable-pdf",
    ],
    ["a 5,000-page file", async () => manyPagesPdf(5000), "pdf-too-many-pages"],
    ["a deflated content stream of 64 MB", async () => hugeContentPdf(64), "pdf-too-complex"],
    [
      "a file over the size limit",
      async () => Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(DEFAULT_PDF_LIMITS.pdfMaxBytes)]),
      "pdf-too-large",
    ],
  ])("%s is refused with its code", async (_, make, code) => {
    expect(await readPlan(await make())).toMatchObject({ ok: false, error: { code } });
  });

  it("the page limit is told with its figures", async () => {
    const parsed = await parsePlanBuffer(manyPagesPdf(5000), {
      directories: shippedDirectories,
      calendar: shippedCalendar,
    });
    if (parsed.ok) throw new Error("read");
    expect(translator("en")(`error-${parsed.error.code}`, parsed.error.args)).toContain("5,000 pages");
  });

  it("stops at the text and operator limits", async () => {
    const pdf = await pdfFrom([{ kind: "paragraph", text: `1. ${LONG}` }]);
    expect(await readPdfPlan(pdf, { ...DEFAULT_PDF_LIMITS, pdfMaxTextItems: 2 })).toMatchObject({
      error: { code: "pdf-too-complex" },
    });
    expect(await readPdfPlan(pdf, { ...DEFAULT_PDF_LIMITS, pdfMaxOperators: 5 })).toMatchObject({
      error: { code: "pdf-too-complex" },
    });
  });
});

describe("plans in formats not read", () => {
  it.each([
    [
      "an old Word file cut short",
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]),
      "unreadable-doc",
    ],
    [
      "an OpenDocument presentation (OpenDocument text and spreadsheets are read: test/plan/odt, read-sheets)",
      Buffer.concat([
        Buffer.from("PK\x03\x04"),
        Buffer.alloc(26),
        Buffer.from("mimetypeapplication/vnd.oasis.opendocument.presentation"),
      ]),
      "opendocument-file",
    ],
    ["a photo", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), "image-file"],
  ])("%s is named for what it is, never 'not a plan'", async (_, buffer, code) => {
    expect(await readPlan(buffer)).toMatchObject({ ok: false, error: { code } });
    expect(translator("vi")(`error-${code}`)).toMatch(/\.docx/);
  });
});
