// Plan files made to hurt: each is refused with a code a user reads, before it has cost
// more than the limits allow (how quickly and with how much memory: `npm run bench`).
import { describe, expect, it } from "vitest";
import { PLAN_LIMITS } from "../../src/domain/limits.ts";
import { readPlan } from "../../src/plan/read-plan.ts";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import {
  bombDocx,
  handZip,
  hugeMergeXlsx,
  lyingDocx,
  manyParagraphsDocx,
  nestedTablesDocx,
  SMALL_DOCUMENT,
  zipEntry,
} from "../support/hostile-plans.ts";
import { t } from "../support/intake.ts";
import { paragraph, rawDocx, table } from "../support/ooxml.ts";

async function refusal(buffer: Buffer, limits = PLAN_LIMITS): Promise<{ code: string; message: string }> {
  const read = await readPlan(buffer, limits);
  if (read.ok) throw new Error("the file was read");
  return { code: read.error.code, message: t(`error-${read.error.code}`) };
}

describe("hostile Word plans", () => {
  it("refuses a zip whose directory lies about a part's size or checksum", async () => {
    for (const by of [-10, 10])
      expect(await refusal(lyingDocx(by))).toMatchObject({
        code: "unreadable-docx",
        message: expect.stringContaining("Word"),
      });
    const honest = zipEntry("word/document.xml", SMALL_DOCUMENT);
    expect((await refusal(handZip([{ ...honest, crc: (honest.crc ^ 1) >>> 0 }]))).code).toBe("unreadable-docx");
  });

  it("refuses a 2 MB bomb, whether its directory declares 2 GB or a few kilobytes", async () => {
    const declared = bombDocx();
    expect(declared.length).toBeLessThan(2.1 * 1024 * 1024);
    expect(await refusal(declared)).toMatchObject({
      code: "plan-too-large",
      message: expect.stringContaining("quá lớn"),
    });
    expect((await refusal(bombDocx(4096))).code).toBe("unreadable-docx");
  });

  it("refuses a document of 400,000 paragraphs", async () => {
    const buffer = await manyParagraphsDocx(400_000);
    expect(buffer.length).toBeLessThan(PLAN_LIMITS.maxBytes);
    expect(await refusal(buffer)).toMatchObject({
      code: "plan-too-complex",
      message: expect.stringContaining("quá nhiều"),
    });
  });

  it("refuses paragraphs and rows past the limit however they come, and cells spanning thousands of columns", async () => {
    const limits = { ...PLAN_LIMITS, maxBlocks: 100 };
    const rows = table(Array.from({ length: 101 }, (_, i) => [String(i), "Nhiệm vụ"]));
    expect((await refusal(await rawDocx({ body: rows }), limits)).code).toBe("plan-too-complex");
    const lines = paragraph(Array.from({ length: 101 }, () => "<w:r><w:t>Dòng</w:t><w:br/></w:r>").join(""));
    expect((await refusal(await rawDocx({ body: lines }), limits)).code).toBe("plan-too-complex");
    const wide = table([[{ content: "Nhiệm vụ", span: 100_000_000 }]], { columns: 1 });
    expect((await refusal(await rawDocx({ body: wide }))).code).toBe("plan-too-complex");
  });

  it("refuses tables nested deeper than plans nest them, and elements nested without end", async () => {
    expect((await refusal(await nestedTablesDocx(40))).code).toBe("plan-too-complex");
    const deep = `${"<w:sdt><w:sdtContent>".repeat(5_000)}${paragraph("x")}${"</w:sdtContent></w:sdt>".repeat(5_000)}`;
    expect((await refusal(await rawDocx({ body: deep }))).code).toBe("plan-too-complex");
  });

  it("refuses an imported HTML part nested without end, too large, or spanning thousands of columns", async () => {
    const chunked = (html: string) =>
      rawDocx({ body: '<w:altChunk r:id="c1"/>', chunks: { c1: { target: "export.htm", content: html } } });
    // Unclosed elements nest as deep as they are opened: 5,000 divs, 40 tables one in another's cell.
    expect((await refusal(await chunked("<div>".repeat(5_000)))).code).toBe("plan-too-complex");
    expect((await refusal(await chunked("<table><tr><td>".repeat(40)))).code).toBe("plan-too-complex");
    const wide = '<table border="1"><tr><td colspan="100000000">Nhiệm vụ</td></tr></table>';
    expect((await refusal(await chunked(wide))).code).toBe("plan-too-complex");
    const big = await chunked(`<p>${"Nhiệm vụ ".repeat(20_000)}</p>`);
    expect((await refusal(big, { ...PLAN_LIMITS, maxPartBytes: 100_000 })).code).toBe("plan-too-large");
    // A cell merged down over two billion rows covers the rows there are, and no more.
    const tall =
      '<table border="1"><tr><td>1</td><td rowspan="2147483647">Sở A</td><td>x</td></tr><tr><td>2</td><td>y</td></tr></table>';
    const read = await readPlan(await chunked(tall), PLAN_LIMITS);
    expect(read.ok && read.document.blocks.map((b) => (b.type === "row" ? b.cells : b.text))).toEqual([
      ["1", "Sở A", "x"],
      ["2", "Sở A", "y"],
    ]);
  });

  it("refuses entities a DTD would expand, and a file over the size limit before opening it", async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`;
    expect((await refusal(handZip([zipEntry("word/document.xml", laughs)]))).code).toBe("unreadable-docx");
    const buffer = await rawDocx({ body: paragraph("KẾ HOẠCH") });
    expect((await refusal(buffer, { ...PLAN_LIMITS, maxBytes: buffer.length - 1 })).code).toBe("plan-too-large");
  });
});

describe("hostile Excel and text plans", () => {
  it("refuses one huge merge in a 4 KB workbook, without spreading it", async () => {
    const buffer = await hugeMergeXlsx();
    expect(buffer.length).toBeLessThan(4096);
    expect((await refusal(buffer)).code).toBe("plan-too-complex");
  });

  it("refuses a text plan of more lines than a plan has, saying so through the plan service", async () => {
    const text = Buffer.from("Nhiệm vụ trước ngày 30/11/2025\n".repeat(PLAN_LIMITS.maxBlocks + 1));
    const parsed = await parsePlanBuffer(text, { directories: shippedDirectories, calendar: shippedCalendar });
    expect(parsed).toMatchObject({ ok: false, error: { code: "plan-too-complex" } });
  });
});
