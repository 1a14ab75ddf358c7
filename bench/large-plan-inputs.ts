// The plan readers' large and hostile inputs (test/support/large-inputs.ts) as bench/large-inputs.ts reads them,
// at n and at 4n.
import { BAC_KAN } from "../src/domain/directories/bac-kan.ts";
import { PLAN_LIMITS } from "../src/domain/limits.ts";
import { withoutSampleForms } from "../src/plan/attached.ts";
import { withoutTranslations } from "../src/plan/bilingual.ts";
import { withBrokenLinesJoined } from "../src/plan/broken-lines.ts";
import { withCorrectedTimes } from "../src/plan/corrected-times.ts";
import { workAfterDeadline } from "../src/plan/dated-prose.ts";
import { describesRowAbove } from "../src/plan/describing-rows.ts";
import { readMetadata } from "../src/plan/metadata.ts";
import { joinAtSoftHyphens } from "../src/plan/pdf/soft-hyphen.ts";
import { rowItems } from "../src/plan/period-matrix.ts";
import { withQuotedAmendments } from "../src/plan/quoted-amendment.ts";
import { readTextPlan } from "../src/plan/read-text.ts";
import { bracketTime, duringSection } from "../src/plan/section-time.ts";
import { joinTabStopRows } from "../src/plan/tab-stop-rows.ts";
import { withTableNotes } from "../src/plan/table-notes.ts";
import { joinCellParagraphs } from "../src/plan/text-cell-lines.ts";
import { withoutChatMarks } from "../src/plan/text-chat.ts";
import { withGroupRowsSpread } from "../src/plan/text-group-rows.ts";
import { withoutMailQuotes, withoutSignature } from "../src/plan/text-quoted.ts";
import { withTimeCodes } from "../src/plan/time-codes.ts";
import { withTransposedTables } from "../src/plan/transposed-table.ts";
import { dutyPieces } from "../src/plan/two-duties.ts";
import { readUnitCodes, spellCodes } from "../src/plan/unit-codes.ts";
import * as input from "../test/support/large-inputs.ts";
import { parse } from "../test/support/text-plans.ts";
import type { Workload } from "./large-inputs.ts";

const texts = (text: string) => {
  const read = readTextPlan(text, { ...PLAN_LIMITS, maxBytes: 100_000_000 });
  if (!read.ok) throw new Error(read.error.code);
  return read.document.blocks.length;
};

