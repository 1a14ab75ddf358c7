// A task table may group its rows under a heading in capitals, with no number, merged across the
// table ("ĐOÀN KIỂM TRA SỐ 2 (kiểm tra …)", "KHỐI CÁC XÃ, PHƯỜNG"): a row in Word and PDF, a line of
// its own in a table copied as text. It is no task, and the rows under it go on numbering as before.

// Letters in capitals up to an optional note in brackets, two words at least; the second may be a number, as a
// work programme's month blocks are headed ("THÁNG 01", "QUÝ 2").
const CAPITALS = /^[^\p{Ll}\p{Lu}(]*\p{Lu}[^\p{Ll}(\s]*\s[^\p{Ll}(\p{Lu}\d]*[\p{Lu}\d][^\p{Ll}(]*(?:\(.*\))?$/u;

/** Whether `text` is a group heading: words in capitals, no number or lettered part ("B. …") opening it. */
export const isGroupHeading = (text: string): boolean =>
  CAPITALS.test(text.trim()) && !/^(?:[\dIVXLC]+[.)]?|\p{Lu}[.)])\s/u.test(text.trim());

/** Whether a table row is a group heading: its one filled cell says so. */
export function isGroupRow(cells: string[]): boolean {
  const filled = cells.filter((c) => c.trim());
  return filled.length === 1 && isGroupHeading(filled[0]!);
}
