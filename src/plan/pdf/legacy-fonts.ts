// Vietnamese typed in a legacy 8-bit font (VNI-Times, .VnTime) and printed in that font: the PDF's text layer holds
// the font's codes as the Latin-1 letters of the same codes ("Sôû Noäi vuï", "Së Tµi chÝnh"), as a Word file's runs
// do. Each run is decoded by the name of the font it is drawn in (formats/vietnamese-fonts.ts), as the Word, .doc
// and RTF readers decode theirs. Letters in a font the PDF does not name as legacy are left to the test every
// reader's text passes (formats/legacy-letters.ts), which asks more of them: they are also French, German… text.
import { decodeByFont, legacyFont, type LegacyFont } from "../../formats/vietnamese-fonts.ts";
import type { TextRun } from "./geometry.ts";

/** The tag of a subset embedded in the file ("EAAAAA+"). */
const SUBSET_TAG = /^[A-Z]{6}\+/u;
/** The face a PostScript or Word name adds to the family ("VNI-Times-Bold", ".VnTime,BoldItalic", "VnTimeHBold"). */
const FACE = /(?:[-,]?(?:Bold|Italic|Oblique|Regular|MT))+$/u;

/**
 * The family a PDF's font name shows, as a Word file names it: without the subset's tag and the face, and with the dot
 * a TCVN3 family's PostScript name drops ("VnTimeH" is ".VnTimeH"), so that its "H", the capitals face, shows.
 */
export function pdfFontFamily(name: string): string {
  const family = name.replace(SUBSET_TAG, "").replace(FACE, "");
  return /^Vn[A-Z]/u.test(family) ? `.${family}` : family;
}

/**
 * A run's codes as the font has them: pdf.js gives the code µ (U+00B5, TCVN3's "à") as the Greek μ it normalises it to.
 */
const codesOf = (text: string): string => text.replace(/\u03bc/gu, "\u00b5");

/** The runs, those drawn in a legacy Vietnamese font (`fontName`: a run's font id to the font's own name) decoded. */
export function decodeLegacyFonts(runs: TextRun[], fontName: (id: string) => string | undefined): TextRun[] {
  const legacy = new Map<string, LegacyFont | null>();
  const legacyOf = (id: string) => {
    if (!legacy.has(id)) {
      const name = fontName(id);
      legacy.set(id, name === undefined ? null : legacyFont(pdfFontFamily(name)));
    }
    return legacy.get(id)!;
  };
  return runs.map((run) => {
    const font = legacyOf(run.font);
    return font ? { ...run, text: decodeByFont(codesOf(run.text), font) } : run;
  });
}
