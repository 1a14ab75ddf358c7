// A scanned plan's text is read by OCR, and an OCR reads some digits as the letters they look like: "l5/10/2025"
// for 15/10/2025, "3O/11/2025", "tháng 1O/2025", "10/0l/2026". A typist copying such text keeps them. Within a
// number written with slashes (a date, a month and its year), a part that holds a digit and one of those letters is
// a number: l and I read as 1, O and o as 0. A part with no digit stays ("Quý II/2025"), and so does a word.

// A date-like run: parts of digits and look-alike letters joined by slashes, standing alone.
const SLASHED = /(?<![\p{L}\d])[\dlIOo]{1,4}(?:\/[\dlIOo]{1,4}){1,2}(?![\p{L}\d])/gu;
const LOOK_ALIKE = /[lIOo]/;
const AS_DIGIT: Record<string, string> = { l: "1", I: "1", O: "0", o: "0" };

/** `text` with the digits an OCR misread as letters put back inside numbers written with slashes. */
export function withOcrDigits(text: string): string {
  if (!LOOK_ALIKE.test(text)) return text;
  return text.replace(SLASHED, (run) => {
    const parts = run.split("/");
    if (!parts.every((p) => /\d/.test(p)) || !parts.some((p) => LOOK_ALIKE.test(p))) return run;
    return parts.map((p) => p.replace(/[lIOo]/g, (c) => AS_DIGIT[c]!)).join("/");
  });
}
