// pdf.js, bounded: the document opened from memory (no worker thread, no fonts or files
// fetched, images never decoded), then each page's text runs and ruling lines. Every
// page is checked against the limits as it is read; a limit crossed ends the reading
// with a refusal, never with a partial plan.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import type * as PdfJsModule from "pdfjs-dist/legacy/build/pdf.min.mjs";
import type { PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.min.mjs";
import type { PdfLimits } from "../../domain/limits.ts";
import { markBold } from "./bold.ts";
import { drawnItems, misplacesText } from "./drawn-runs.ts";
import { glyphsOf, untangleFallbackFonts } from "./fallback-fonts.ts";
import { decodeLegacyFonts } from "./legacy-fonts.ts";
import { withoutStruckText } from "./struck.ts";
import { type Matrix, multiply, type PageContent, type TextRun, type TurnedRun } from "./geometry.ts";
import { withoutSignatureStamps } from "./signature-stamp.ts";
import { markJoins } from "./joins.ts";
import { drawingOf } from "./rules.ts";
import { turnedRun } from "./turned.ts";

type PdfJs = typeof PdfJsModule;
let library: Promise<PdfJs> | null = null;

/**
 * pdf.js, loaded with the first PDF read: a process never sent one never holds it.
 * Its legacy build (the one for Node 20) brings core-js, which replaces Array.prototype.push
 * in the whole process with a JavaScript function (for an array whose length is read-only,
 * which nothing here makes): every push, pdf.js's own and the layout's, then goes through
 * it, about a tenth of a first read's CPU time in a profile. The native one is put back once both of
 * pdf.js's modules are loaded (its worker module, run in this thread, brings core-js again).
 */
function pdfjs(): Promise<PdfJs> {
  library ??= (async () => {
    const push = Array.prototype.push;
    const lib = await import("pdfjs-dist/legacy/build/pdf.min.mjs");
    // In Node pdf.js runs its "worker" in this thread; point it at the minified worker
    // (the default is the full-size one next to pdf.mjs) and load it now.
    lib.GlobalWorkerOptions.workerSrc = pathToFileURL(
      createRequire(import.meta.url).resolve("pdfjs-dist/legacy/build/pdf.worker.min.mjs"),
    ).href;
    await import(lib.GlobalWorkerOptions.workerSrc);
    Array.prototype.push = push;
    return lib;
  })();
  return library;
}

/**
 * Loads pdf.js ahead of any PDF: the plan worker the bot keeps idle does it while it waits
 * (plan-process.ts), so that a user's first PDF does not pay for loading it (a quarter of a
 * 60-page plan's first read, `npm run bench`).
 */
export async function loadPdfReader(): Promise<void> {
  await pdfjs();
}

export type PdfRefusalCode = "encrypted-pdf" | "unreadable-pdf" | "pdf-too-complex";

/** Why a PDF is not read; thrown inside the reader, turned into a value at its door. */
export class PdfRefusal extends Error {
  constructor(
    readonly code: PdfRefusalCode,
    detail?: string,
  ) {
    super(detail ?? code);
  }
}

/** What one reading may still spend: shared by the pages of one document. */
export interface Budget {
  textItems: number;
  operators: number;
  deadline: number;
}

export async function openPdf(buffer: Buffer): Promise<PDFDocumentProxy> {
  const { getDocument } = await pdfjs();
  return getDocument({
    data: new Uint8Array(buffer),
    verbosity: 0,
    maxImageSize: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
  }).promise.catch((error: Error) => {
    throw new PdfRefusal(error.name === "PasswordException" ? "encrypted-pdf" : "unreadable-pdf", error.message);
  });
}

function spend(budget: Budget, kind: "textItems" | "operators", count: number): void {
  budget[kind] -= count;
  if (budget[kind] < 0) throw new PdfRefusal("pdf-too-complex", `${kind} limit`);
  if (Date.now() > budget.deadline) throw new PdfRefusal("pdf-too-complex", "time limit");
}

interface RawItem {
  str?: string;
  transform: number[];
  width: number;
  fontName: string;
}

/** A run whose horizontal size differs from its height by more than this share of it is stretched. */
const STRETCHED = 0.005;

/**
 * Horizontal text as shown on the page; rotated runs (stamps, watermarks; a quarter turn is read in table cells
 * only, src/plan/pdf/turned.ts) are left out. A run sheared along its
 * baseline (`c`: a font slanted where it has no italic of its own) stands on the line like the rest.
 */
function textRun(item: RawItem, view: Matrix): TextRun | null {
  if (!item.str?.trim()) return null;
  const [a, b, , d, x, y] = multiply(view, item.transform);
  if (Math.abs(b) > 1e-3 || a <= 0 || d >= 0) return null;
  const run: TextRun = { text: item.str, x, y, width: item.width, size: -d, font: item.fontName };
  // Stretched along its line: its glyphs advance by the wider (or narrower) size.
  if (Math.abs(a + d) > STRETCHED * -d) run.across = a;
  return run;
}

interface Runs {
  runs: TextRun[];
  turned: TurnedRun[];
}

type Size = { width: number; height: number };

/** Items' level runs and quarter-turned ones. */
function runsOf(items: RawItem[], view: Matrix, size: Size, into: Runs = { runs: [], turned: [] }): Runs {
  for (const item of items) {
    const run = textRun(item, view);
    if (run) into.runs.push(run);
    const turned = run ? null : turnedRun(item, view, size);
    if (turned) into.turned.push(turned);
  }
  return into;
}

/** The page's text runs; beyond the budget the reading stops (destroying the document ends pdf.js's task). */
async function pageRuns(page: PDFPageProxy, view: Matrix, size: Size, budget: Budget): Promise<Runs> {
  const read: Runs = { runs: [], turned: [] };
  const reader = page.streamTextContent().getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return read;
    const items = (value as { items: RawItem[] }).items;
    spend(budget, "textItems", items.length);
    runsOf(items, view, size, read);
  }
}

