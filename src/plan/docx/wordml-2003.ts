// Word 2003's XML document (WordprocessingML 2003: one XML file, <w:wordDocument>, often saved under a .doc name)
// says what a .docx says in older names: its lists (w:lists: w:listDef, w:list by w:ilfo, w:nfc number codes),
// a paragraph's list (w:listPr/w:ilfo), a cell merged down or across (w:vmerge, w:hmerge), tracked changes and
// comments as aml:annotation, footnotes inline in their run (w:footnote), the first page's header inside the
// section's properties (w:sectPr/w:hdr). Each element is renamed to its .docx name here, so the .docx readers
// (docx/body.ts, numbering.ts, styles.ts, table.ts) read it as they read Word's files.
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
 * that section shows it (w:titlePg), as docx/first-page-header.ts reads a .docx.
 */
export function bodyAsOoxml(body: XmlHandlers, header: XmlHandlers): XmlHandlers & { titlePage: () => boolean } {
  let hidden = 0;
  let section: "before" | "in" | "done" = "before";
  let inHeader = 0;
  let titlePage = false;
  const target = () => (inHeader > 0 ? header : body);
  return {
    titlePage: () => titlePage,
    open(raw) {
      const el = asOoxml(raw);
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
      if (hidden > 0) return void hidden--;
      if (inHeader > 0 && --inHeader === 0) return;
      target().close(el);
      if (section === "in" && el.name === "w:sectPr") section = "done";
    },
    text(text) {
      if (hidden === 0) target().text(text);
    },
  };
}
