// A target's figure as a plan's table writes it: a share ("60%", "12,5%") or a count ("1.200 sổ", and "1,200" where
// a workbook shows its number on an English-language Windows). Groups of three digits after a dot or a comma are
// thousands in either habit; any other dot or comma marks the decimals.

export interface Figure {
  value: number;
  /** A share of a whole ("%"), never compared with a count. */
  percent: boolean;
}

/** A figure opening with 1-3 digits then groups of three after one kind of separator: "1.200", "150,000". */
const THOUSANDS = /^[1-9]\d{0,2}(?:([.,])\d{3})(?:\1\d{3})*$/;
/** The first figure of a text, the share sign right after it: "Tối thiểu 50% hồ sơ" → "50", "%". */
const FIRST = /(?<![\d.,])(\d+(?:[.,]\d+)*)\s*(%)?/;

/** The number `digits` writes, its separators read as above. */
function numberOf(digits: string): number {
  if (THOUSANDS.test(digits)) return Number(digits.replace(/[.,]/g, ""));
  return Number(digits.replace(",", "."));
}

/** The first figure a text writes ("Tối thiểu 50% hồ sơ" → 50%), else null. */
export function firstFigure(text: string): Figure | null {
  const m = FIRST.exec(text);
  if (!m) return null;
  const value = numberOf(m[1]!);
  return Number.isFinite(value) ? { value, percent: !!m[2] } : null;
}

/** A cell that is a figure and nothing else ("60%", "1,200"), else null: "-", words, a day. */
export function cellFigure(cell: string): Figure | null {
  const text = cell.trim();
  return /^\d+(?:[.,]\d+)*\s*%?$/.test(text) ? firstFigure(text) : null;
}
