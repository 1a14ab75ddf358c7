// Vietnamese typed in a legacy 8-bit font (VNI-Times, .VnTime) and shown without it: a PDF printed where the font was
// missing (an e-office server converting the Word file to PDF), a text copied from such a page, a web page naming
// no font. The letters are then the font's codes as Latin-1 ("Sôû Noäi vuï chuû trì"), which a Vietnamese reader
// still reads as the font would. A line is read in a legacy font only when most of its words are impossible
// Vietnamese and that font's reading makes nearly all of them well formed: Unicode text, a foreign name, a symbol are
// never touched.
import { decodeTcvn3, decodeVni } from "./vietnamese-fonts.ts";
import { illFormed, wordsBeyondAscii } from "./vietnamese-words.ts";

/** The legacy fonts' codes as Latin-1: a line without any is left as it is at once. */
const LEGACY_CODE = /[\u00a1-\u00fe]/;
/** A line is in a legacy font when this share of its words (and two at least) is impossible Vietnamese… */
const BROKEN_SHARE = 0.3;
/** …and the font's reading leaves no more than this share impossible. */
const MENDED_SHARE = 0.1;

export function repairLegacyLetters(line: string): string {
  if (!LEGACY_CODE.test(line)) return line;
  const words = wordsBeyondAscii(line).length;
  const broken = illFormed(line, true);
  if (broken < 2 || broken < words * BROKEN_SHARE) return line;
  const readings = [decodeVni(line), decodeTcvn3(line).normalize("NFC")].map((text) => ({
    text,
    ill: illFormed(text),
  }));
  const best = readings.reduce((a, b) => (b.ill < a.ill ? b : a));
  return best.ill <= Math.floor(words * MENDED_SHARE) ? best.text : line;
}
