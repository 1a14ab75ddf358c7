// Ditto marks: a table saves writing the same unit or time again by a mark that says "as above" — "Nt", "nt",
// "-nt-", "Như trên", or a ditto sign (〃, ", //). A reader takes such a cell to say what the same column of the row
// above says, and a mark under a mark says it too (a chain goes back to the last written cell). A group title row
// ("II. …") between tasks is no row a mark points to: the mark copies the last task row's cell.
// A copied "Thường xuyên" is the row's time as much as a written one: the row is recurring.
// A mark may point further up, by the row's number: "Như mục 2", "Như STT 2", "Như nội dung số 2 nêu trên" says what
// the same column of the task row numbered 2 says (the latest so numbered above it, in the same table).
import { fold } from "../domain/text.ts";

const WORDS = new Set(["nt", "nhu tren"]);
const SIGN = /^[\s\-–—(]*(?:〃|["“”]{1,2}|''|\/\/)[\s\-–—).]*$/u;
// Folded, keeping the dots of a number: "nhu muc 2", "nhu tai muc ii.3", "nhu stt 5 neu tren".
const POINTER =
  /^nhu (?:tai )?(?:muc|stt|tt|dong|diem|noi dung|nhiem vu)(?: so)? ((?:[0-9]+|[ivx]+)(?:\.[0-9]+)*)\.?(?: (?:neu |o )?tren)?$/;

/** Whether a cell says only "as above". */
export const isDitto = (cell: string): boolean => WORDS.has(fold(cell)) || SIGN.test(cell);

/** The number a cell saying "as the row numbered n" points at ("Như mục 2" → "2"); null for any other cell. */
export const pointedRow = (cell: string): string | null =>
  cell.length > 40 ? null : (POINTER.exec(fold(cell, "."))?.[1] ?? null);

/** A row's number as a pointer names it: "2.", "(2)", "II" → "2", "2", "ii". */
const rowKey = (cell: string): string => fold(cell, ".").replace(/\.+$/, "");

/** The last cell written in each column of a table's body, to read its ditto marks by. */
export class DittoColumns {
  private above: string[] = [];
  private numbered = new Map<string, string[]>();

  /** A new table: its marks copy nothing of the table before it. */
  reset(): void {
    this.above = [];
    this.numbered.clear();
  }

  /**
   * The row with each ditto mark replaced by what its column last said (a mark with nothing above it stays as
   * written), and each pointer by what its column says in the row it names; `keep` is a column never copied (the
   * row's number).
   */
  fill(cells: string[], keep?: number): string[] {
    return cells.map((cell, i) => {
      if (i === keep) return cell;
      if (isDitto(cell)) return this.above[i] ?? cell;
      const pointed = pointedRow(cell);
      return (pointed !== null ? this.numbered.get(pointed)?.[i] : undefined) ?? cell;
    });
  }

  /** A task row, filled: the row the marks below point to, and the one its number names. */
  remember(cells: string[], keep?: number): void {
    this.above = cells.map((cell, i) => (isDitto(cell) ? (this.above[i] ?? "") : cell));
    const key = keep === undefined ? "" : rowKey(cells[keep] ?? "");
    if (key) this.numbered.set(key, this.above);
  }
}
