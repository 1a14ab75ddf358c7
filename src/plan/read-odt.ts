// .odt plans (OpenDocument text, what LibreOffice saves), read as the .docx reader reads Word's files: the body
// (content.xml's office:text) streamed paragraph by paragraph (odt/body.ts), with the styles (odt/styles.ts) and the
// list and outline styles (odt/lists.ts) it needs to show numbering labels and drop hidden text, and the first page's
// own header before it (odt/first-page.ts). A pure function of the file's bytes and the limits; the zip's parts are
// inflated within them (package.ts), the XML read by the bounded stream parser.
import { refuseEncryptedOpenDocument } from "./encrypted.ts";
import { PLAN_LIMITS, type PlanLimits } from "../domain/limits.ts";
import { holdsMoreThan, streamXml, xmlTree, type XmlHandlers, type XmlNode } from "../formats/xml-stream.ts";
import { Budget, readSafely, refuse } from "./budget.ts";
import type { Block, ReadResult } from "./document.ts";
import { embeddedSpreadsheetBlocks, embeddedWorkbookBlocks } from "./embedded-workbook.ts";
import { openPackage, type OoxmlPackage } from "./package.ts";
import { tabStopRows } from "./docx/tab-stops.ts";
import { spacedColumnsAsRows } from "./text-spaced-columns.ts";
import { odtBodyReader } from "./odt/body.ts";
import { firstPageHeader, firstPageWatch, within } from "./odt/first-page.ts";
import { readListStyles } from "./odt/lists.ts";
import { readOdtStyles } from "./odt/styles.ts";

const SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet";

/**
 * An object the text embeds, by its link ("./Object 1"): a spreadsheet sub-document of the package (its content.xml),
 * or an Office workbook kept as it was (an OLE object's part); anything else, or a link out of the package, is none.
 */
function embeddedObjects(pkg: OoxmlPackage, limits: PlanLimits, budget: Budget): (href: string) => Block[] {
  let entries: XmlNode[] | null = null;
  // Each object once, however many times the body points to it.
  const read = new Set<string>();
  return (href) => {
    const path = href.replace(/^\.\//, "").replace(/\/$/, "");
    if (!path || path.startsWith("/") || path.split("/").includes("..") || /^[a-z][a-z0-9+.-]*:/i.test(path)) return [];
    if (read.has(path)) return [];
    read.add(path);
    entries ??= pkg.tree("META-INF/manifest.xml")?.children.find((c) => c.name === "manifest")?.children ?? [];
    const entry = entries.find((e) => e.attrs["full-path"]?.replace(/\/$/, "") === path);
    if (entry?.attrs["media-type"] === SPREADSHEET) {
      const content = pkg.part(`${path}/content.xml`);
      return content ? embeddedSpreadsheetBlocks(content, limits, budget) : [];
    }
    const data = entry ? pkg.part(path) : null;
    return data ? embeddedWorkbookBlocks(data, limits, budget) : [];
  };
}

export function readOdtPlan(buffer: Buffer, limits: PlanLimits = PLAN_LIMITS): ReadResult {
  return readSafely("unreadable-odt", () => {
    const pkg = openPackage(buffer, limits, "unreadable-odt");
    refuseEncryptedOpenDocument(pkg);
    const content = pkg.part("content.xml") ?? refuse("unreadable-odt", "no content.xml");
    // Paragraphs counted on the bytes first: a file of too many is refused before it is parsed.
    if (holdsMoreThan(content, "text:p", limits.maxBlocks)) refuse("plan-too-complex", "paragraphs");
    const treeLimits = { maxDepth: limits.maxXmlDepth, maxNodes: limits.maxBlocks * 4 };
    const stylesPart = pkg.part("styles.xml");
    // Up to a body, which only a flat OpenDocument's one part holds with its styles (flat-package.ts).
    const stylesTree: XmlNode | null = stylesPart ? xmlTree(stylesPart, treeLimits, "office:body") : null;
    // content.xml's own styles come before its body: read as a tree up to the body, which is streamed.
    const head = xmlTree(content, treeLimits, "office:body");
    const styles = readOdtStyles(stylesTree, head);
    const budget = new Budget(limits);
    const context = {
      styles,
      lists: readListStyles([stylesTree, head]),
      budget,
      maxTableDepth: limits.maxTableDepth,
      outline: [],
      embedded: embeddedObjects(pkg, limits, budget),
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
