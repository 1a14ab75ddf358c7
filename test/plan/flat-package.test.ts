// Office documents saved as one XML file (Word's Flat OPC "Word XML Document", LibreOffice's flat .fodt), often under
// a .doc name: told by their content and read as the .docx and .odt holding the same parts are.
import { describe, expect, it } from "vitest";
import { readPlan } from "../../src/plan/read-plan.ts";
import { blocksOf, paragraph, table } from "../support/ooxml.ts";
import { BOX, contentXml, listStyle, odtTable, p, stylesXml } from "./odt/odt-file.ts";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

/** A Flat OPC package of the given parts: XML text, or bytes written base64 as Word writes images. */
function flatOpc(parts: Record<string, string | Buffer>): Buffer {
  const part = ([name, data]: [string, string | Buffer]) =>
    `<pkg:part pkg:name="${name}" pkg:contentType="application/xml">${
      typeof data === "string"
        ? `<pkg:xmlData>${data}</pkg:xmlData>`
        : `<pkg:binaryData>${data.toString("base64").replace(/.{76}/g, "$&\n")}</pkg:binaryData>`
    }</pkg:part>`;
  return Buffer.from(
    `<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">${Object.entries(parts).map(part).join("")}</pkg:package>`,
  );
}

const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}" Target="word/document.xml"/></Relationships>`;
const documentXml = (body: string) => `<w:document ${W}><w:body>${body}</w:body></w:document>`;

describe("Word's one-file XML package", () => {
  it("is read as the .docx of its parts, whatever its name, its binary parts left as they are", () => {
    const body =
      paragraph("KẾ HOẠCH Phòng chống dịch năm 2025") +
      table([
        ["TT", "Nội dung", "Thời hạn"],
        ["1", "Tập huấn", "30/6/2025"],
      ]);
    const file = flatOpc({
      "/_rels/.rels": rels,
      "/word/document.xml": documentXml(body),
      "/word/media/image1.png": Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]),
    });
    return readPlan(file).then((read) =>
      expect(blocksOf(read)).toEqual([
        "KẾ HOẠCH Phòng chống dịch năm 2025",
        ["TT", "Nội dung", "Thời hạn"],
        ["1", "Tập huấn", "30/6/2025"],
      ]),
    );
  });

  it("refuses a part named twice, as a zip's duplicate entry", async () => {
    const part = `<pkg:part pkg:name="/word/document.xml"><pkg:xmlData>${documentXml(paragraph("A"))}</pkg:xmlData></pkg:part>`;
    const file = Buffer.from(
      `<?xml version="1.0"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">${part}${part}</pkg:package>`,
    );
    const read = await readPlan(file);
    expect(read.ok).toBe(false);
  });

  it("reads a large package's every paragraph", async () => {
    const body = Array.from({ length: 3000 }, (_, i) => paragraph(`Đoạn số ${i + 1}`)).join("");
    const read = await readPlan(flatOpc({ "/_rels/.rels": rels, "/word/document.xml": documentXml(body) }));
    const blocks = blocksOf(read);
    expect(blocks).toHaveLength(3000);
    expect(blocks.at(-1)).toBe("Đoạn số 3000");
  });
});

/** A flat OpenDocument text: content.xml's and styles.xml's elements in one office:document. */
function flatOdt(body: string, automatic: string, styles: string): Buffer {
  const inner = (xml: string) =>
    xml.replace(/^.*?<office:document-\w+[^>]*>/s, "").replace(/<\/office:document-\w+>$/, "");
  const content = contentXml({ body, automatic });
  const head = /^.*?<office:document-\w+([^>]*)>/s.exec(content)![1];
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><office:document${head} office:mimetype="application/vnd.oasis.opendocument.text">${inner(stylesXml({ body: "", styles }))}${inner(content)}</office:document>`,
  );
}

describe("LibreOffice's flat OpenDocument text", () => {
  it("is read as the .odt of its parts, its list styles numbering its paragraphs", async () => {
    const list = `<text:list text:style-name="L1"><text:list-item>${p("Tập huấn cán bộ")}</text:list-item><text:list-item>${p("Kiểm tra cơ sở")}</text:list-item></text:list>`;
    const body =
      p("KẾ HOẠCH Kiểm tra năm 2024") +
      list +
      odtTable([
        ["TT", "Thời hạn"],
        ["1", "Quý II/2024"],
      ]);
    const read = await readPlan(flatOdt(body, BOX, listStyle("L1", [{ format: "1", suffix: "." }])));
    expect(blocksOf(read)).toEqual([
      "KẾ HOẠCH Kiểm tra năm 2024",
      "1. Tập huấn cán bộ",
      "2. Kiểm tra cơ sở",
      ["TT", "Thời hạn"],
      ["1", "Quý II/2024"],
    ]);
  });
});
