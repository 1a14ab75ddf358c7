// A table copied as text from a web page or a mail often writes its cells joined by " | " instead of tabs:
//   TT | Nội dung nhiệm vụ | Cơ quan chủ trì | … | Ghi chú
//   1 | Phủ sóng … | Sở TT&TT | Viễn thông … | Quý III/2024 |       (an empty last cell ends in "| ")
// Such lines are rows as tab-separated ones are: their bars become tabs, so every reader of rows reads them. One
// line alone with a bar ("Ngày đăng: … | Lượt xem: …", a page's footer) is a sentence, not a table: only a
// paragraph (lines between blank lines) holding two lines or more with bars is one.

/** A bar between cells: spaced before it, then a space or the line's end (an empty last cell). */
const BAR = / \|(?= |$)/;

const hasBars = (line: string) => !line.includes("\t") && BAR.test(line.trimEnd() + " ");

/** The line with its bars as tabs, each cell's spaces trimmed. */
const asTabs = (line: string) =>
  line
    .split(BAR)
    .map((cell) => cell.trim())
    .join("\t");

/** The lines of a text plan with the rows of tables copied with " | " between cells written with tabs. */
export function barsAsTabs(lines: readonly string[]): string[] {
  const out = [...lines];
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i]!.trim()) continue;
    const rows = lines.slice(start, i).filter(hasBars).length;
    if (rows >= 2) for (let j = start; j < i; j++) if (hasBars(lines[j]!)) out[j] = asTabs(lines[j]!);
    start = i + 1;
  }
  return out;
}
