// .odt plans (OpenDocument text, what LibreOffice saves), read as the .docx reader reads Word's files: the body
// (content.xml's office:text) streamed paragraph by paragraph (odt/body.ts), with the styles (odt/styles.ts) and the
// list and outline styles (odt/lists.ts) it needs to show numbering labels and drop hidden text, and the first page's
// own header before it (odt/first-page.ts). A pure function of the file's bytes and the limits; the zip's parts are
// inflated within them (package.ts), the XML read by the bounded stream parser.
import { PLAN_LIMITS, type PlanLimits } from "../domain/limits.ts";
import { holdsMoreThan, streamXml, xmlTree, type XmlHandlers, type XmlNode } from "../formats/xml-stream.ts";
import { Budget, readSafely, refuse } from "./budget.ts";
import type { ReadResult } from "./document.ts";
import { openPackage } from "./package.ts";
import { tabStopRows } from "./docx/tab-stops.ts";
import { spacedColumnsAsRows } from "./text-spaced-columns.ts";
import { odtBodyReader } from "./odt/body.ts";
import { firstPageHeader, firstPageWatch, within } from "./odt/first-page.ts";
import { readListStyles } from "./odt/lists.ts";
import { readOdtStyles } from "./odt/styles.ts";

export function readOdtPlan(buffer: Buffer, limits: PlanLimits = PLAN_LIMITS): ReadResult {
  return readSafely("unreadable-odt", () => {
    const pkg = openPackage(buffer, limits, "unreadable-odt");
    const content = pkg.part("content.xml") ?? refuse("unreadable-odt", "no content.xml");
    // Paragraphs counted on the bytes first: a file of too many is refused before it is parsed.
    if (holdsMoreThan(content, "text:p", limits.maxBlocks)) refuse("plan-too-complex", "paragraphs");
    const treeLimits = { maxDepth: limits.maxXmlDepth, maxNodes: limits.maxBlocks * 4 };
    const stylesPart = pkg.part("styles.xml");
    const stylesTree: XmlNode | null = stylesPart ? xmlTree(stylesPart, treeLimits) : null;
    // content.xml's own styles come before its body: read as a tree up to the body, which is streamed.
    const head = xmlTree(content, treeLimits, "office:body");
    const styles = readOdtStyles(stylesTree, head);
    const context = {
      styles,
      lists: readListStyles([stylesTree, head]),
      budget: new Budget(limits),
      maxTableDepth: limits.maxTableDepth,
      outline: [],
    };
    const reader = odtBodyReader(context);
    const first = firstPageWatch(styles);
    const watched: XmlHandlers = {
      ...reader,
      open(el) {
        first.open(el);
        reader.open(el);
      },
    };
    streamXml(content, within("office:text", watched), limits.maxXmlDepth);
    const header = odtBodyReader(context);
    if (stylesPart) firstPageHeader(stylesPart, stylesTree, first.page(), header, limits.maxXmlDepth);
    const blocks = [...header.blocks, ...reader.blocks];
    return { blocks: tabStopRows(spacedColumnsAsRows(blocks, reader.typed), reader.tabbed) };
  });
}
