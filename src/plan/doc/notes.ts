// Footnotes and endnotes of a .doc ([MS-DOC] PlcffndRef/PlcffndTxt, PlcfendRef/PlcfendTxt): each
// note's text, its paragraphs on one line, by the CP of the mark pointing to it in the main text.
// As in a .docx (docx/footnotes.ts), a note is never read as the document's text; it may date the
// line pointing to it (src/plan/footnotes.ts).
import { clean } from "../../domain/text.ts";
import type { Budget } from "../budget.ts";
import type { characterReader } from "./characters.ts";
import type { DocStyles } from "./styles.ts";

export interface NoteTables {
  /** The references' CPs in the main text (a PLC with 2-byte data). */
  refs: Buffer;
  /** The notes' CP ranges in their part of the text (a PLC of CPs only). */
  texts: Buffer;
  /** Where the notes' part starts in the text, and its length. */
  start: number;
  length: number;
}

/** Adds each note's text to `notes` by its reference's CP. */
export function readNotes(
  tables: NoteTables,
  text: string,
  reader: ReturnType<typeof characterReader>,
  styles: DocStyles,
  budget: Budget,
  notes: Map<number, string>,
): void {
  const count = Math.min(Math.floor((tables.refs.length - 4) / 6), Math.floor(tables.texts.length / 4) - 1);
  const cp = (plc: Buffer, i: number) => plc.readInt32LE(i * 4);
  // Each note's text after the one before: overlapping ranges would read the notes' part again and again.
  let read = 0;
  for (let i = 0; i < count; i++) {
    const from = Math.max(read, cp(tables.texts, i));
    const to = Math.min(tables.length, cp(tables.texts, i + 1));
    if (to <= from) continue;
    read = to;
    const parts: string[] = [];
    let start = tables.start + from;
    for (let at = start; at <= tables.start + to; at++) {
      if (at < tables.start + to && text.charCodeAt(at) !== 0x0d && text.charCodeAt(at) !== 0x07) continue;
      parts.push(reader.read(start, at, styles.look(0)).text.replace(/[\t\n]/g, " "));
      start = at + 1;
    }
    const note = clean(parts.join(" "));
    budget.text(note.length, note.length);
    if (note) notes.set(cp(tables.refs, i), note);
  }
}
