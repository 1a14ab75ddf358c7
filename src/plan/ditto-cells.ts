// Ditto marks: a table saves writing the same unit or time again by a mark that says "as above" — "Nt", "nt",
// "-nt-", "Như trên", or a ditto sign (〃, ", //). A reader takes such a cell to say what the same column of the row
// above says, and a mark under a mark says it too (a chain goes back to the last written cell). A group title row
// ("II. …") between tasks is no row a mark points to: the mark copies the last task row's cell.
// A copied "Thường xuyên" is the row's time as much as a written one: the row is recurring.
import { fold } from "../domain/text.ts";

const WORDS = new Set(["nt", "nhu tren"]);
const SIGN = /^[\s\-–—(]*(?:〃|["“”]{1,2}|''|\/\/)[\s\-–—).]*$/u;

/** Whether a cell says only "as above". */
export const isDitto = (cell: string): boolean => WORDS.has(fold(cell)) || SIGN.test(cell);

/** The last cell written in each column of a table's body, to read its ditto marks by. */
export class DittoColumns {
  private above: string[] = [];

  /** A new table: its marks copy nothing of the table before it. */
  reset(): void {
    this.above = [];
  }

  /**
   * The row with each ditto mark replaced by what its column last said (a mark with nothing above it stays as
   * written); `keep` is a column never copied (the row's number).
   */
  fill(cells: string[], keep?: number): string[] {
    return cells.map((cell, i) => (i !== keep && isDitto(cell) ? (this.above[i] ?? cell) : cell));
  }

  /** A task row, filled: the row the marks below point to. */
  remember(cells: string[]): void {
    this.above = cells.map((cell, i) => (isDitto(cell) ? (this.above[i] ?? "") : cell));
  }
}
