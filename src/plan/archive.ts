// Plans sent inside an archive: document-management systems let a clerk download a document with its appendices as
// one .zip ("Tải về tất cả"), and offices mail files compressed with WinRAR or 7-Zip. A zip holding exactly one file
// in a format plans are read from is read as that file (one level: an archive inside it is not opened); any other
// archive gets an answer naming what to send, never "not a plan" nor "this Word file cannot be read" (a zip holding
// a .docx stored uncompressed shows the .docx's own part names).
import type { PlanLimits } from "../domain/limits.ts";
import { readEntry, zipEntries, type ZipEntry } from "../formats/zip.ts";
import type { ReadError } from "./document.ts";

/** The names of the formats readPlan reads (read-plan.ts), by extension. */
const PLAN_FILE = /\.(docx|docm|dotx|doc|odt|ott|rtf|pdf|xlsx|xlsm|xls|ods|txt|htm|html|mht|mhtml)$/i;
/**
 * A package's own entries, or its parts' folders: a zip holding one is an Office or OpenDocument file (whole or
 * broken, for its own reader to answer), not an archive of files.
 */
const PACKAGE_ENTRY =
  /^(?:\[Content_Types\]\.xml|mimetype|META-INF\/manifest\.xml|content\.xml|(?:_rels|word|xl|ppt)\/)/;
/** Entries an archiver adds beside the files (macOS's resource forks, folders, hidden files). */
const noise = (name: string) => name.endsWith("/") || name.startsWith("__MACOSX/") || /(^|\/)\./.test(name);
/** Archives of other kinds, by their first bytes: RAR (4 and 5), 7-Zip, gzip. */
const OTHER_ARCHIVES = [
  Buffer.from("Rar!\x1a\x07", "latin1"),
  Buffer.from("7z\xbc\xaf\x27\x1c", "latin1"),
  Buffer.from([0x1f, 0x8b]),
];

/** A zip's entries when it is an archive of files, not an Office or OpenDocument package; null otherwise. */
function archiveEntries(buffer: Buffer): ZipEntry[] | null {
  const entries = zipEntries(buffer);
  if (!entries || entries.some((e) => PACKAGE_ENTRY.test(e.name))) return null;
  return entries.filter((e) => !noise(e.name));
}

/**
 * The one plan file an archive holds, or what to tell the user; null when the file is no archive. `opened`: the file
 * came out of an archive, and an archive in it is not opened.
 */
export function archivedFile(
  buffer: Buffer,
  limits: PlanLimits,
  opened: boolean,
): { ok: true; file: Buffer } | { ok: false; error: ReadError } | null {
  const other = OTHER_ARCHIVES.some((magic) => buffer.subarray(0, magic.length).equals(magic));
  const entries = other ? null : archiveEntries(buffer);
  if (!other && !entries) return null;
  const plans = opened ? [] : (entries ?? []).filter((e) => PLAN_FILE.test(e.name));
  if (plans.length === 0) return { ok: false, error: { code: "archive-file" } };
  const name = (e: ZipEntry) => e.name.split("/").at(-1)!;
  if (plans.length > 1) {
    const files = plans.slice(0, 5).map(name).join(", ") + (plans.length > 5 ? ", …" : "");
    return { ok: false, error: { code: "archive-several-files", args: { files } } };
  }
  const entry = plans[0]!;
  if (entry.inflated > limits.maxBytes)
    return { ok: false, error: { code: "plan-too-large", detail: "file in archive" } };
  const read = readEntry(buffer, entry);
  return read.ok ? { ok: true, file: read.data } : { ok: false, error: { code: "archive-file", detail: read.problem } };
}
