// The passages of a table cell written in bold, as a reader of a formatted file (Word, Writer, PDF) meets the cell's
// text run by run: a note may say the bold unit of a cell leads (marked-lead.ts). Only a cell partly in bold has
// such passages: a cell bold whole (a header's, a group's title) marks nothing apart from the rest.

/** Collects a cell's bold passages, run by run. */
export class Emphasis {
  private readonly passages: string[] = [];
  private open = false;
  private plain = false;

  /** A run's text, bold or not; spaces go on with a passage open, and a line's or paragraph's end closes it. */
  add(text: string, bold: boolean): void {
    if (!/\S/u.test(text)) {
      if (this.open) this.passages[this.passages.length - 1] += text;
      if (text.includes("\n")) this.open = false;
      return;
    }
    if (!bold) {
      this.plain = true;
      this.open = false;
    } else if (this.open) this.passages[this.passages.length - 1] += text;
    else {
      this.passages.push(text);
      this.open = true;
    }
  }

  /** A paragraph ends: the next bold run starts a passage of its own. */
  cut(): void {
    this.open = false;
  }

  /** The cell's bold passages, trimmed; none when the cell is bold whole or has no bold. */
  read(): string[] {
    if (!this.plain) return [];
    return this.passages.map((p) => p.replace(/\s+/gu, " ").trim()).filter(Boolean);
  }
}

/** A row's `emphasis` field from its cells' passages: none at all when no cell has any. */
export const emphasisOf = (passages: string[]): { emphasis?: string[] } =>
  passages.length ? { emphasis: passages } : {};
