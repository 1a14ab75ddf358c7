// A task may close its sentence by saying when it is done, in words rather than a date: "…; thời gian
// thực hiện: thường xuyên", "…, thời hạn: hằng năm". Such a task has a time of its own, so it takes no
// deadline from the heading above it, as a table row whose time cell says "Thường xuyên" takes none.

const CLOSING_TIME_LABEL =
  /[,;.]\s*(?:thời gian|thời hạn|tiến độ)(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*([^,;.:]+?)[\s.;]*$/iu;

/** The time a sentence closes with after a label ("thường xuyên"), and where that label starts; null if none. */
export function closingTimeLabel(text: string): { at: number; value: string } | null {
  const m = CLOSING_TIME_LABEL.exec(text);
  return m ? { at: m.index, value: m[1]!.trim() } : null;
}
