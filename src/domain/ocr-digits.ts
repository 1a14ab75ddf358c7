// A scanned plan's text is read by OCR, and an OCR reads some digits as the letters they look like: "l5/10/2025"
// for 15/10/2025, "3O/11/2025", "tháng 1O/2025", "10/0l/2026". A typist copying such text keeps them. Within a
// number written with slashes (a date, a month and its year), a part that holds a digit and one of those letters is
// a number: l and I read as 1, O and o as 0. So is a part of look-alikes only ("tháng lO/2025", "từ ngày lO/8") when
// another part is all digits and it holds an l or an O: I's alone are a Roman numeral ("Quý II/2025") and stay, as
// do runs with no digit at all ("lo/lO") and words.

// A date-like run: parts of digits and look-alike letters joined by slashes, standing alone.
const SLASHED = /(?<![\p{L}\d])[\dlIOo]{1,4}(?:\/[\dlIOo]{1,4}){1,2}(?![\p{L}\d])/gu;
const LOOK_ALIKE = /[lIOo]/;
const AS_DIGIT: Record<string, string> = { l: "1", I: "1", O: "0", o: "0" };

// Where a label says a number follows, a run of digits and look-alikes holding a digit is that number: the day,
// month and year of "ngày O5 tháng 4 năm 2O23". A word after the label ("năm học", "tháng lo") holds no digit.
const LABELLED = /(?<![\p{L}\d])([Nn]gày|[Tt]háng|[Nn]ăm)(\s+)([\dlIOo]{1,4})(?![\p{L}\d/])/gu;
// A plan's own number after "Số:" ("Số: 2O5/KH-UBND"): the part before the slash is a number.
const NUMBERED = /(?<![\p{L}\d])(Số\s*(?::\s*)?)([\dlIOo]{1,5})(?=\s*\/)/gu;

const asDigits = (run: string): string => run.replace(/[lIOo]/g, (c) => AS_DIGIT[c]!);

/** `text` with the digits an OCR misread as letters put back inside numbers written with slashes or labelled. */
export function withOcrDigits(text: string): string {
  if (!LOOK_ALIKE.test(text)) return text;
  return slashed(text).replace(LABELLED, (m, label: string, gap: string, run: string) =>
    /\d/.test(run) ? label + gap + asDigits(run) : m,
  );
}

/** A plan header line with the digits of its own number put back too ("Số: 2O5/KH-UBND"). */
export function withOcrHeadDigits(line: string): string {
  if (!LOOK_ALIKE.test(line)) return line;
  return withOcrDigits(line).replace(NUMBERED, (m, label: string, run: string) =>
    /\d/.test(run) ? label + asDigits(run) : m,
  );
}

function slashed(text: string): string {
  return text.replace(SLASHED, (run) => {
    const parts = run.split("/");
    if (!parts.some((p) => LOOK_ALIKE.test(p))) return run;
    const digitless = parts.filter((p) => !/\d/.test(p));
    if (digitless.length && (!parts.some((p) => /^\d+$/.test(p)) || !digitless.every((p) => /[lOo]/.test(p))))
      return run;
    return parts.map(asDigits).join("/");
  });
}
