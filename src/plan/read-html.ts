// Web pages as plans: Word's "Web Page" (.htm, .html, and the .doc many portals and document-management systems serve,
// which is Word's HTML under a Word file's name) and its "Single File Web Page" (.mht, a MIME archive holding that
// HTML). Word opens both as a document; this reader reads them as it reads an HTML chunk a .docx imports
// (docx/alt-chunk.ts): paragraphs, lists, tables with their merged cells, hidden and struck text dropped. A page
// that is a workbook's (the "Excel" a task system exports, ProgId Excel.Sheet) is read as Excel opens it: as a sheet,
// its rows made blocks as every workbook reader's are (sheet/html.ts).
// A pure function of the file's bytes and the limits.
import { PLAN_LIMITS, type PlanLimits } from "../domain/limits.ts";
import { openingText } from "../formats/text-decode.ts";
import { Budget, readSafely } from "./budget.ts";
import type { ReadResult } from "./document.ts";
import { htmlChunkBlocks } from "./docx/alt-chunk.ts";
import { isMht, mhtPage } from "./docx/mht.ts";
import { readStyles } from "./docx/styles.ts";
import { sheetBlocks } from "./sheet/blocks.ts";
import { htmlSheetRows, isTablePage, isWordPage, isWorkbookPage } from "./sheet/html.ts";

// What a web page opens with, after a byte-order mark and white space: an XML declaration, comments, then the
// doctype or the html element (Word writes `<html xmlns:v=…>`; filtered pages a doctype first). A comment's text
// never holds its end, so a run of comments matches one way only (no backtracking over the file's first bytes).
const PAGE_START =
  /^(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--(?:(?!-->)[\s\S]){0,2000}-->\s*)*<(?:!doctype\s+html|html[\s>])/i;

/** The page a file holds when it is a web page: an HTML document as it is, or a web archive's (MHT) page. */
export function webPage(buffer: Buffer): { html: Buffer; charset?: string | undefined } | null {
  const head = openingText(buffer);
  if (PAGE_START.test(head.trimStart())) return { html: buffer };
  return isMht(buffer) ? mhtPage(buffer) : null;
}

export function readHtmlPlan(
  page: NonNullable<ReturnType<typeof webPage>>,
  limits: PlanLimits = PLAN_LIMITS,
): ReadResult {
  return readSafely("unreadable-web-page", () => {
    // A workbook's page (ProgId Excel.Sheet; a plain page or an .mht's) is read as a sheet, and so is a page no
    // program names whose words stand in tables (LibreOffice Calc's, a web system's plain table sent as .xls); Word's
    // pages stay documents, however much of them is table.
    const head = openingText(page.html);
    const sheet =
      isWorkbookPage(head) || (!isWordPage(head) && isTablePage(page.html, limits.maxXmlDepth, page.charset));
    if (sheet)
      return { blocks: sheetBlocks(htmlSheetRows(page.html, new Budget(limits), limits.maxXmlDepth, page.charset)) };
    const context = {
      styles: readStyles(null),
      budget: new Budget(limits),
      maxTableDepth: limits.maxTableDepth,
      maxDepth: limits.maxXmlDepth,
    };
    return { blocks: htmlChunkBlocks(page.html, context, page.charset) };
  });
}
