// Vietnamese written before Unicode, in the two 8-bit encodings offices still keep files in:
//   - TCVN3 (TCVN 5712:1993, the "ABC" table, fonts ".VnTime", ".VnArial"…): one code per letter, its VN3
//     part holds the lower-case letters and seven plain capitals; an upper-case toned vowel has no code, so
//     headings use the matching "H" font (".VnTimeH") that draws every lower-case code as its capital;
//   - VNI (fonts "VNI-Times", "VNI-Helve"…): a base letter followed by a code for its marks ("Vieät").
// Word keeps such a run's codes as the Windows-1252 characters of the same codes ("KÕ ho¹ch", "ư" is U+00AD, which
// looks like a soft hyphen), so both are decoded here from those characters, by the run's font, never guessed.
import iconv from "iconv-lite";

/** Code → letter of VN3: the standard's TCVN 5712 table where it gives a lower-case letter, and its capitals Ă-Đ. */
const VN3 = (() => {
  const table = new Map<string, string>();
  const codes = Buffer.from(Array.from({ length: 0xfe - 0xa1 + 1 }, (_, i) => 0xa1 + i));
  [...iconv.decode(codes, "tcvn")].forEach((letter, i) => {
    const code = 0xa1 + i;
    if (code <= 0xa7 || letter !== letter.toUpperCase()) table.set(String.fromCharCode(code), letter);
  });
  return table;
})();

/** TCVN3 codes (as Windows-1252 characters) to Unicode; an "H" font's run is read as the capitals it shows. */
export function decodeTcvn3(text: string, capitals = false): string {
  const decoded = text.replace(/[\u00a1-\u00fe]/g, (c) => VN3.get(c) ?? c);
  return capitals ? decoded.toUpperCase() : decoded;
}

// VNI's mark codes, lower and upper case alike (the upper-case one follows a capital): circumflex or breve
// with a tone in one code, the five tones, the circumflex, the breve.
const VNI_MARKS: Record<string, string> = {
  "\u00e1": "\u0302\u0301", // á: ấ
  "\u00e0": "\u0302\u0300", // à: ầ
  "\u00e5": "\u0302\u0309", // å: ẩ
  "\u00e3": "\u0302\u0303", // ã: ẫ
  "\u00e4": "\u0302\u0323", // ä: ậ
  "\u00e9": "\u0306\u0301", // é: ắ
  "\u00e8": "\u0306\u0300", // è: ằ
  "\u00fa": "\u0306\u0309", // ú: ẳ
  "\u00fc": "\u0306\u0303", // ü: ẵ
  "\u00eb": "\u0306\u0323", // ë: ặ
  "\u00f9": "\u0301", // ù: acute
  "\u00f8": "\u0300", // ø: grave
  "\u00fb": "\u0309", // û: hook above
  "\u00f5": "\u0303", // õ: tilde
  "\u00ef": "\u0323", // ï: dot below
  "\u00e2": "\u0302", // â: circumflex
  "\u00ea": "\u0306", // ê: breve
};
// VNI's codes that are letters by themselves: i and y with tones, ơ, ư, đ.
const VNI_LETTERS: Record<string, string> = {
  "\u00ed": "í",
  "\u00ec": "ì",
  "\u00e6": "ỉ",
  "\u00f3": "ĩ",
  "\u00f2": "ị",
  "\u00ee": "ỵ",
  "\u00f4": "ơ",
  "\u00f6": "ư",
  "\u00f1": "đ",
};
const VNI = new Map<string, string>();
for (const [code, value] of [...Object.entries(VNI_MARKS), ...Object.entries(VNI_LETTERS)]) {
  VNI.set(code, value);
  VNI.set(code.toUpperCase(), value.toUpperCase());
}

/** VNI codes (as Windows-1252 characters) to Unicode, composed (NFC). */
export function decodeVni(text: string): string {
  return text.replace(/[\u00c0-\u00fe]/g, (c) => VNI.get(c) ?? c).normalize("NFC");
}

export type LegacyFont = "tcvn3" | "tcvn3-capitals" | "vni";

/**
 * The legacy encoding a font's name says: the TCVN3 families are named ".Vn…" (".VnTime", ".VnArial Narrow"),
 * their capitals-only faces end in "H" (".VnTimeH"); VNI's are named "VNI-…" ("VNI-Times").
 */
export function legacyFont(name: string | undefined): LegacyFont | null {
  const font = name?.trim() ?? "";
  if (/^\.Vn/i.test(font)) return /H$/.test(font) ? "tcvn3-capitals" : "tcvn3";
  if (/^VNI[- ]/i.test(font)) return "vni";
  return null;
}

/** A run's text as its legacy font shows it. */
export function decodeByFont(text: string, font: LegacyFont): string {
  if (font === "vni") return decodeVni(text);
  return decodeTcvn3(text, font === "tcvn3-capitals");
}
