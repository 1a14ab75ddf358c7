// The XML files offices' older systems save (Excel 2003 XML Spreadsheets, Word 2003 XML documents, the HTML a task
// system exports as "Excel"), made to hurt: a merge or span of a billion cells, a cell placed a billion columns away,
// elements nested without end, entities a DTD would expand. Each is refused with a code, or read to what it holds,
// without spreading what it declares.
import { describe, expect, it } from "vitest";
import { readPlan } from "../../src/plan/read-plan.ts";

const SHEET = (rows: string) =>
  '<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?>' +
  '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">' +
  `<Worksheet ss:Name="KH"><Table>${rows}</Table></Worksheet></Workbook>`;
const cell = (text: string, attributes = "") => `<Cell${attributes}><Data ss:Type="String">${text}</Data></Cell>`;

const WORD = (body: string, head = "") =>
  '<?xml version="1.0"?>' +
  head +
  '<?mso-application progid="Word.Document"?>' +
  `<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body>${body}</w:body></w:wordDocument>`;

const EXCEL_PAGE = (rows: string) =>
  '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
  `<head><meta name=ProgId content=Excel.Sheet></head><body><table>${rows}</table></body></html>`;

// The rows read, a sheet's tab name over them (unit-tabs.ts) left aside.
const outcome = async (text: string) => {
  const read = await readPlan(Buffer.from(text));
  const rows = read.ok ? read.document.blocks.filter((b) => b.type !== "text" || !b.tab) : [];
  return read.ok ? `${rows.length} blocks` : read.error.code;
};

describe("hostile XML office files", () => {
  it("refuses merges and cells placed past the columns and rows a plan has, without spreading them", async () => {
    expect(await outcome(SHEET(`<Row>${cell("STT")}${cell("Thời hạn", ' ss:MergeDown="100000000"')}</Row>`))).toBe(
      "plan-too-complex",
    );
    expect(await outcome(SHEET(`<Row>${cell("STT", ' ss:MergeAcross="100000000"')}</Row>`))).toBe("plan-too-complex");
    expect(await outcome(SHEET(`<Row>${cell("STT", ' ss:Index="999999999"')}</Row>`))).toBe("plan-too-complex");
    expect(await outcome(EXCEL_PAGE("<tr><td colspan=1000000000>STT</td></tr>"))).toBe("plan-too-complex");
    expect(
      await outcome(WORD('<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="1000000000"/></w:tcPr></w:tc></w:tr></w:tbl>')),
    ).toBe("plan-too-complex");
  });

  it("refuses a sheet describing more columns than a sheet may have, and holds a hidden rest of the sheet to them", async () => {
    const described = '<Column ss:Index="3" ss:Hidden="1" ss:Span="5"/>'.repeat(100_000);
    expect(await outcome(SHEET(`${described}<Row>${cell("STT")}</Row>`))).toBe("plan-too-complex");
    const rest = '<Column ss:Index="8" ss:Hidden="1" ss:Span="16376"/>';
    expect(await outcome(SHEET(`${rest}<Row>${cell("STT")}${cell("Nhiệm vụ")}</Row>`))).toBe("1 blocks");
  });

  it("reads a span of a billion rows as the rows the file holds", async () => {
    expect(await outcome(EXCEL_PAGE("<tr><td rowspan=1000000000>Sở Nội vụ</td><td>Rà soát</td></tr>".repeat(3)))).toBe(
      "3 blocks",
    );
    expect(await outcome(SHEET(`<Row ss:Index="999999999">${cell("Rà soát")}</Row>`))).toBe("1 blocks");
  });

  it("refuses elements nested without end and a DTD's entities", async () => {
    expect(await outcome(SHEET(`<Row><Cell><Data ss:Type="String">${"<B>".repeat(50_000)}</Data></Cell></Row>`))).toBe(
      "plan-too-complex",
    );
    expect(await outcome(WORD("<w:tbl><w:tr><w:tc>".repeat(20_000)))).toBe("plan-too-complex");
    expect(await outcome(EXCEL_PAGE(`<tr><td>${"<table><tr><td>".repeat(50_000)}</td></tr>`))).toBe("plan-too-complex");
    const entities = '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    expect(await outcome(WORD("<w:p><w:r><w:t>&b;</w:t></w:r></w:p>", entities))).toBe("unreadable-doc");
  });
});
