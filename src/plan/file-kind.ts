// Files that may well hold a plan but in a form dondoc does not read, told apart by their
// first bytes: the answer then says what was sent and what to send instead ("not a plan"
// is for files that are no plan at all).
export type UnreadFormat = "legacy-office-file" | "opendocument-file" | "image-file";

const starts = (buffer: Buffer, bytes: number[] | string, at = 0) =>
  buffer.subarray(at, at + bytes.length).equals(Buffer.from(bytes as never));

const SIGNATURES: [UnreadFormat, (buffer: Buffer) => boolean][] = [
  // .ppt and other OLE2 compound files of Office before 2007; a .doc or an .xls among them is read (read-plan.ts).
  ["legacy-office-file", (b) => starts(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
  // .odp, .odg…: a zip whose first entry, "mimetype", names an OpenDocument type other than text or spreadsheet.
  ["opendocument-file", (b) => !["text", "text-template", "spreadsheet", null].includes(openDocumentKind(b))],
  [
    "image-file",
    (b) =>
      starts(b, [0x89, 0x50, 0x4e, 0x47]) ||
      starts(b, [0xff, 0xd8, 0xff]) ||
      starts(b, "GIF8") ||
      starts(b, "II*\0") ||
      starts(b, "MM\0*") ||
      (starts(b, "RIFF") && starts(b, "WEBP", 8)) ||
      (starts(b, "ftyp", 4) && /^(heic|heix|mif1|avif)$/.test(b.subarray(8, 12).toString("latin1"))),
  ],
];

export function unreadFormat(buffer: Buffer): UnreadFormat | null {
  return SIGNATURES.find(([, test]) => test(buffer))?.[0] ?? null;
}

/** A PDF: its header within the first kilobyte, as readers allow. */
export function isPdf(buffer: Buffer): boolean {
  const at = buffer.indexOf("%PDF-");
  return at >= 0 && at < 1024;
}

/**
 * The OpenDocument type a zip's first entry ("mimetype", stored as is) names: "text" (.odt), "text-template" (.ott),
 * "spreadsheet" (.ods)…; null for any other file.
 */
export function openDocumentKind(buffer: Buffer): string | null {
  if (!starts(buffer, "PK\x03\x04")) return null;
  const head = buffer.subarray(30, 160).toString("latin1");
  return /application\/vnd\.oasis\.opendocument\.([a-z-]+)/.exec(head)?.[1] ?? null;
}
