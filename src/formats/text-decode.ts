// A text file's bytes as text. Offices' plans come as UTF-8, as Notepad's "Unicode" (UTF-16 with its byte-order
// mark), and from older machines in a Vietnamese 8-bit encoding: Windows-1258 (Windows' own, tones often typed as
// combining marks) or TCVN3 (the ABC table of .VnTime documents saved as text). The byte-order mark says the first
// two; valid UTF-8 is UTF-8 (legacy Vietnamese text almost never is); otherwise both legacy readings are made and
// the one whose words are better-formed Vietnamese wins. The result is composed (NFC).
import iconv from "iconv-lite";
import { decodeTcvn3 } from "./vietnamese-fonts.ts";
import { illFormed } from "./vietnamese-words.ts";

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], "utf8"],
  [[0xff, 0xfe], "utf16le"],
  [[0xfe, 0xff], "utf16be"],
];

// Control codes a text may hold: tab, line ends, form feed (a page break), DOS end of file, printers' escape.
const TYPED_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1a, 0x1b]);
// Enough of a file to judge it by: a plan's first pages.
const SAMPLE_CHARS = 200_000;

/** An 8-bit Vietnamese file read both ways: Windows-1258 unless TCVN3 gives fewer impossible words. */
function legacyVietnamese(buffer: Buffer): string {
  const windows = iconv.decode(buffer, "windows1258");
  const tcvn3 = decodeTcvn3(iconv.decode(buffer, "windows1252"));
  const sample = (text: string) => illFormed(text.slice(0, SAMPLE_CHARS));
  return sample(tcvn3) < sample(windows) ? tcvn3 : windows;
}

/** The text a file holds, or null when its bytes are no text (a NUL outside UTF-16, control codes in 8-bit). */
export function decodeText(buffer: Buffer): string | null {
  const bom = BOMS.find(([mark]) => buffer.subarray(0, mark.length).equals(Buffer.from(mark)));
  if (bom) return iconv.decode(buffer.subarray(bom[0].length), bom[1]).normalize("NFC");
  if (buffer.includes(0)) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buffer).normalize("NFC");
  } catch {
    // Control codes a typed text never holds: bytes of some other format, not an old code page's text.
    if (buffer.some((byte) => byte < 0x20 && !TYPED_CONTROLS.has(byte))) return null;
    return legacyVietnamese(buffer).normalize("NFC");
  }
}

/**
 * A file's first bytes as text, to tell what it is by its markup: UTF-16 by its byte-order mark, else byte for byte
 * (the markup of XML and HTML is ASCII), a UTF-8 byte-order mark dropped.
 */
export function openingText(buffer: Buffer, bytes = 4096): string {
  const head = buffer.subarray(0, bytes);
  if (head[0] === 0xff && head[1] === 0xfe) return head.subarray(2).toString("utf16le");
  if (head[0] === 0xfe && head[1] === 0xff) return Buffer.from(head.subarray(2)).swap16().toString("utf16le");
  return head.toString("latin1").replace(/^\xef\xbb\xbf/, "");
}
