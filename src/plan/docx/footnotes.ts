// word/footnotes.xml and endnotes.xml: each note's text by its key ("w:footnote:2", "w:endnote:1"),
// its paragraphs on one line.
// A note is never read as the document's text; it may date the paragraph or cell pointing to
// it (src/plan/footnotes.ts). Its own reference mark and tracked deletions are left out.
import { streamXml } from "../../formats/xml-stream.ts";
import { clean } from "../../domain/text.ts";
import type { Budget } from "../budget.ts";

const SKIPPED = new Set(["w:del", "w:moveFrom", "w:instrText", "w:delText", "w:footnoteRef", "w:endnoteRef"]);

export function readNotes(
  data: Buffer | null,
  budget: Budget,
  maxDepth: number,
  notes = new Map<string, string>(),
): Map<string, string> {
  if (!data) return notes;
  let id: string | null = null;
  let text = "";
  let skipping = 0;
  let inText = false;
  streamXml(
    data,
    {
      open(el) {
        if (skipping > 0 || SKIPPED.has(el.name)) skipping++;
        else if (el.name === "w:footnote" || el.name === "w:endnote")
          [id, text] = [el.attrs.id ? `${el.name}:${el.attrs.id}` : null, ""];
        else if (el.name === "w:t") inText = true;
        else if (el.name === "w:p" && text) text += " ";
      },
      close(el) {
        if (skipping > 0) skipping--;
        else if (el.name === "w:t") inText = false;
        else if ((el.name === "w:footnote" || el.name === "w:endnote") && id !== null) {
          budget.text(text.length, text.length);
          if (clean(text)) notes.set(id, clean(text));
          id = null;
        }
      },
      text(t) {
        if (inText && skipping === 0 && id !== null) text += t;
      },
    },
    maxDepth,
  );
  return notes;
}
