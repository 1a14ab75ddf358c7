// A footnote is never a task, but an office often dates an item in one: a time cell reading
// "Theo thời hạn của Bộ X¹" with "¹ … hoàn thành trước ngày D" under the page's rule, or a sentence
// of prose ending in a mark. An item with no deadline of its own takes the one its footnote
// states with deadline wording ("trước ngày D", "chậm nhất ngày D", "hoàn thành trong tháng M"). A
// footnote citing a document ("Nghị định số … ngày D") or saying when something took effect
// dates nothing; an item that has its deadline keeps it. Every reader gives the notes of each
// paragraph and cell (Block.notes), so this is done once, for all of them.
import { findDeadlineWording, isRecurring, parseDeadline } from "../domain/deadline.ts";
import type { IsoDate } from "../domain/dates.ts";
import type { Block } from "./document.ts";

/** The deadline a footnote states, in its own words up to its date, or null. */
export function noteDeadline(note: string, issued: IsoDate | null): string | null {
  const wording = findDeadlineWording(note, issued);
  // A bare "ngày D" in a note dates a document or an event it cites, never the item.
  if (!wording || /^ng[aà]y\b/i.test(wording)) return null;
  const parsed = parseDeadline(wording);
  if (!parsed.ok) return null;
  const short = /^.*?\d{1,2}\/\d{1,2}\/\d{4}|^.*?\d{4}/.exec(wording)?.[0];
  const shortParsed = short ? parseDeadline(short) : null;
  return short && shortParsed?.ok && shortParsed.deadline.due === parsed.deadline.due ? short : wording;
}

function dated(text: string, notes: readonly string[] | undefined, issued: IsoDate | null): string {
  // A recurring time ("hằng quý, trước ngày 15 …") has no one day: its note tells the periods, not a deadline.
  if (!notes?.length || findDeadlineWording(text, issued) || isRecurring(text)) return text;
  for (const note of notes) {
    const wording = noteDeadline(note, issued);
    if (!wording) continue;
    // As a closing clause of the item's own text: "…, theo lộ trình của Bộ Y tế; trước ngày D."
    const body = text.replace(/[\s.;,:]+$/, "");
    return `${body}; ${wording}${/[.]$/.test(text) ? "." : ""}`;
  }
  return text;
}

/** The blocks with each footnote's deadline given to the undated paragraph or cell pointing to it. */
export function withFootnoteDeadlines(blocks: readonly Block[], issued: IsoDate | null): Block[] {
  return blocks.map((block) => {
    if (!block.notes) return block;
    if (block.type === "text") return { type: "text", text: dated(block.text, block.notes, issued) };
    const notes = block.notes;
    return { type: "row", cells: block.cells.map((cell, i) => dated(cell, notes[i], issued)) };
  });
}
