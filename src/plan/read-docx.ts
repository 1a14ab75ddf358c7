// .docx plans, read from their XML parts (OOXML) as Word shows them: the main document
// streamed paragraph by paragraph (docx/body.ts), with the styles and numbering
// definitions it needs to show the labels of Word's automatic numbering (docx/numbering.ts)
// and to tell the page's layout tables from task tables (docx/table.ts). A pure function
// of the file's bytes and the limits.
import { PLAN_LIMITS, type PlanLimits } from "../domain/limits.ts";
import { holdsMoreThan, rootPrefix, streamXml, type XmlElement } from "../formats/xml-stream.ts";
import { Budget, readSafely, refuse } from "./budget.ts";
import type { Block, ReadResult } from "./document.ts";
import { htmlChunkBlocks } from "./docx/alt-chunk.ts";
import { bodyReader } from "./docx/body.ts";
import { diagramBlocks } from "./docx/diagram.ts";
import { embeddedWorkbookBlocks } from "./embedded-workbook.ts";
import { firstSectionWatch } from "./docx/first-page-header.ts";
import { isMht, mhtPage } from "./docx/mht.ts";
import { spacedColumnsAsRows } from "./text-spaced-columns.ts";
import { tabStopRows } from "./docx/tab-stops.ts";
import { readNotes } from "./docx/footnotes.ts";
import { readNumbering } from "./docx/numbering.ts";
import { readStyles } from "./docx/styles.ts";
import { mainPart, openPackage } from "./package.ts";

export function readDocxPlan(buffer: Buffer, limits: PlanLimits = PLAN_LIMITS): ReadResult {
  return readSafely("unreadable-docx", () => {
    const reader = readBody(buffer, limits, null);
    return { blocks: tabStopRows(spacedColumnsAsRows(reader.blocks, reader.typed), reader.tabbed) };
  });
}

const ZIP = Buffer.from("PK\x03\x04", "latin1");
/** Relationships to an embedded object's part: an Office file as it is ("package"), or in an OLE storage. */
const EMBEDDINGS = new Set(["package", "oleObject"]);

/**
 * A package's body as blocks. `within` is the budget of the document whose chunk (w:altChunk) this package is:
 * its paragraphs count there, and its own chunks are not read (Word imports one level).
 */
function readBody(
  buffer: Buffer,
  limits: PlanLimits,
  within: Budget | null,
): Pick<ReturnType<typeof bodyReader>, "blocks" | "typed" | "tabbed"> {
  const pkg = openPackage(buffer, limits, "unreadable-docx");
  const main = mainPart(pkg, "word/document.xml");
  const related = (type: string) => {
    const target = pkg.relationships(main).find((r) => r.type === type)?.target;
    return target ? pkg.tree(target) : null;
  };
  const styles = readStyles(related("styles"));
  const numbering = readNumbering(related("numbering"), styles);
  const document = pkg.part(main) ?? refuse("unreadable-docx", `no part ${main}`);
  // Paragraphs counted on the bytes first: a file of too many is refused before it is parsed.
  const prefix = rootPrefix(document);
  if (holdsMoreThan(document, prefix ? `${prefix}:p` : "p", limits.maxBlocks)) refuse("plan-too-complex", "paragraphs");
  const budget = within ?? new Budget(limits);
  // Footnotes and endnotes, only to date what points to them: never read as the document's text.
  const notePart = (type: string) => {
    const target = pkg.relationships(main).find((r) => r.type === type)?.target;
    return target ? pkg.part(target) : null;
  };
  const notes = readNotes(
    notePart("endnotes"),
    budget,
    limits.maxXmlDepth,
    readNotes(notePart("footnotes"), budget, limits.maxXmlDepth, undefined, styles),
    styles,
  );
  // An imported chunk's part, held to the package's limits as any part is: HTML, as web applications write it,
  // a web archive (MHT) holding the HTML, or another Word file, read one level down.
  const altChunk = (id: string): Block[] => {
    const target = pkg.relationships(main).find((r) => r.id === id && r.type === "aFChunk")?.target;
    const data = target ? pkg.part(target) : null;
    if (!data) return [];
    if (data.subarray(0, 4).equals(ZIP)) return within ? [] : readBody(data, limits, budget).blocks;
    const chunk = { styles, budget, maxTableDepth: limits.maxTableDepth, maxDepth: limits.maxXmlDepth };
    const page = isMht(data) ? mhtPage(data) : { html: data };
    return page ? htmlChunkBlocks(page.html, chunk, page.charset) : [];
  };
  // An embedded object's part (a worksheet pasted as an object), read as a workbook where it stands when it is one.
  const objects = new Set<string>();
  const embedded = (id: string): Block[] => {
    // Each object once, however many times the body points to it.
    if (objects.has(id)) return [];
    objects.add(id);
    const target = pkg.relationships(main).find((r) => r.id === id && EMBEDDINGS.has(r.type))?.target;
    const data = target ? pkg.part(target) : null;
    return data ? embeddedWorkbookBlocks(data, limits, budget) : [];
  };
  // A SmartArt diagram's data part: its boxes' words, each diagram once (docx/diagram.ts).
  const diagram = (id: string): Block[] => {
    if (objects.has(id)) return [];
    objects.add(id);
    const target = pkg.relationships(main).find((r) => r.id === id && r.type === "diagramData")?.target;
    const data = target ? pkg.part(target) : null;
    return data ? diagramBlocks(data, budget, limits.maxXmlDepth) : [];
  };
  const maxTableDepth = limits.maxTableDepth;
  const context = { styles, numbering, budget, maxTableDepth, notes, altChunk, embedded, diagram };
  const reader = bodyReader(context);
  const section = firstSectionWatch();
  const watched = {
    ...reader,
    open(el: XmlElement) {
      section.open(el);
      reader.open(el);
    },
    close(el: XmlElement) {
      section.close(el);
      reader.close(el);
    },
  };
  streamXml(document, watched, limits.maxXmlDepth);
  // The first page's own header, when the file sets one, opens the document (docx/first-page-header.ts).
  const headerPath = pkg.relationships(main).find((r) => r.id === section.id())?.target;
  const headerPart = headerPath ? pkg.part(headerPath) : null;
  const header = bodyReader(context);
  if (headerPart) streamXml(headerPart, header, limits.maxXmlDepth);
  return { blocks: [...header.blocks, ...reader.blocks], typed: reader.typed, tabbed: reader.tabbed };
}
