// The annotated copy patches the XML the user sent (issue 12): walked by the linear tag
// scanner, a sheet of 50,000 cells and rows never closed costs what its bytes cost,
// where regular expressions over "<row …>…</row>" backtracked for a minute.
import { describe, expect, it } from "vitest";
import { readEntry, zipEntries } from "../../src/formats/zip.ts";
import { DEFAULT_LIMITS } from "../../src/domain/limits.ts";
import { annotateXlsx } from "../../src/sheets/xlsx-annotate.ts";
import { openXlsx } from "../../src/sheets/xlsx-read.ts";
import { unclosedTags } from "../support/hostile-lists.ts";

const STYLES =
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>';

describe("annotating a hostile sheet", () => {
  it("patches a sheet whose 50,000 rows and cells are never closed, the header row flagged", () => {
    const opened = openXlsx(unclosedTags(50_000), DEFAULT_LIMITS);
    if (opened.type !== "sheet") throw new Error(opened.type);
    for (const row of opened.rows) void row;
    // The hand-made file has no styles part; the annotation needs the one every Excel file has.
    opened.book.files["xl/styles.xml"] = Buffer.from(STYLES);
    const copy = annotateXlsx(opened.book, {
      headerRow: 1,
      errorColumnTitle: "Lỗi cần sửa",
      notes: [{ row: 2, message: "Thiếu số điện thoại", cells: [{ column: 5, severity: "error" }] }],
      findingsSheet: {
        name: "Danh sách lỗi",
        rows: [
          ["Dòng", "Lỗi"],
          [2, "Thiếu số điện thoại"],
        ],
      },
    });
    expect(copy).not.toBeNull();
    const part = (name: string) => {
      const read = readEntry(
        copy!,
        zipEntries(copy!)!.find((e) => e.name === name)!,
      );
      return read.ok ? String(read.data) : "";
    };
    // The header row gets the error column; the rows never closed are copied as they came.
    expect(part("xl/worksheets/sheet1.xml")).toContain("Lỗi cần sửa</t></is></c></row>");
    expect(part("xl/worksheets/sheet1.xml")).toContain('<row r="50001"><c r="B50001" t="inlineStr"><is><t>An');
    expect(part("xl/workbook.xml")).toContain('<sheet name="Danh sách lỗi" sheetId="2"');
  });
});
