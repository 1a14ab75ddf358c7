// PDF plans, as provinces publish them (exported from Word): pdf.js gives the text with
// its positions and the lines the page draws; paragraphs, table rows and columns are
// rebuilt from those (src/plan/pdf/). A PDF without text (a scan) or one that cannot be
// opened is refused with a code that says so, and so is one beyond the limits.
import type { PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.min.mjs";
import { DEFAULT_PDF_LIMITS, type PdfLimits } from "../domain/limits.ts";
import type { ReadErrorCode, ReadResult } from "./document.ts";
import { budgetOf, openPdf, PdfRefusal, readPage } from "./pdf/extract.ts";
import type { PageContent } from "./pdf/geometry.ts";
import { layoutBlocks } from "./pdf/layout.ts";
import { joinPrintBands } from "./pdf/print-bands.ts";
import { streamsWithinLimits } from "./pdf/streams.ts";
import { splitSheets } from "./pdf/two-up.ts";

/** Fewer letters than this a page, on average, is a scan (at most a stamp or a page number as text). */
const LETTERS_PER_PAGE = 16;
const MB = 1024 * 1024;

function refused(code: ReadErrorCode, args?: Record<string, string | number>): ReadResult {
  return { ok: false, error: args ? { code, args } : { code } };
}

/** The pages' content; a page pdf.js cannot read makes the file unreadable, a limit crossed too complex. */
async function readPages(document: PDFDocumentProxy, limits: PdfLimits): Promise<PageContent[] | ReadResult> {
  try {
    if (document.numPages > limits.pdfMaxPages)
      return refused("pdf-too-many-pages", { pages: document.numPages, max: limits.pdfMaxPages });
    const budget = budgetOf(limits, Date.now());
    const pages: PageContent[] = [];
    for (let n = 1; n <= document.numPages; n++) pages.push(await readPage(document, n, budget));
    return pages;
  } catch (error) {
    return refused(error instanceof PdfRefusal ? error.code : "unreadable-pdf");
  } finally {
    await document.destroy();
  }
}

/** A PDF plan's blocks. pdf.js failing to load at all (an installation fault) is thrown, not blamed on the file. */
export async function readPdfPlan(buffer: Buffer, limits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<ReadResult> {
  if (buffer.length > limits.pdfMaxBytes) return refused("pdf-too-large", { max: limits.pdfMaxBytes / MB });
  if (!buffer.subarray(-1024).includes("%%EOF")) return refused("unreadable-pdf");
  if (!streamsWithinLimits(buffer, limits)) return refused("pdf-too-complex");
  const document = await openPdf(buffer).catch((error: unknown) => {
    if (error instanceof PdfRefusal) return error;
    throw error;
  });
  if (document instanceof PdfRefusal) return refused(document.code);
  const pages = await readPages(document, limits);
  if (!Array.isArray(pages)) return pages;
  const letters = pages.reduce((n, p) => n + p.runs.reduce((m, r) => m + (r.text.match(/\p{L}/gu)?.length ?? 0), 0), 0);
  if (letters < LETTERS_PER_PAGE * pages.length) return refused("scanned-pdf");
  return { ok: true, document: { blocks: layoutBlocks(joinPrintBands(splitSheets(pages))) } };
}
