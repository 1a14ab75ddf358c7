// word/footnotes.xml and endnotes.xml: each note's text by its key ("w:footnote:2", "w:endnote:1"),
// its paragraphs on one line.
// A note is never read as the document's text; it may date the paragraph or cell pointing to
// it (src/plan/footnotes.ts). Its own reference mark and tracked deletions are left out; a run in a
// legacy Vietnamese font (.VnTime, VNI-Times) is decoded as the body's runs are (docx/body.ts).
import { decodeByFont, legacyFont } from "../../formats/vietnamese-fonts.ts";
import { streamXml } from "../../formats/xml-stream.ts";
import { clean } from "../../domain/text.ts";
import type { Budget } from "../budget.ts";
import { runFont, type DocxStyles } from "./styles.ts";

const SKIPPED = new Set(["w:del", "w:moveFrom", "w:instrText", "w:delText", "w:footnoteRef", "w:endnoteRef"]);

export function readNotes(
  data: Buffer | null,
  budget: Budget,
  maxDepth: number,
  notes = new Map<string, string>(),
  styles?: DocxStyles,
): Map<string, string> {
  if (!data) return notes;
  let id: string | null = null;
  let text = "";
  let skipping = 0;
  let inText = false;
  // The paragraph's style, the run's style and own font: what says the run's encoding.
  let [pStyle, rStyle, font] = [null as string | null, null as string | null, undefined as string | undefined];
  const decoded = (t: string) => {
    const legacy = legacyFont(font ?? styles?.font(rStyle, pStyle));
    return legacy ? decodeByFont(t, legacy) : t;
  };
  streamXml(
    data,
    {
      open(el) {
        if (skipping > 0 || SKIPPED.has(el.name)) skipping++;
        else if (el.name === "w:footnote" || el.name === "w:endnote")
          [id, text] = [el.attrs.id ? `${el.name}:${el.attrs.id}` : null, ""];
        else if (el.name === "w:t") inText = true;
        else if (el.name === "w:p") [text, pStyle] = [text ? `${text} ` : text, null];
        else if (el.name === "w:r") [rStyle, font] = [null, undefined];
        else if (el.name === "w:pStyle") pStyle = el.attrs.val ?? null;
        else if (el.name === "w:rStyle") rStyle = el.attrs.val ?? null;
        else if (el.name === "w:rFonts") font = runFont(el);
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
        if (inText && skipping === 0 && id !== null) text += decoded(t);
      },
    },
    maxDepth,
  );
  return notes;
}
