// The large and hostile inputs the plan and domain tests read (test/support/large-inputs.ts,
// large-file-inputs.ts), each read here at n and at 4n: the tests assert what comes out, this
// prints how long it took. A rule linear in its input takes ~4x as long at 4n, a quadratic one
// ~16x. Alone: npx tsx bench/large-inputs.ts
import { performance } from "node:perf_hooks";
import { BAC_KAN } from "../src/domain/directories/bac-kan.ts";
import { LAI_CHAU } from "../src/domain/directories/lai-chau.ts";
import { THAI_NGUYEN } from "../src/domain/directories/thai-nguyen.ts";
import { parseDeadline } from "../src/domain/deadline.ts";
import { findDeadlineWording } from "../src/domain/deadline-wording.ts";
import { withSolarDays } from "../src/domain/lunar-dates.ts";
import { withOcrHeadDigits } from "../src/domain/ocr-digits.ts";
import { findYearlessDay } from "../src/domain/plan-year.ts";
import { createResolver } from "../src/domain/resolve-units.ts";
import { citedRuns } from "../src/domain/task-citations.ts";
import { PLAN_LIMITS } from "../src/domain/limits.ts";
import { untangleFallbackFonts } from "../src/plan/pdf/fallback-fonts.ts";
import { withoutStruckText } from "../src/plan/pdf/struck.ts";
import { layoutBlocks } from "../src/plan/pdf/layout.ts";
import { findTables, placeTurned, tableRows } from "../src/plan/pdf/tables.ts";
import { readDocxPlan } from "../src/plan/read-docx.ts";
import { readOdtPlan } from "../src/plan/read-odt.ts";
import { readPlan } from "../src/plan/read-plan.ts";
import { spacedColumnsAsTabs } from "../src/plan/text-spaced-columns.ts";
import { odtFile } from "../test/plan/odt/odt-file.ts";
import { ods } from "../test/plan/ods/ods-file.ts";
import * as files from "../test/support/large-file-inputs.ts";
import * as input from "../test/support/large-inputs.ts";
import { TEXT_WORKLOADS } from "./large-plan-inputs.ts";

/** A workload: builds its input of size n (untimed) and returns the reading to time. */
export interface Workload {
  name: string;
  /** The test that asserts its output. */
  test: string;
  n: number;
  prepare: (n: number) => (() => unknown) | Promise<() => unknown>;
}

export const DOMAIN_WORKLOADS: Workload[] = [
  {
    name: "months with a two-digit year",
    test: "domain/deadline-month-two-digit-year",
    n: 5000,
    prepare: (n) => {
      const cells = input.twoDigitYearMonths(n);
      return () => cells.map((c) => parseDeadline(c));
    },
  },
  {
    name: "a sentence of citations",
    test: "domain/task-citations",
    n: 100_000,
    prepare: (n) => {
      const text = input.citations(n);
      return () => citedRuns(text);
    },
  },
  {
    name: "an OCR copy's digits",
    test: "domain/ocr-digits",
    n: 20_000,
    prepare: (n) => {
      const text = input.ocrCopy(n);
      return () => withOcrHeadDigits(text);
    },
  },
  {
    name: "days written weekday first",
    test: "domain/deadline-weekday-first",
    n: 20_000,
    prepare: (n) => {
      const { cells, long } = input.weekdayCells(n);
      return () => [cells.map((c) => parseDeadline(c)), parseDeadline(long)];
    },
  },
  {
    name: "days without a year",
    test: "domain/weekday-days",
    n: 20_000,
    prepare: (n) => {
      const text = input.yearlessDays(n);
      return () => findYearlessDay(text);
    },
  },
  {
    name: "unknown schools' names",
    test: "domain/unknown-unit-names",
    n: 2000,
    prepare: (n) => {
      const resolver = createResolver(BAC_KAN);
      const text = input.unknownSchools(n);
      return () => resolver.resolveList(text);
    },
  },
  {
    name: "groups narrowed each on its own",
    test: "domain/resolve-units-unknown",
    n: 2000,
    prepare: (n) => {
      const resolver = createResolver(THAI_NGUYEN);
      const text = input.narrowedGroups(n);
      return () => resolver.resolveList(text);
    },
  },
  {
    name: "work due before a meeting",
    test: "domain/deadline-expected-meeting",
    n: 5000,
    prepare: (n) => {
      const { sentences, long } = input.meetingSentences(n);
      return () => [sentences.map((s) => findDeadlineWording(s)), findDeadlineWording(long)];
    },
  },
  {
    name: "lunar days made solar",
    test: "domain/lunar-calendar",
    n: 20_000,
    prepare: (n) => {
      const text = input.lunarText(n);
      return () => withSolarDays(text, "2026-01-05");
    },
  },
  {
    name: "a place's bodies",
    test: "domain/place-bodies",
    n: 1000,
    prepare: (n) => {
      const resolver = createResolver(LAI_CHAU);
      const text = input.placeBodies(n);
      return () => resolver.resolveList(text);
    },
  },
];

