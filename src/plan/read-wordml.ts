// Word 2003 XML documents (WordprocessingML 2003: <w:wordDocument>, often saved or served under a .doc name), read as
// the .docx reader reads Word's files: its lists and styles, which come before the body, read as a small tree and
// renamed to their .docx names (docx/wordml-2003.ts) for docx/numbering.ts and docx/styles.ts; its body streamed
// through docx/body.ts, the first page's own header before it. A pure function of the file's bytes and the limits.
import { PLAN_LIMITS, type PlanLimits } from "../domain/limits.ts";
import { openingText } from "../formats/text-decode.ts";
import { child, holdsMoreThan, rootName, rootPrefix, streamXml, xmlTree, type XmlNode } from "../formats/xml-stream.ts";
import { Budget, readSafely, refuse } from "./budget.ts";
import type { ReadResult } from "./document.ts";
import { bodyReader } from "./docx/body.ts";
import { readNumbering } from "./docx/numbering.ts";
import { readStyles } from "./docx/styles.ts";
import { tabStopRows } from "./docx/tab-stops.ts";
import { bodyAsOoxml, treeAsOoxml } from "./docx/wordml-2003.ts";
import { within } from "./odt/first-page.ts";
import { spacedColumnsAsRows } from "./text-spaced-columns.ts";

const NAMESPACE = "http://schemas.microsoft.com/office/word/2003/wordml";

/** Whether a file is a Word 2003 XML document: its root, <w:wordDocument> in Word 2003's namespace, up front. */
export function isWordXml(buffer: Buffer): boolean {
  const head = openingText(buffer, 8192);
  const name = rootName(head);
  return (name === "wordDocument" || name.endsWith(":wordDocument")) && head.includes(NAMESPACE);
}

export function readWordXmlPlan(buffer: Buffer, limits: PlanLimits = PLAN_LIMITS): ReadResult {
  return readSafely("unreadable-doc", () => {
    // Paragraphs counted on the bytes first: a file of too many is refused before it is parsed.
    const prefix = rootPrefix(buffer);
    if (holdsMoreThan(buffer, prefix ? `${prefix}:p` : "p", limits.maxBlocks)) refuse("plan-too-complex", "paragraphs");
    const treeLimits = { maxDepth: limits.maxXmlDepth, maxNodes: limits.maxBlocks * 4 };
    const root = xmlTree(buffer, treeLimits, "w:body").children.find((c) => c.name === "w:wordDocument");
    if (!root) refuse("unreadable-doc", "no w:wordDocument");
    const part = (name: string): XmlNode | null => {
      const node = child(root, name);
      return node ? { name: "", attrs: {}, isSelfClosing: false, children: [treeAsOoxml(node)] } : null;
    };
    const styles = readStyles(part("w:styles"));
    const numbering = readNumbering(part("w:lists"), styles);
    const notes = new Map<string, string>();
    const context = { styles, numbering, notes, budget: new Budget(limits), maxTableDepth: limits.maxTableDepth };
    const reader = bodyReader(context);
    const header = bodyReader(context);
    const body = bodyAsOoxml(reader, header, notes);
    streamXml(buffer, within("w:body", body), limits.maxXmlDepth);
    const blocks = body.titlePage() ? [...header.blocks, ...reader.blocks] : reader.blocks;
    return { blocks: tabStopRows(spacedColumnsAsRows(blocks, reader.typed), reader.tabbed) };
  });
}
