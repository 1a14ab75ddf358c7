// Evidence documents for report tasks: which kind a file is, told from its bytes and never
// from its name; the name it is stored under; and the task a message names. Nothing here
// parses the document: the first bytes, and for an Office zip the names of its parts.
import type { EvidenceKind, EvidenceLimits } from "./limits.ts";
import { fail, ok, type Result } from "./result.ts";
import { refKey } from "./refs.ts";

const starts = (bytes: Buffer, signature: number[] | string) =>
  bytes.subarray(0, signature.length).equals(Buffer.from(signature as never));

/** An Office Open XML package says what it is by its main part. */
function zipKind(names: readonly string[]): EvidenceKind | null {
  if (names.includes("word/document.xml")) return "docx";
  if (names.includes("xl/workbook.xml")) return "xlsx";
  return null;
}

/** The kind of a document from its bytes (`zipNames`: its zip parts, or null if not a zip). */
export function evidenceKind(bytes: Buffer, zipNames: readonly string[] | null): EvidenceKind | null {
  if (starts(bytes, "%PDF-")) return "pdf";
  if (starts(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "doc-or-xls";
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (starts(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (starts(bytes, "PK\x03\x04") && zipNames) return zipKind(zipNames);
  return null;
}

const EXTENSIONS: Record<EvidenceKind, readonly string[]> = {
  pdf: [".pdf"],
  docx: [".docx"],
  xlsx: [".xlsx"],
  "doc-or-xls": [".doc", ".xls"],
  png: [".png"],
  jpeg: [".jpg", ".jpeg"],
};

/**
 * The name a document is stored and handed back under: no folders, no control or
 * reserved characters, within `maxChars`, and an extension that matches what the bytes are.
 */
export function safeFileName(name: string, kind: EvidenceKind, maxChars: number): string {
  const base = name
    .normalize("NFC")
    .replace(/^.*[/\\]/, "")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, "")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+|[\s.]+$/g, "");
  const dot = base.lastIndexOf(".");
  const ext = dot > 0 ? base.slice(dot).toLowerCase() : "";
  const allowed = EXTENSIONS[kind];
  const keep = allowed.includes(ext);
  const stem = (keep ? base.slice(0, dot) : base) || "tai-lieu";
  const suffix = keep ? ext : allowed[0]!;
  return `${stem.slice(0, maxChars - suffix.length).trimEnd()}${suffix}`;
}

export interface CheckedEvidence {
  name: string;
  kind: EvidenceKind;
}

/** Whether a document may be kept as evidence, and under which name. */
export function checkEvidence(
  file: { name: string; content: Buffer },
  zipNames: readonly string[] | null,
  limits: EvidenceLimits,
): Result<CheckedEvidence> {
  const size = file.content.length;
  if (size > limits.maxBytes) return fail("evidence-too-large", { max: limits.maxBytes / 1024 / 1024 });
  if (size === 0) return fail("evidence-empty");
  const kind = evidenceKind(file.content, zipNames);
  if (!kind || !limits.kinds.includes(kind)) return fail("evidence-kind");
  return ok({ kind, name: safeFileName(file.name, kind, limits.maxNameChars) });
}

/** The refs among `refs` that a message names as words ("✓ Đã xong II.2.2" names II.2.2, not II.2). */
export function refsNamedIn(text: string, refs: readonly string[]): string[] {
  const words = new Set(
    text
      .split(/[\s()[\]:;,"'«»“”]+/)
      .map(refKey)
      .filter(Boolean),
  );
  return refs.filter((ref) => words.has(refKey(ref)));
}
