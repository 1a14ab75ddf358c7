// A Word file whose header block (issuer, "Số: …", place and date) stands in the first page's own header (Different
// first page) opens with that block, as its first page shows it; the running header of the other pages is no line of
// the document, nor is the first-page header of a file that does not show it.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/plan/document.ts";
import { readMetadata } from "../../src/plan/metadata.ts";
import { readDocxPlan } from "../../src/plan/read-docx.ts";
import { blocksOf, paragraph, rawDocx } from "../support/ooxml.ts";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const hdr = (lines: string[]) => `<w:hdr ${W}>${lines.map((l) => paragraph(l)).join("")}</w:hdr>`;

/** A file with a first-page header and a running one; `titlePage` is the w:titlePg the section carries. */
async function withHeaders(body: string, titlePage: string): Promise<Buffer> {
  const sect = `<w:sectPr><w:headerReference w:type="default" r:id="rH2"/><w:headerReference w:type="first" r:id="rH1"/>${titlePage}</w:sectPr>`;
  const zip = await JSZip.loadAsync(await rawDocx({ body: body + sect }));
  zip.file("word/header1.xml", hdr(["SỞ NỘI VỤ TỈNH BẮC KẠN", "Số: 77/KH-SNV", "Bắc Kạn, ngày 04 tháng 6 năm 2024"]));
  zip.file("word/header2.xml", hdr(["Kế hoạch số 77/KH-SNV - Trang 2"]));
  const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rH1" Type="${REL}/header" Target="header1.xml"/><Relationship Id="rH2" Type="${REL}/header" Target="header2.xml"/></Relationships>`;
  zip.file("word/_rels/document.xml.rels", rels);
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("the first page's own header", () => {
  it("opens the document, and gives the plan its number and date", async () => {
    const read = readDocxPlan(await withHeaders(paragraph("KẾ HOẠCH"), "<w:titlePg/>"));
    expect(blocksOf(read)).toEqual([
      "SỞ NỘI VỤ TỈNH BẮC KẠN",
      "Số: 77/KH-SNV",
      "Bắc Kạn, ngày 04 tháng 6 năm 2024",
      "KẾ HOẠCH",
    ]);
    const blocks = read.ok ? read.document.blocks : [];
    expect(readMetadata(blocks, "Bắc Kạn").meta).toMatchObject({ number: "77/KH-SNV", date: "2024-06-04" });
  });

  it("is left out when the section does not show it, and the running header always", async () => {
    const off = readDocxPlan(await withHeaders(paragraph("KẾ HOẠCH"), '<w:titlePg w:val="0"/>'));
    expect(blocksOf(off)).toEqual(["KẾ HOẠCH"]);
  });

  it("reads a long body with it", async () => {
    const body = Array.from({ length: 20000 }, (_, i) => paragraph(`Đoạn ${i}`)).join("");
    const file = await withHeaders(body, "<w:titlePg/>");
    const read = readDocxPlan(file);
    expect((read.ok ? read.document.blocks : ([] as Block[])).length).toBe(20003);
  }, 60000);
});
