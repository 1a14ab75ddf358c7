// Word 2003's XML document (WordprocessingML 2003: one XML file, <w:wordDocument>, often saved under a .doc name)
// says what a .docx says in older names: its lists (w:lists: w:listDef, w:list by w:ilfo, w:nfc number codes),
// a paragraph's list (w:listPr/w:ilfo), a cell merged down or across (w:vmerge, w:hmerge), tracked changes and
// comments as aml:annotation, footnotes inline in their run (w:footnote: read as a .docx's note, its mark where it
// stands, so that a note may date what points to it, plan/footnotes.ts), the first page's header inside the section's
// properties (w:sectPr/w:hdr). Each element is renamed to its .docx name here, so the .docx readers
// (docx/body.ts, numbering.ts, styles.ts, table.ts) read it as they read Word's files.
import { clean } from "../../domain/text.ts";
import type { XmlElement, XmlHandlers, XmlNode } from "../../formats/xml-stream.ts";
import { NFC_FORMATS } from "./numbering.ts";
import { flag } from "./styles.ts";

/** Elements whose .docx name differs. */
const NAMES: Readonly<Record<string, string>> = {
  "w:lists": "w:numbering",
  "w:listDef": "w:abstractNum",
  "w:list": "w:num",
  "w:ilst": "w:abstractNumId",
  "w:listStyleLink": "w:numStyleLink",
  "w:nfc": "w:numFmt",
  "w:listPr": "w:numPr",
  "w:ilfo": "w:numId",
  "w:vmerge": "w:vMerge",
  "w:hmerge": "w:hMerge",
};

/** Attributes whose .docx name differs: a list's ids, the font of text outside ASCII. */
const ATTRS: Readonly<Record<string, string>> = { listDefId: "abstractNumId", ilfo: "numId", "h-ansi": "hAnsi" };

/** Subtrees the page does not show as the body's text: footnotes (inline here), embedded binary data, comments. */
const HIDDEN = new Set(["w:footnote", "w:endnote", "w:binData", "w:docOleData", "aml:comment"]);
const NOTES = new Set(["w:footnote", "w:endnote"]);

/** A note's mark, as a .docx's run holds it, pointing to its text by id. */
const noteMark = (kind: string, id: string): XmlElement => ({
  name: kind === "w:footnote" ? "w:footnoteReference" : "w:endnoteReference",
  attrs: { id },
  isSelfClosing: true,
});

/** An element under its .docx name; a tracked deletion (aml:annotation of type Word.Deletion) is a w:del. */
export function asOoxml(el: XmlElement): XmlElement {
  const type = el.attrs.type;
  if (el.name === "aml:annotation")
    return type === "Word.Deletion"
      ? { ...el, name: "w:del" }
      : type === "Word.Comment"
        ? { ...el, name: "aml:comment" }
        : el;
  const name = NAMES[el.name] ?? el.name;
  const renamed = Object.keys(el.attrs).some((a) => a in ATTRS);
  if (name === el.name && !renamed) return el;
  const attrs: Record<string, string> = {};
  for (const [key, value] of Object.entries(el.attrs)) attrs[ATTRS[key] ?? key] = value;
  // Word's number format codes, as a .doc writes them (numbering.ts): 0 decimal, 1 upper Roman, 23 bullet…
  if (name === "w:numFmt") attrs.val = NFC_FORMATS[Number(attrs.val)] ?? "decimal";
  return { ...el, name, attrs };
}

/** A tree read before the body (lists, styles) under .docx names; its depth is the parser's, bounded. */
export function treeAsOoxml(node: XmlNode): XmlNode {
  return { ...asOoxml(node), children: node.children.map(treeAsOoxml) };
}

/**
 * The handlers, given a 2003 document's body under .docx names, but for what it does not show; the first section's
 * first-page header (w:hdr of type "first" in the first w:sectPr) goes to `header`, and `titlePage` says whether
 * that section shows it (w:titlePg), as docx/first-page-header.ts reads a .docx. An inline note's text goes to
 * `notes` under the key its mark gives (docx/footnotes.ts's keys), its paragraphs on one line, before the paragraph
 * holding the mark ends.
 */
export function bodyAsOoxml(
  body: XmlHandlers,
  header: XmlHandlers,
  notes: Map<string, string>,
): XmlHandlers & { titlePage: () => boolean } {
  let hidden = 0;
  let section: "before" | "in" | "done" = "before";
  let inHeader = 0;
  let titlePage = false;
  let note: { key: string; text: string } | null = null;
  // The depth of a deletion or comment inside a note, whose text is not the note's.
  let skipFrom = 0;
  const target = () => (inHeader > 0 ? header : body);
  const mark = (kind: string) => {
    const id = String(notes.size + 1);
    note = { key: `${kind}:${id}`, text: "" };
    target().open(noteMark(kind, id));
    target().close(noteMark(kind, id));
  };
  return {
    titlePage: () => titlePage,
    open(raw) {
      const el = asOoxml(raw);
      if (hidden === 0 && NOTES.has(el.name)) mark(el.name);
      if (note && skipFrom === 0 && (el.name === "w:del" || el.name === "aml:comment")) skipFrom = hidden + 1;
      if (hidden > 0 || HIDDEN.has(el.name)) return void hidden++;
      if (section === "before" && el.name === "w:sectPr") section = "in";
      if (section === "in" && inHeader === 0) {
        if (el.name === "w:titlePg") titlePage = el.attrs.val === undefined || flag(el.attrs.val);
        if (el.name === "w:hdr" && el.attrs.type === "first") return void inHeader++;
      }
      if (inHeader > 0) inHeader++;
      target().open(el);
    },
    close(raw) {
      const el = asOoxml(raw);
      if (hidden > 0) {
        if (skipFrom === hidden) skipFrom = 0;
        if (note && el.name === "w:p") note.text += " ";
        if (--hidden === 0 && note) notes.set(note.key, clean(note.text));
        if (hidden === 0) note = null;
        return;
      }
      if (inHeader > 0 && --inHeader === 0) return;
      target().close(el);
      if (section === "in" && el.name === "w:sectPr") section = "done";
    },
    text(text) {
      if (hidden === 0) target().text(text);
      else if (note && skipFrom === 0) note.text += text;
    },
  };
}