export const FILE_WORKLOADS: Workload[] = [
  {
    name: "words of no width among a line's",
    test: "plan/pdf-decomposed",
    n: 2000,
    prepare: (n) => {
      const { runs, glyphs } = files.zeroWidthWords(n);
      return () => untangleFallbackFonts(runs, glyphs);
    },
  },
  {
    name: "turned text in a ruled table",
    test: "plan/pdf-turned-text",
    n: 3000,
    prepare: (n) => {
      const rules = files.ruledTable(n);
      return () => {
        const [table] = findTables(rules);
        for (let r = 0; r < n; r++) placeTurned(table!, { run: files.turnedRun(r), x: 45, y: r * 20 + 10 });
        return tableRows(table!, 0);
      };
    },
  },
  {
    name: "struck runs",
    test: "plan/pdf-struck",
    n: 5000,
    prepare: (n) => {
      const { runs, rules } = files.struckRuns(n);
      return () => withoutStruckText(runs, rules, files.STRUCK_PAGE);
    },
  },
  {
    name: "an OCR's rows parted by gaps",
    test: "plan/text-spaced-columns",
    n: 20_000,
    prepare: (n) => {
      const lines = files.scannedRows(n);
      return () => spacedColumnsAsTabs(lines);
    },
  },
  {
    name: "an .odt of paragraphs",
    test: "plan/odt/hostile-odt",
    n: 5000,
    prepare: async (n) => {
      const file = await odtFile(files.odtParagraphs(n));
      return () => readOdtPlan(file, PLAN_LIMITS);
    },
  },
  {
    name: "an .odt cell merged down over all rows",
    test: "plan/odt/hostile-odt",
    n: 5000,
    prepare: async (n) => {
      const file = await odtFile(files.odtMergedRows(n));
      return () => readOdtPlan(file, PLAN_LIMITS);
    },
  },
  {
    name: "boxes drawn over one another",
    test: "plan/pdf-frames",
    n: 2000,
    prepare: (n) => {
      const { rules, runs } = files.stackedBoxes(n);
      return () => layoutBlocks([files.framePage(rules, runs)]);
    },
  },
  {
    name: "a Word 97 file cut into pieces (refused)",
    test: "plan/read-doc",
    n: 100_000,
    prepare: (n) => {
      const file = files.docOfPieces(n);
      return () => readPlan(file);
    },
  },
  {
    name: "a Word 97 file of paragraphs in one piece",
    test: "plan/read-doc",
    n: 5000,
    prepare: (n) => {
      const file = files.docOfParagraphs(n);
      return () => readPlan(file);
    },
  },
  {
    name: "an .xls of task rows",
    test: "plan/read-sheets",
    n: 5000,
    prepare: (n) => {
      const file = files.xlsOfRows(n);
      return () => readPlan(file);
    },
  },
  {
    name: "an .ods cell merged down over all rows",
    test: "plan/read-sheets",
    n: 2500,
    prepare: async (n) => {
      const file = await ods(files.odsMergedRows(n));
      return () => readPlan(file);
    },
  },
  {
    name: "a Word file's HTML part, one cell merged down over all rows",
    test: "plan/docx-alt-chunk",
    n: 5000,
    prepare: async (n) => {
      const file = await files.chunked(files.mergedHtmlRows(n));
      return () => readDocxPlan(file, { ...PLAN_LIMITS, maxBlocks: 100_000 });
    },
  },
];

/** The fastest of up to five runs (one, for a run over a second): the machine's load only adds time. */
async function fastest(run: () => unknown): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < 5 && (i === 0 || best < 1000); i++) {
    const start = performance.now();
    await run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const ms = (t: number) => (t < 10 ? t.toFixed(1) : t.toFixed(0));

export async function runWorkloads(title: string, workloads: Workload[]): Promise<void> {
  console.log(`${title} (n and 4n, fastest of up to 5 runs; linear ~4x, quadratic ~16x)`);
  for (const { name, test, n, prepare } of workloads) {
    await (
      await prepare(n)
    )(); // a first run compiles the code and loads the directories: untimed
    const small = await fastest(await prepare(n));
    const large = await fastest(await prepare(4 * n));
    const ratio = large / Math.max(small, 0.05);
    console.log(
      `  ${name} (test/${test}): n=${n.toLocaleString("en")} ${ms(small)} ms, 4n ${ms(large)} ms, ${ratio.toFixed(1)}x`,
    );
  }
}

export async function largeInputBenchmarks(): Promise<void> {
  await runWorkloads("large inputs of the plan readers", TEXT_WORKLOADS);
  await runWorkloads("large inputs of the domain rules", DOMAIN_WORKLOADS);
  await runWorkloads("large PDF and OpenDocument inputs", FILE_WORKLOADS);
}

if (import.meta.url === `file://${process.argv[1]}`) await largeInputBenchmarks();