// n is the test's size, or about a quarter of it where 4 times the test's size would pass a plan's limits (tasks,
// blocks, three-digit codes) or take minutes.
export const TEXT_WORKLOADS: Workload[] = [
  {
    name: "months of a work programme",
    test: "plan/month-numbers",
    n: 375,
    prepare: (n) => {
      const text = input.monthNumberRows(n);
      return () => parse(text, { directory: BAC_KAN, issued: "2024-12-20" });
    },
  },
  {
    name: "month rows dated by their own day",
    test: "plan/month-row-own-day",
    n: 750,
    prepare: (n) => {
      const text = input.monthRowsOwnDay(n);
      return () => parse(text, { directory: BAC_KAN });
    },
  },
  {
    name: "corrected times in one text",
    test: "plan/corrected-times",
    n: 5000,
    prepare: (n) => {
      const text = input.correctedTimes(n);
      return () => withCorrectedTimes(text);
    },
  },
  {
    name: "a title row after a long sheet",
    test: "plan/sheet-title-rows",
    n: 20_000,
    prepare: (n) => {
      const rows = input.lateTitleSheet(n);
      return () => readMetadata(rows, "Bắc Kạn");
    },
  },
  {
    name: "broken lines joined",
    test: "plan/pasted-plan-lines",
    n: 20_000,
    prepare: (n) => {
      const { pairs, chain } = input.brokenLines(n);
      return () => [withBrokenLinesJoined(pairs), withBrokenLinesJoined(chain)];
    },
  },
  {
    name: "a long time cell",
    test: "plan/section-time",
    n: 20_000,
    prepare: (n) => {
      const { during, bracket } = input.longTimeCell(n);
      return () => [duringSection(during, "TRIỂN KHAI CHIẾN DỊCH"), bracketTime(bracket)];
    },
  },
  {
    name: "time codes of a hostile table",
    test: "plan/time-codes",
    n: 25_000,
    prepare: (n) => {
      const blocks = input.timeCodeTable(n);
      return () => withTimeCodes(blocks);
    },
  },
  {
    name: "quoted amendments",
    test: "plan/quoted-amendment",
    n: 5000,
    prepare: (n) => {
      const blocks = input.quotedAmendments(n);
      return () => withQuotedAmendments(blocks);
    },
  },
  {
    name: "lines joined at soft hyphens",
    test: "plan/pdf-soft-hyphen",
    n: 20_000,
    prepare: (n) => {
      const lines = input.softHyphenLines(n);
      return () => joinAtSoftHyphens(lines);
    },
  },
  {
    name: "table notes in a long document",
    test: "plan/table-notes",
    n: 5000,
    prepare: (n) => {
      const blocks = input.noteSigns(n);
      return () => withTableNotes(blocks);
    },
  },
  {
    name: "rows dated by a note's sign",
    test: "plan/table-notes",
    n: 750,
    prepare: (n) => {
      const text = input.signedRows(n);
      return () => parse(text);
    },
  },
  {
    name: "cells written a paragraph a line",
    test: "plan/text-word-rows",
    n: 20_000,
    prepare: (n) => {
      const lines = input.wordRowLines(n);
      return () => joinCellParagraphs(lines);
    },
  },
  {
    name: "chat marks",
    test: "plan/text-chat",
    n: 20_000,
    prepare: (n) => {
      const { lines, long } = input.chatLines(n);
      return () => [withoutChatMarks(lines), withoutChatMarks([long, long, long])];
    },
  },
  {
    name: "group rows widened",
    test: "plan/text-group-rows",
    n: 20_000,
    prepare: (n) => {
      const rows = input.groupRows(n);
      return () => withGroupRowsSpread(rows);
    },
  },
  {
    name: "points handed out by a later section",
    test: "plan/assigned-points",
    n: 225,
    prepare: (n) => {
      const text = input.assignedPoints(n);
      return () => parse(text);
    },
  },
  {
    name: "translations dropped",
    test: "plan/bilingual",
    n: 20_000,
    prepare: (n) => {
      const blocks = input.bilingualRows(n);
      return () => withoutTranslations(blocks);
    },
  },
  {
    name: "rows due with the row before",
    test: "plan/same-deadline-note",
    n: 750,
    prepare: (n) => {
      const text = input.sameDeadlineRows(n);
      return () => parse(text, { issued: "2025-03-10" });
    },
  },
  {
    name: "rows of lettered points",
    test: "plan/lettered-points",
    n: 750,
    prepare: (n) => {
      const text = input.letteredRows(n);
      return () => parse(text);
    },
  },
  {
    name: "describing rows of a hostile table",
    test: "plan/describing-rows",
    n: 25_000,
    prepare: (n) => {
      const blocks = input.describingRows(n);
      return () => blocks.filter((_, i) => describesRowAbove(blocks, i));
    },
  },
  {
    name: "mail quotes and a signature",
    test: "plan/text-quoted",
    n: 20_000,
    prepare: (n) => {
      const { quoted, signed } = input.mailLines(n);
      return () => [withoutMailQuotes(quoted), withoutSignature(signed)];
    },
  },
  {
    name: "sample forms dropped",
    test: "plan/sample-forms",
    n: 20_000,
    prepare: (n) => {
      const blocks = input.sampleForms(n);
      return () => withoutSampleForms(blocks);
    },
  },
  {
    name: "a quoted decision's column",
    test: "plan/quoted-task-column",
    n: 750,
    prepare: (n) => {
      const text = input.quotedTaskColumn(n);
      return () => parse(text);
    },
  },
  {
    name: "unit codes spelled",
    test: "plan/unit-codes",
    n: 240, // 4n codes of at most three digits
    prepare: (n) => {
      const { legend, cell, cells } = input.unitCodes(n);
      return () => {
        const codes = readUnitCodes(legend);
        return [spellCodes(cell, codes), cells.map((c) => spellCodes(c, codes))];
      };
    },
  },
  {
    name: "a table set on its side",
    test: "plan/transposed-table",
    n: 5000,
    prepare: (n) => {
      const blocks = input.transposedTable(n);
      return () => withTransposedTables(blocks);
    },
  },
  {
    name: "a matrix of units' roles",
    test: "plan/unit-name-columns",
    n: 750,
    prepare: (n) => {
      const text = input.unitMatrix(n);
      return () => parse(text);
    },
  },
  {
    name: "rows wrapped at tab stops",
    test: "plan/tab-stop-rows",
    n: 20_000,
    prepare: (n) => {
      const lines = input.tabStopRows(n);
      return () => joinTabStopRows(lines);
    },
  },
  {
    name: "a paragraph of dated clauses",
    test: "plan/two-duties",
    n: 3000,
    prepare: (n) => {
      const text = input.datedClauses(n);
      return () => dutyPieces(text, input.firstDayOf);
    },
  },
  {
    name: "a last cell going on below its row",
    test: "plan/text-last-cell-paragraphs",
    n: 4000,
    prepare: (n) => {
      const text = input.lastCellRows(n);
      return () => texts(text);
    },
  },
  {
    name: "an item of undated dashes",
    test: "plan/item-opening-paragraph",
    n: 750,
    prepare: (n) => {
      const text = input.itemDashes(n);
      return () => parse(text, { issued: "2025-06-02" });
    },
  },
  {
    name: "a deadline in a long sentence",
    test: "plan/later-clause-deadline",
    n: 5000,
    prepare: (n) => {
      const text = input.laterClause(n);
      const wording = text.slice(text.indexOf("chậm nhất"));
      return () => workAfterDeadline(text, wording);
    },
  },
  {
    name: "a quarter matrix's numbered lines",
    test: "plan/period-matrix",
    n: 225,
    prepare: (n) => {
      const text = input.periodLines(n);
      return () => parse(text, { issued: "2025-01-15" });
    },
  },
  {
    name: "a cell of numbered items",
    test: "plan/period-matrix",
    n: 5000,
    prepare: (n) => {
      const cell = input.periodCell(n);
      return () => rowItems(cell);
    },
  },
  {
    name: "units' lists of duties",
    test: "plan/unit-duty-table",
    n: 200,
    prepare: (n) => {
      const text = input.unitDutyLists(n);
      return () => texts(text);
    },
  },
];
