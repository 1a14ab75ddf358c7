// A text copy of a two-row header (tabs between cells) writes a title merged across columns once
// ("Phân công thực hiện" over "Chủ trì" | "Phối hợp", "Thời gian" over "Quý I" … "Quý IV"), so its
// upper row is shorter than the lower and every label after the title stands one column too far left.
// A reader sees the title over the run of labels under it and the next labels over the next columns.

/** The upper row laid over the lower one: each title that starts a run of lower labels spans the run. */
function spread(upper: string[], lower: string[]): string[] {
  const aligned: string[] = [];
  let missing = lower.length - upper.length;
  for (const title of upper) {
    const at = aligned.length;
    aligned.push(title);
    if (!title || !lower[at]) continue;
    // A label that repeats the run's first starts the next title's run (Tuần 1 … Tuần 4 under each month).
    for (let next = at + 1; missing > 0 && lower[next] && lower[next] !== lower[at]; next++, missing--) {
      aligned.push("");
    }
  }
  return aligned;
}

/** The header's rows, its last two lined up when a text copy wrote the upper one shorter. */
export function alignGroupTitles(headers: string[][]): string[][] {
  const [upper, lower] = [headers.at(-2), headers.at(-1)];
  if (!upper || !lower || upper.length >= lower.length) return headers;
  return [...headers.slice(0, -2), spread(upper, lower), lower];
}

/**
 * A group title merged across its sub-columns ("Thời gian" over "Bắt đầu" | "Hoàn thành") is written in its first
 * column only: a column with a label below and nothing above, in a run of labelled columns starting under the title,
 * is under that title too. A title over no label ("STT" merged down) spans nothing.
 */
export function groupTitleOver(row: string[], lower: string[], column: number): string {
  if (row[column]) return row[column]!;
  for (let j = column - 1; j >= 0 && lower[j]; j--) if (row[j]) return row[j]!;
  return "";
}
