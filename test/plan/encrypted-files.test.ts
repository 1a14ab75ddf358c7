// A plan saved with a password cannot be read by anyone without it: the admin is told so and how to take the
// password off, never that the file is broken or, for a Word 2007 file whose ciphered package sits in a compound
// file, that it is an old PowerPoint.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { readPlan } from "../../src/plan/read-plan.ts";
import { compoundFile, wordFile } from "./doc/word-file.ts";
import * as biff from "./xls/biff.ts";

const codeOf = async (file: Buffer) => {
  const result = await readPlan(file);
  return result.ok ? "read" : result.error.code;
};

/** What Word or Excel writes for a .docx or .xlsx saved with a password (MS-OFFCRYPTO): the package ciphered. */
const cipheredPackage = () =>
  compoundFile({ EncryptionInfo: Buffer.alloc(200, 4), EncryptedPackage: Buffer.alloc(3000, 0x5a) });

/** An .odt or .ods saved with a password: the manifest gives each part's encryption data, the parts are ciphered. */
async function cipheredOpenDocument(kind: "text" | "spreadsheet"): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("mimetype", `application/vnd.oasis.opendocument.${kind}`, { compression: "STORE" });
  zip.file(
    "META-INF/manifest.xml",
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">' +
      '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">' +
      '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA">' +
      '<manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="AAAA"/>' +
      "</manifest:encryption-data></manifest:file-entry></manifest:manifest>",
  );
  zip.file("content.xml", Buffer.alloc(500, 0x5a));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

describe("a plan saved with a password", () => {
  it("is answered as such, whatever the program that saved it", async () => {
    expect(await codeOf(cipheredPackage())).toBe("encrypted-file");
    expect(await codeOf(wordFile({ text: "KẾ HOẠCH\r", encrypted: true }))).toBe("encrypted-file");
    expect(await codeOf(compoundFile({ Workbook: biff.workbook([biff.record(0x002f, Buffer.alloc(6))], []) }))).toBe(
      "encrypted-file",
    );
    expect(await codeOf(await cipheredOpenDocument("text"))).toBe("encrypted-file");
    expect(await codeOf(await cipheredOpenDocument("spreadsheet"))).toBe("encrypted-file");
  });

  it("leaves files without a password as they were read", async () => {
    expect(await codeOf(wordFile({ text: "KẾ HOẠCH\r1. Sở Nội vụ rà soát trước ngày 30/6/2026.\r" }))).toBe("read");
    // A compound file of neither kind, with no EncryptionInfo: an old Office file, as before.
    expect(await codeOf(compoundFile({ PowerPoint_Document: Buffer.alloc(100) }))).toBe("legacy-office-file");
  });
});
