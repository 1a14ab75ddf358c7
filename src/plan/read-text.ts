// Plain-text plans, as the seeds are: Markdown-ish paragraphs and tab-separated rows,
// bounded as Word and Excel plans are. A footnote ("[^2]: …", or "[2] …" for a mark "…[2]"
// stuck to a word above) is no paragraph: its text goes with the paragraph or cell that points to it.
import { PLAN_LIMITS, type PlanLimits } from "../domain/limits.ts";
import { clean, stripMarkup } from "../domain/text.ts";
import { Budget, readSafely } from "./budget.ts";
import type { Block, ReadResult } from "./document.ts";

const MARK = /\[\^(\d{1,3})\]|(?<=\S)\[(\d{1,3})\](?!\()/g;
const NOTE = /^\s*\[(\^?)(\d{1,3})\](:?)\s+(\S.*)$/;

/** The marks a piece of text carries, by their numbers. */
const marksIn = (text: string): string[] => [...text.matchAll(MARK)].map((m) => m[1] ?? m[2]!);

/** Footnotes by their numbers: "[^N]: …" lines, and "[N] …" lines whose mark "[N]" is stuck to a word. */
function footnotes(lines: readonly string[]): Map<string, string> {
  const marked = new Set(lines.flatMap((line) => (NOTE.test(line) ? [] : marksIn(line))));
  const notes = new Map<string, string>();
  for (const line of lines) {
    const m = NOTE.exec(line);
    if (m && (m[1] === "^" ? m[3] === ":" : marked.has(m[2]!))) notes.set(m[2]!, clean(stripMarkup(m[4]!)));
  }
  return notes;
}

export function readTextPlan(text: string, limits: PlanLimits = PLAN_LIMITS): ReadResult {
  return readSafely("not-a-plan", () => {
    const budget = new Budget(limits);
    const blocks: Block[] = [];
    const add = (block: Block) => {
      budget.block();
      blocks.push(block);
    };
    const lines = text.replace(/\r\n?/g, "\n").split("\n");
    const notes = footnotes(lines);
    const notesOf = (part: string): string[] => marksIn(part).flatMap((id) => notes.get(id) ?? []);
    for (const line of lines) {
      budget.text(line.length, line.length);
      const note = NOTE.exec(line);
      if (note && notes.has(note[2]!)) continue;
      if (line.includes("\t")) {
        const parts = line.split("\t");
        const cells = parts.map((cell) => clean(stripMarkup(cell)));
        budget.columns(cells.length);
        const cellNotes = parts.map(notesOf);
        if (cells.some((c) => c))
          add(cellNotes.some((n) => n.length) ? { type: "row", cells, notes: cellNotes } : { type: "row", cells });
      } else {
        const text = clean(stripMarkup(line));
        const lineNotes = notesOf(line);
        if (text) add(lineNotes.length ? { type: "text", text, notes: lineNotes } : { type: "text", text });
      }
    }
    return { blocks };
  });
}
