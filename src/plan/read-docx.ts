// .docx plans, read from their XML parts (OOXML) as Word shows them: the main document
// streamed paragraph by paragraph (docx/body.ts), with the styles and numbering
// definitions it needs to show the labels of Word's automatic numbering (docx/numbering.ts)
// and to tell the page's layout tables from task tables (docx/table.ts). A pure function
// of the file's bytes and the limits.
import { PLAN_LIMITS, type PlanLimits } from "../domain/limits.ts";
import { holdsMoreThan, rootPrefix, streamXml } from "../formats/xml-stream.ts";
import { Budget, readSafely, refuse } from "./budget.ts";
import type { ReadResult } from "./document.ts";
import { bodyReader } from "./docx/body.ts";
import { spacedColumnsAsRows } from "./text-spaced-columns.ts";
import { readNotes } from "./docx/footnotes.ts";
import { readNumbering } from "./docx/numbering.ts";
import { readStyles } from "./docx/styles.ts";
import { mainPart, openPackage } from "./package.ts";

export function readDocxPlan(buffer: Buffer, limits: PlanLimits = PLAN_LIMITS): ReadResult {
  return readSafely("unreadable-docx", () => {
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
    if (holdsMoreThan(document, prefix ? `${prefix}:p` : "p", limits.maxBlocks))
      refuse("plan-too-complex", "paragraphs");
    const budget = new Budget(limits);
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
    const reader = bodyReader({ styles, numbering, budget, maxTableDepth: limits.maxTableDepth, notes });
    streamXml(document, reader, limits.maxXmlDepth);
    return { blocks: spacedColumnsAsRows(reader.blocks, reader.typed) };
  });
}
