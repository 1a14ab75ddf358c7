// Before pdf.js sees a file: how large its streams are once inflated. pdf.js inflates a
// page's content while it reads the operators and cannot be stopped mid-page, so a few
// kilobytes of deflated operators (a deflate bomb) would hold it for minutes and
// gigabytes. zlib with an output bound measures every deflated stream first.
import { constants, inflateSync } from "node:zlib";
import type { PdfLimits } from "../../domain/limits.ts";

const STREAM = Buffer.from("stream");
const IMAGE = /\/Subtype\s*\/Image\b/;
const FONT = /\/Length[123]\b|\/Subtype\s*\/(Type1C|CIDFontType0C|OpenType)\b/;
const DEFLATED = /\/Filter\s*(?:\[\s*)?\/(FlateDecode|Fl)\b/;

interface RawStream {
  dictionary: string;
  data: Buffer;
}

/** The stream keyword after a dictionary (not "endstream"), then the data up to "endstream". */
function* rawStreams(pdf: Buffer): Generator<RawStream> {
  for (let at = pdf.indexOf(STREAM); at >= 0; at = pdf.indexOf(STREAM, at + STREAM.length)) {
    const close = pdf.lastIndexOf(">>", at);
    if (
      close < 0 ||
      pdf
        .subarray(close + 2, at)
        .toString("latin1")
        .trim() !== ""
    )
      continue;
    let start = at + STREAM.length;
    if (pdf[start] === 0x0d) start++;
    if (pdf[start] === 0x0a) start++;
    const end = pdf.indexOf("endstream", start);
    if (end < 0) return;
    const open = pdf.lastIndexOf("obj", close);
    yield { dictionary: pdf.subarray(Math.max(open, 0), close + 2).toString("latin1"), data: pdf.subarray(start, end) };
    at = end;
  }
}

/** Bytes a deflated stream inflates to, up to `bound` + 1; null when it cannot be inflated (encrypted, broken). */
function inflatedSize(data: Buffer, bound: number): number | null {
  try {
    return inflateSync(data, { maxOutputLength: bound + 1, finishFlush: constants.Z_SYNC_FLUSH }).length;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" ? bound + 1 : null;
  }
}

/**
 * Whether every deflated stream but images (pdf.js is told never to decode those) stays
 * within the limits: fonts within the total, any other stream (page contents, forms,
 * object streams) within the one-stream bound.
 */
export function streamsWithinLimits(pdf: Buffer, limits: PdfLimits): boolean {
  let total = 0;
  for (const { dictionary, data } of rawStreams(pdf)) {
    if (IMAGE.test(dictionary) || !DEFLATED.test(dictionary)) continue;
    const bound = FONT.test(dictionary) ? limits.pdfMaxInflatedBytes : limits.pdfMaxStreamBytes;
    const size = inflatedSize(data, Math.min(bound, limits.pdfMaxInflatedBytes - total));
    if (size === null) continue;
    total += size;
    if (size > bound || total > limits.pdfMaxInflatedBytes) return false;
  }
  return true;
}
