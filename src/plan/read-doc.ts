// Word 97-2003 .doc plans, read from their binary structures ([MS-DOC]) into the blocks every
// reader gives, so a plan saved as .doc reads as the same plan saved as .docx: the compound file
// (doc/compound-file.ts), the file information block (doc/fib.ts), the text by its piece table
// (doc/pieces.ts), paragraph and character properties (doc/fkp.ts, doc/styles.ts), Word's
// numbering (doc/lists.ts), tables (doc/body.ts, doc/tables.ts) and notes (doc/notes.ts).
// A pure function of the file's bytes and the limits; a broken file is `unreadable-doc`.
import { PLAN_LIMITS, type PlanLimits } from "../domain/limits.ts";
import { readSafely, refuse } from "./budget.ts";
import { Budget } from "./budget.ts";
import type { ReadResult } from "./document.ts";
import { readBody, readStory } from "./doc/body.ts";
import { firstHeaderStory, hasTitlePage, sectionMarks } from "./doc/first-page-header.ts";
import { characterReader } from "./doc/characters.ts";
import { CFB_SIGNATURE, looksLikeWorkbook, openCompoundFile } from "./compound-file.ts";
import { readFib, TABLES } from "./doc/fib.ts";
import { storageWorkbookBlocks } from "./embedded-workbook.ts";
import { characterRuns, paragraphRuns } from "./doc/fkp.ts";
import { readDocNumbering } from "./doc/lists.ts";
import { readNotes } from "./doc/notes.ts";
import { readPieces } from "./doc/pieces.ts";
import { readDocStyles } from "./doc/styles.ts";
import { textBoxStories } from "./doc/text-boxes.ts";
import { tabStopRows } from "./docx/tab-stops.ts";
import { spacedColumnsAsRows } from "./text-spaced-columns.ts";

/**
 * Whether a compound file is read as a Word document: it holds a WordDocument stream, or it is too broken to tell (a
 * .doc cut short in sending, answered `unreadable-doc`). One that opens without that stream is a workbook or another
 * Office file, refused as before (file-kind.ts).
 */
export function isWordCompoundFile(buffer: Buffer, limits: PlanLimits = PLAN_LIMITS): boolean {
  if (!buffer.subarray(0, 8).equals(CFB_SIGNATURE)) return false;
  try {
    return openCompoundFile(buffer, limits.maxPartBytes).stream("WordDocument") !== null;
  } catch {
    return !looksLikeWorkbook(buffer);
  }
}

export function readDocPlan(buffer: Buffer, limits: PlanLimits = PLAN_LIMITS): ReadResult {
  return readSafely("unreadable-doc", () => {
    const file = openCompoundFile(buffer, limits.maxPartBytes);
    const word = file.stream("WordDocument") ?? refuse("unreadable-doc", "no WordDocument stream");
    const fib = readFib(word);
    if (fib.encrypted) refuse("encrypted-file", "encrypted .doc");
    const table = file.stream(fib.tableStream) ?? refuse("unreadable-doc", `no ${fib.tableStream} stream`);
    const { ccp } = fib;
    const noteStart = ccp.text;
    const endnoteStart = ccp.text + ccp.footnotes + ccp.headers + ccp.comments;
    const boxStart = endnoteStart + ccp.endnotes;
    const text = readPieces(word, fib.table(table, TABLES.clx), boxStart + ccp.textBoxes, limits);
    const styles = readDocStyles(fib.table(table, TABLES.stsh), fib.table(table, TABLES.fonts));
    const chars = { text, runs: characterRuns(word, fib.table(table, TABLES.chpxBtes)), styles };
    const budget = new Budget(limits);
    const notes = new Map<number, string>();
    const noteReader = characterReader({ ...chars, noteRefs: new Map() });
    for (const [refs, texts, start, length] of [
      [TABLES.footnoteRefs, TABLES.footnoteTexts, noteStart, ccp.footnotes],
      [TABLES.endnoteRefs, TABLES.endnoteTexts, endnoteStart, ccp.endnotes],
    ] as const) {
      const tables = { refs: fib.table(table, refs), texts: fib.table(table, texts), start, length };
      readNotes(tables, text.text, noteReader, styles, budget, notes);
    }
    const numbering = readDocNumbering(
      table,
      fib.table(table, TABLES.lists),
      fib.tableEnd(TABLES.lists),
      fib.table(table, TABLES.listOverrides),
      fib.tableEnd(TABLES.listOverrides),
    );
    const context = {
      text: text.text,
      fc: text.fc,
      paragraphs: paragraphRuns(word, fib.table(table, TABLES.papxBtes), file.stream("Data")),
      styles,
      numbering,
      characters: characterReader({ ...chars, noteRefs: notes }),
      budget,
      maxTableDepth: limits.maxTableDepth,
      maxColumns: limits.maxColumns,
      sectionMarks: sectionMarks(fib.table(table, TABLES.sections)),
      textBoxes: textBoxStories(
        fib.table(table, TABLES.shapes),
        fib.table(table, TABLES.textBoxes),
        boxStart,
        ccp.textBoxes,
      ),
    };
    const pool = file.storage("ObjectPool");
    const read = new Set<number>();
    // An embedded object's storage, read once however many times the text points to it.
    const objects = (id: number) => {
      const storage = read.has(id) ? null : pool?.storage(`_${id}`);
      read.add(id);
      return storage ? storageWorkbookBlocks(storage, limits, budget) : [];
    };
    const body = readBody({ ...context, objects }, ccp.text);
    // The first page's own header opens the document, as the page shows it (doc/first-page-header.ts).
    const headerStory = hasTitlePage(word, fib.table(table, TABLES.sections))
      ? firstHeaderStory(fib.table(table, TABLES.headers), noteStart + ccp.footnotes, ccp.headers)
      : null;
    const header = headerStory ? readStory(context, ...headerStory) : [];
    const rows = tabStopRows(
      spacedColumnsAsRows(body.blocks, (block) => body.typed.get(block)),
      (block) => body.tabbed.get(block),
    );
    return { blocks: [...header, ...rows] };
  });
}