/** The name of a font the page's operator list loaded ("BAAAAA+LiberationSerif-Bold"), by its id in the text layer. */
function fontName(page: PDFPageProxy, id: string): string | undefined {
  if (!page.commonObjs.has(id)) return undefined;
  const font = page.commonObjs.get(id) as { name?: unknown } | null;
  return typeof font?.name === "string" ? font.name : undefined;
}

/** Text runs and ruling lines of a page (a page without text, a scan, needs no lines). */
export async function readPage(document: PDFDocumentProxy, number: number, budget: Budget): Promise<PageContent> {
  const page = await document.getPage(number);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const view = viewport.transform as Matrix;
    let { runs, turned } = await pageRuns(page, view, viewport, budget);
    let [rules, fills]: [PageContent["rules"], PageContent["fills"]] = [[], []];
    if (runs.length > 0) {
      const { OPS, AnnotationMode } = await pdfjs();
      // Annotations (links, form fields) draw no ruling lines: pdf.js need not build them.
      const { fnArray, argsArray } = await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
      spend(budget, "operators", fnArray.length);
      ({ rules, fills } = drawingOf(fnArray, argsArray, view, OPS));
      // Letters typed decomposed make pdf.js misplace the text after them: the page's runs are then rebuilt.
      if (misplacesText(fnArray, argsArray, OPS))
        ({ runs, turned } = runsOf(drawnItems(fnArray, argsArray, OPS), view, viewport));
      const glyphs = glyphsOf(fnArray, argsArray, OPS);
      runs = withoutSignatureStamps(
        withoutStruckText(markJoins(untangleFallbackFonts(runs, glyphs), glyphs), rules, glyphs),
      );
      const name = (id: string) => fontName(page, id);
      runs = decodeLegacyFonts(markBold(runs, name), name);
    }
    const content = {
      width: viewport.width,
      height: viewport.height,
      runs,
      rules,
      ...(fills?.length ? { fills } : {}),
    };
    return turned.length ? { ...content, turned } : content;
  } finally {
    page.cleanup();
  }
}

export function budgetOf(limits: PdfLimits, start: number): Budget {
  return {
    textItems: limits.pdfMaxTextItems,
    operators: limits.pdfMaxOperators,
    deadline: start + limits.pdfTimeoutMs,
  };
}
