// Looks at an uploaded file before any parser does: its size, what it really is (not
// what its name says), and, for a zip, how many entries it has and how big they would
// be once inflated, so that a zip bomb is refused without being opened. Nothing is
// inflated here (this runs in the bot's process): the list worker reads the parts.
import { isEncryptedOfficeFile } from "../formats/office-encryption.ts";
import { DEFAULT_LIMITS, type UploadLimits } from "../domain/limits.ts";
import { zipEntries } from "../formats/zip.ts";
import { detectDelimiter } from "../formats/csv.ts";

export type UploadKind = "xlsx" | "csv";
export type GuardError = {
  code:
    | "file-too-large"
    | "compressed-too-much"
    | "file-too-complex"
    | "file-busy"
    | "not-xlsx"
    | "corrupt-file"
    | "encrypted-file"
    | "too-many-rows";
  args?: Record<string, string | number>;
};

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * The part names of a zip from its central directory (nothing inflated), or null when the
 * file is no zip: what an evidence document's kind is told by.
 */
export function zipPartNames(buffer: Buffer): string[] | null {
  if (!buffer.subarray(0, 4).equals(ZIP)) return null;
  try {
    return zipEntries(buffer)?.map((e) => e.name) ?? null;
  } catch {
    // A central directory pointing outside the file: no Office document.
    return null;
  }
}

function inspectZip(buffer: Buffer, limits: UploadLimits): UploadKind | GuardError {
  const entries = zipEntries(buffer);
  if (!entries) return { code: "corrupt-file" };
  if (entries.length > limits.maxEntries) return { code: "corrupt-file" };
  const names = new Set(entries.map((e) => e.name));
  if (names.has("xl/vbaProject.bin")) return { code: "not-xlsx", args: { kind: "xlsm" } };
  if (!names.has("xl/workbook.xml"))
    return { code: "not-xlsx", args: { kind: names.has("word/document.xml") ? "docx" : "zip" } };
  const inflated = entries.reduce((sum, e) => sum + e.inflated, 0);
  const bomb = entries.some((e) => e.inflated > 1024 * 1024 && e.inflated / Math.max(e.compressed, 1) > 150);
  // Small on the wire, huge once inflated: not "too large" (the user could not tell why).
  if (inflated > limits.maxInflatedBytes || bomb)
    return { code: "compressed-too-much", args: { inflated: Math.round(inflated / 1024 / 1024) } };
  return "xlsx";
}

function isText(buffer: Buffer): boolean {
  if (buffer.subarray(0, 8192).includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(buffer);
    return true;
  } catch {
    return false;
  }
}

const MAGIC: [Buffer, string][] = [
  [Buffer.from("%PDF"), "pdf"],
  [Buffer.from([0x89, 0x50, 0x4e, 0x47]), "image"],
  [Buffer.from([0xff, 0xd8, 0xff]), "image"],
];

/** What a file that is neither .xlsx nor CSV is, so the answer can say it. */
function otherKind(buffer: Buffer): string {
  if (buffer.length === 0) return "empty";
  const magic = MAGIC.find(([bytes]) => buffer.subarray(0, bytes.length).equals(bytes));
  if (magic) return magic[1];
  return isText(buffer) ? "text" : "other";
}

export function inspectUpload(buffer: Buffer, limits: UploadLimits = DEFAULT_LIMITS): UploadKind | GuardError {
  if (buffer.length > limits.maxBytes)
    return { code: "file-too-large", args: { max: Math.round(limits.maxBytes / 1024 / 1024) } };
  if (buffer.subarray(0, 8).equals(OLE)) {
    // Password-protected .xlsx files are compound files holding the ciphered package.
    return isEncryptedOfficeFile(buffer) ? { code: "encrypted-file" } : { code: "not-xlsx", args: { kind: "xls" } };
  }
  if (buffer.subarray(0, 4).equals(ZIP)) return inspectZip(buffer, limits);
  if (buffer.length > 0 && isText(buffer) && detectDelimiter(buffer.subarray(0, 8192).toString("utf8"))) return "csv";
  return { code: "not-xlsx", args: { kind: otherKind(buffer) } };
}
