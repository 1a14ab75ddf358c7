// Plan files made to hurt, for the tests that refuse them and the bench that times it.
import { constants, crc32, deflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { paragraph, rawDocx, table } from "./ooxml.ts";

export interface ZipEntrySpec {
  name: string;
  /** Deflated bytes. */
  data: Buffer;
  inflated: number;
  crc: number;
}

/** A zip written by hand, so that its directory can say what its bytes are not. */
export function handZip(entries: ZipEntrySpec[]): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.inflated, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.inflated, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, e.data);
    directory.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const central = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, central, end]);
}

export function zipEntry(name: string, content: string): ZipEntrySpec {
  const bytes = Buffer.from(content);
  return { name, data: deflateRawSync(bytes), inflated: bytes.length, crc: crc32(bytes) };
}

export const SMALL_DOCUMENT = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraph(
  "KẾ HOẠCH",
)}</w:body></w:document>`;

/** A Word file whose directory declares its document `by` bytes smaller or larger than it is. */
export const lyingDocx = (by: number) => {
  const honest = zipEntry("word/document.xml", SMALL_DOCUMENT);
  return handZip([{ ...honest, inflated: honest.inflated + by }]);
};

/**
 * A Word file of 2 MB whose document inflates to about 2 GB of spaces: one fully flushed
 * deflate block of 1 MB (it refers to nothing before it, so it can be repeated), 2,000
 * times, then a last empty block. Its directory declares `declared` bytes, or the truth.
 */
export function bombDocx(declared?: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), { finishFlush: constants.Z_FULL_FLUSH });
  const copies = Math.floor((2 * 1024 * 1024) / block.length);
  const data = Buffer.concat([...Array.from({ length: copies }, () => block), Buffer.from([0x03, 0x00])]);
  return handZip([{ name: "word/document.xml", data, inflated: declared ?? copies * 1024 * 1024, crc: 0 }]);
}

export const manyParagraphsDocx = (count: number) =>
  rawDocx({ body: "<w:p><w:r><w:t>Nhiệm vụ</w:t></w:r></w:p>".repeat(count) });

export function nestedTablesDocx(depth: number): Promise<Buffer> {
  let nested = paragraph("Nhiệm vụ");
  for (let d = 0; d < depth; d++) nested = table([[nested + "<w:p/>"]]);
  return rawDocx({ body: nested });
}

/** A workbook of a few hundred bytes whose one merged range covers 60 columns of a million rows. */
export function hugeMergeXlsx(): Promise<Buffer> {
  const book = new JSZip();
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const rels = (type: string, target: string) =>
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${rel}/${type}" Target="${target}"/></Relationships>`;
  book.file("_rels/.rels", rels("officeDocument", "xl/workbook.xml"));
  book.file(
    "xl/workbook.xml",
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}"><sheets><sheet name="Biểu" sheetId="1" r:id="r1"/></sheets></workbook>`,
  );
  book.file("xl/_rels/workbook.xml.rels", rels("worksheet", "worksheets/sheet1.xml"));
  book.file(
    "xl/worksheets/sheet1.xml",
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Tháng 10/2025</t></is></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:BH1048576"/></mergeCells></worksheet>`,
  );
  return book.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
