// The text an RTF file writes as bytes (plain, or "\'e1"), in the code page its font's character set says
// (\fcharset, \cpg) or the document's (\ansicpg; \mac, \pc, \pca): Windows-1258 for Vietnamese, 1252 for Western
// fonts, and the others iconv-lite decodes (text-decode.ts's library). A symbol font's byte N is U+F0NN, as Word
// gives a w:sym character, so its bullets read as the .docx's do (docx/numbering.ts's typedBullet).
import iconv from "iconv-lite";

/** A code page number, or "symbol" for a symbol font (\fcharset2). */
export type CodePage = number | "symbol";

/** Windows' character sets (\fcharsetN) and their code pages. */
const CHARSETS: Record<number, CodePage> = {
  0: 1252,
  2: "symbol",
  77: 10000,
  128: 932,
  129: 949,
  134: 936,
  136: 950,
  161: 1253,
  162: 1254,
  163: 1258,
  177: 1255,
  178: 1256,
  186: 1257,
  204: 1251,
  222: 874,
  238: 1250,
  255: 437,
};

/** The code page of a font's character set; null for the default set (1), which is the document's. */
export function charsetCodePage(charset: number): CodePage | null {
  return CHARSETS[charset] ?? null;
}

const NAMES: Record<number, string> = { 932: "shiftjis", 936: "gbk", 949: "cp949", 950: "big5", 10000: "macintosh" };

/** iconv-lite's name for a code page; Windows-1252 for one it does not know. */
function encodingOf(page: number): string {
  const name = NAMES[page] ?? (page >= 1250 && page <= 1258 ? `windows${page}` : `cp${page}`);
  return iconv.encodingExists(name) ? name : "windows1252";
}

/** Bytes in a code page as text. */
export function decodeBytes(bytes: readonly number[], page: CodePage): string {
  if (page === "symbol") return String.fromCharCode(...bytes.map((b) => 0xf000 + b));
  if (bytes.every((b) => b < 0x80)) return String.fromCharCode(...bytes);
  return iconv.decode(Buffer.from(bytes), encodingOf(page));
}
