// Plan files made to hurt: each is refused with a code a user reads, before it has cost
// more than the limits allow (how quickly: `npm run bench`).
import { constants, crc32, deflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { PLAN_LIMITS } from "../../src/domain/limits.ts";
import { readPlan } from "../../src/plan/read-plan.ts";
import { readXlsxPlan } from "../../src/plan/read-xlsx.ts";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import { t } from "../support/intake.ts";
import { paragraph, rawDocx, table } from "../support/ooxml.ts";

interface Entry {
  name: string;
  /** Deflated bytes. */
  data: Buffer;
  inflated: number;
  crc: number;
}

/** A zip written by hand, so that its directory can say what its bytes are not. */
function zip(entries: Entry[]): Buffer {
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

const entry = (name: string, content: string): Entry => {
  const bytes = Buffer.from(content);
  return { name, data: deflateRawSync(bytes), inflated: bytes.length, crc: crc32(bytes) };
};

const DOCUMENT = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraph(
  "KẾ HOẠCH",
)}</w:body></w:document>`;

/**
 * 2 MB of deflate that inflates to about 2 GB of spaces: one fully flushed block of 1 MB
 * (it refers to nothing before it, so it can be repeated), 2,000 times, then a last empty block.
 */
function bombData(): { data: Buffer; inflated: number } {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), { finishFlush: constants.Z_FULL_FLUSH });
  const copies = Math.floor((2 * 1024 * 1024) / block.length);
  return {
    data: Buffer.concat([...Array.from({ length: copies }, () => block), Buffer.from([0x03, 0x00])]),
    inflated: copies * 1024 * 1024,
  };
}

async function refusal(buffer: Buffer, limits = PLAN_LIMITS): Promise<{ code: string; message: string }> {
  const read = await readPlan(buffer, limits);
  if (read.ok) throw new Error("the file was read");
  return { code: read.error.code, message: t(`error-${read.error.code}`) };
}

describe("hostile Word plans", () => {
  it("refuses a zip whose directory lies about a part's size, before inflating past it", async () => {
    const honest = entry("word/document.xml", DOCUMENT);
    for (const inflated of [honest.inflated - 10, honest.inflated + 10]) {
      const lying = zip([{ ...honest, inflated }]);
      expect(await refusal(lying)).toMatchObject({ code: "unreadable-docx", message: expect.stringContaining("Word") });
    }
    const corrupted = { ...honest, crc: (honest.crc ^ 1) >>> 0 };
    expect((await refusal(zip([corrupted]))).code).toBe("unreadable-docx");
  });

  it("refuses a 2 MB bomb, whether its directory declares 2 GB or a few bytes", async () => {
    const { data, inflated } = bombData();
    expect(data.length).toBeLessThan(2.1 * 1024 * 1024);
    const declared = zip([{ name: "word/document.xml", data, inflated, crc: 0 }]);
    expect(await refusal(declared)).toMatchObject({
      code: "plan-too-large",
      message: expect.stringContaining("quá lớn"),
    });
    const hidden = zip([{ name: "word/document.xml", data, inflated: 4096, crc: 0 }]);
    expect((await refusal(hidden)).code).toBe("unreadable-docx");
  });

  it("refuses a document of 400,000 paragraphs", async () => {
    const body = "<w:p><w:r><w:t>Nhiệm vụ</w:t></w:r></w:p>".repeat(400_000);
    const buffer = await rawDocx({ body });
    expect(buffer.length).toBeLessThan(PLAN_LIMITS.maxBytes);
    expect(await refusal(buffer)).toMatchObject({
      code: "plan-too-complex",
      message: expect.stringContaining("quá nhiều"),
    });
  });

  it("refuses tables nested deeper than a plan nests them, and cells spanning thousands of columns", async () => {
    let nested = paragraph("Nhiệm vụ");
    for (let depth = 0; depth < 40; depth++) nested = table([[nested + "<w:p/>"]]);
    expect((await refusal(await rawDocx({ body: nested }))).code).toBe("plan-too-complex");
    const wide = table([[{ content: "Nhiệm vụ", span: 100_000_000 }]], { columns: 1 });
    expect((await refusal(await rawDocx({ body: wide }))).code).toBe("plan-too-complex");
  });

  it("refuses elements nested without end, and entities a DTD would expand", async () => {
    const deep = `${"<w:sdt><w:sdtContent>".repeat(5_000)}${paragraph("x")}${"</w:sdtContent></w:sdt>".repeat(5_000)}`;
    expect((await refusal(await rawDocx({ body: deep }))).code).toBe("plan-too-complex");
    const laughs = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`;
    expect((await refusal(zip([entry("word/document.xml", laughs)]))).code).toBe("unreadable-docx");
  });

  it("refuses a file over the size limit before opening it", async () => {
    const buffer = await rawDocx({ body: paragraph("KẾ HOẠCH") });
    expect((await refusal(buffer, { ...PLAN_LIMITS, maxBytes: buffer.length - 1 })).code).toBe("plan-too-large");
  });
});

describe("hostile Excel and text plans", () => {
  it("refuses one huge merge in a 4 KB workbook, without spreading it", async () => {
    const book = new JSZip();
    const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    book.file(
      "_rels/.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    );
    book.file(
      "xl/workbook.xml",
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}"><sheets><sheet name="Biểu" sheetId="1" r:id="r1"/></sheets></workbook>`,
    );
    book.file(
      "xl/_rels/workbook.xml.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    );
    book.file(
      "xl/worksheets/sheet1.xml",
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Tháng 10/2025</t></is></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:BH1048576"/></mergeCells></worksheet>`,
    );
    const buffer = await book.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    expect(buffer.length).toBeLessThan(4096);
    expect(readXlsxPlan(buffer)).toMatchObject({ ok: false, error: { code: "plan-too-complex" } });
  });

  it("refuses a text plan of more lines than a plan has, and says so in the user's words", async () => {
    const text = Buffer.from("Nhiệm vụ trước ngày 30/11/2025\n".repeat(PLAN_LIMITS.maxBlocks + 1));
    const parsed = await parsePlanBuffer(text, { directories: shippedDirectories, calendar: shippedCalendar });
    expect(parsed).toMatchObject({ ok: false, error: { code: "plan-too-complex" } });
  });
});
