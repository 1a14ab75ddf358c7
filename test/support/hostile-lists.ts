// Sample lists made to hurt, written part by part (no spreadsheet program writes them),
// for the tests that refuse or bound them and for the bench that measures them.
import { crc32, deflateRawSync } from "node:zlib";
import { escapeXml } from "./ooxml.ts";
import { handZip, zipEntry, type ZipEntrySpec } from "./hostile-plans.ts";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export const LIST_HEADER = ["STT", "Họ và Tên", "Chức vụ", "Giới tính", "Số điện thoại"];

/** A cell of an inline string, or of a shared string by index. */
export const inline = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;
export const sharedCell = (ref: string, index: number) => `<c r="${ref}" t="s"><v>${index}</v></c>`;

/** The header row (row 1) of the lists below, as sheet XML. */
export const headerRow = () =>
  `<row r="1">${LIST_HEADER.map((h, i) => inline(`${String.fromCharCode(65 + i)}1`, h)).join("")}</row>`;

/** Row `n` of an honest list, with the name given (as a shared string index or a text). */
export function personRow(n: number, name: string | number): string {
  const nameCell = typeof name === "number" ? sharedCell(`B${n}`, name) : inline(`B${n}`, name);
  const phone = `09${String(10_000_000 + n)}`;
  return `<row r="${n}"><c r="A${n}"><v>${n - 1}</v></c>${nameCell}${inline(`C${n}`, "Chuyên viên")}${inline(`D${n}`, "Nam")}${inline(`E${n}`, phone)}</row>`;
}

/** An .xlsx of one sheet from its sheet XML (the whole <worksheet> body) and shared strings. */
export function rawXlsx(
  sheetBody: string,
  shared: string[] = [],
  patch: (entry: ZipEntrySpec) => ZipEntrySpec = (e) => e,
): Buffer {
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}">${sheetBody}</worksheet>`;
  const strings = `<sst xmlns="${MAIN}" count="${shared.length}">${shared.map((s) => `<si><t>${escapeXml(s)}</t></si>`).join("")}</sst>`;
  return handZip([
    zipEntry(
      "[Content_Types].xml",
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>`,
    ),
    zipEntry(
      "xl/workbook.xml",
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    zipEntry(
      "xl/_rels/workbook.xml.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    patch(bigEntry("xl/worksheets/sheet1.xml", Buffer.from(sheet))),
    zipEntry("xl/sharedStrings.xml", strings),
  ]);
}

function bigEntry(name: string, bytes: Buffer): ZipEntrySpec {
  return { name, data: deflateRawSync(bytes, { level: 1 }), inflated: bytes.length, crc: crc32(bytes) };
}

/** 98 KB or so: every name the same 32,000-character shared string. */
export function repeatedSharedString(rows: number): Buffer {
  const body = Array.from({ length: rows }, (_, i) => personRow(i + 2, 0)).join("");
  return rawXlsx(`<sheetData>${headerRow()}${body}</sheetData>`, ["Nguyễn Văn An ".repeat(2_300).slice(0, 32_000)]);
}

/** One name of `length` characters that compress no better than prose does (no zip-bomb ratio). */
export function hugeValue(length: number): Buffer {
  const letters = "abcdefghiklmnopqrstuvxy ";
  const chars = Buffer.alloc(length);
  let seed = 12_345;
  for (let i = 0; i < length; i++) {
    seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
    chars[i] = letters.charCodeAt(seed % letters.length);
  }
  return rawXlsx(
    `<sheetData>${headerRow()}${personRow(2, chars.toString("latin1"))}${personRow(3, "Trần Thị Bình")}</sheetData>`,
  );
}

/** An honest small list whose directory says its sheet is a few hundred bytes while it inflates to `size` bytes. */
export function lyingDirectory(size: number): Buffer {
  const padding = " ".repeat(size);
  return rawXlsx(`<sheetData>${headerRow()}${personRow(2, "Trần Thị Bình")}</sheetData>${padding}`, [], (e) => ({
    ...e,
    inflated: 700,
  }));
}

/** `count` merged ranges each over the whole sheet (A1:XFD1048576), in a file of a few kilobytes. */
export function wholeSheetMerges(count: number): Buffer {
  const merges = `<mergeCells count="${count}">${'<mergeCell ref="A1:XFD1048576"/>'.repeat(count)}</mergeCells>`;
  return rawXlsx(`<sheetData>${headerRow()}${personRow(2, "Trần Thị Bình")}</sheetData>${merges}`);
}

/** Cells and rows opened and never closed, after an honest header. */
export function unclosedTags(count: number): Buffer {
  const open = Array.from(
    { length: count },
    (_, i) => `<row r="${i + 2}"><c r="B${i + 2}" t="inlineStr"><is><t>An`,
  ).join("");
  return rawXlsx(`<sheetData>${headerRow()}${open}`);
}
