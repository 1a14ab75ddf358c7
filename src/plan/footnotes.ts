// A footnote is never a task, but an office often dates an item in one: a time cell reading
// "Theo thời hạn của Bộ X¹" with "¹ … hoàn thành trước ngày D" under the page's rule, or a sentence
// of prose ending in a mark. An item with no deadline of its own takes the one its footnote
// states with deadline wording ("trước ngày D", "chậm nhất ngày D", "hoàn thành trong tháng M"). A
// footnote citing a document ("Nghị định số … ngày D") or saying when something took effect
// dates nothing; an item that has its deadline keeps it unless the note moves it. Every reader gives the notes of each
// paragraph and cell (Block.notes), so this is done once, for all of them.
import { isRecurring, parseDeadline } from "../domain/deadline.ts";
import { findDeadlineWording } from "../domain/deadline-wording.ts";
import type { IsoDate } from "../domain/dates.ts";
import { fold } from "../domain/text.ts";
import { rewriteWords, type Block } from "./document.ts";

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

// "Điều chỉnh thành Quý III/2024", "gia hạn đến ngày 31/10/2024", "Rút ngắn: hoàn thành trước ngày 25/8/2024": a
// note saying the deadline was moved, after which it states the one now in force.
const MOVES = /\b(dieu chinh|gia han|rut ngan|keo dai|lui lai|lui den|thay doi)\b/;

/**
 * The deadline a note moves the item's to, in its words after the verb that moves it, or null: up to the first year
 * when that much says it ("Quý III/2024 (Văn bản số … ngày 22/7/2024)": the document cited after it dates nothing).
 */
function movedDeadline(note: string, issued: IsoDate | null): string | null {
  const at = MOVES.exec(fold(note))?.index;
  const wording = at === undefined ? null : noteDeadline(note.slice(at), issued);
  const short = wording && /^.*?\d{4}/.exec(wording)?.[0];
  return short && parseDeadline(short).ok ? short : wording;
}

/**
 * An item with a deadline of its own whose note moves it ("Tháng 6/2024¹", "¹ Điều chỉnh thành trước ngày
 * 30/9/2024 …") is due when the note says: the item's wording is put in place of its own.
 */
function moved(text: string, notes: readonly string[], own: string, issued: IsoDate | null): string {
  for (const note of notes) {
    const wording = movedDeadline(note, issued);
    if (wording && text.includes(own)) return text.replace(own, wording);
  }
  return text;
}

function dated(text: string, notes: readonly string[] | undefined, issued: IsoDate | null): string {
  if (!notes?.length) return text;
  const own = findDeadlineWording(text, issued);
  if (own) return moved(text, notes, own, issued);
  // A recurring time ("hằng quý, trước ngày 15 …") has no one day: its note tells the periods, not a deadline.
  if (isRecurring(text)) return text;
  for (const note of notes) {
    const wording = noteDeadline(note, issued);
    if (!wording) continue;
    // As a closing clause of the item's own text: "…, theo lộ trình của Bộ Y tế; trước ngày D."
    const body = text.replace(/[\s.;,:]+$/, "");
    // A cell holding nothing but the mark (src/plan/table-notes.ts) says what its note says.
    if (!body) return wording;
    return `${body}; ${wording}${/[.]$/.test(text) ? "." : ""}`;
  }
  return text;
}

/** The blocks with each footnote's deadline given to the undated paragraph or cell pointing to it. */
export function withFootnoteDeadlines(blocks: readonly Block[], issued: IsoDate | null): Block[] {
  return blocks.map((block) => {
    if (!block.notes) return block;
    if (block.type === "text") {
      const notes = block.notes;
      return rewriteWords(block, (text) => dated(text, notes, issued));
    }
    const notes = block.notes;
    return rewriteWords(
      block,
      (text) => text,
      (cell, i) => dated(cell, notes[i], issued),
    );
  });
}
