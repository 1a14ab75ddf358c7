// Direct formatting ([MS-DOC] 2.8.x, PlcBtePapx / PlcBteChpx → FKP pages): 512-byte pages of the
// WordDocument stream, each listing runs of the stream's bytes (FC ranges) and the property list
// (grpprl) each run has; a paragraph's properties are those of the run its mark's byte is in.
// The pages are read once each: a table listing one page twice (a loop) is refused, and every
// offset inside a page stays inside it.
import { refuse } from "../budget.ts";

export interface PropertyRun {
  from: number;
  to: number;
  /** A paragraph's style (PAPX only). */
  istd: number;
  grpprl: Buffer;
}

const PAGE = 512;
const HUGE_PAPX = 0x6646;
const EMPTY: Buffer = Buffer.alloc(0);

/** The pages a bin table (PlcBte) lists, each read once. */
function pages(word: Buffer, plcBte: Buffer): Buffer[] {
  const count = Math.floor((plcBte.length - 4) / 8);
  const seen = new Set<number>();
  const out: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const pn = plcBte.readUInt32LE((count + 1) * 4 + i * 4) & 0x3fffff;
    if (seen.has(pn)) refuse("unreadable-doc", "formatting page listed twice");
    seen.add(pn);
    if ((pn + 1) * PAGE > word.length) refuse("unreadable-doc", "formatting page past the end");
    out.push(word.subarray(pn * PAGE, (pn + 1) * PAGE));
  }
  return out;
}

/** A page's run count and FC bounds, checked to fit the page. */
function runsOf(page: Buffer, entrySize: number): { count: number; fc: (i: number) => number; entry: number } {
  const count = page[PAGE - 1]!;
  const entry = (count + 1) * 4;
  if (entry + count * entrySize > PAGE - 1) refuse("unreadable-doc", "formatting page overflows");
  return { count, fc: (i) => page.readUInt32LE(i * 4), entry };
}

const byStart = (runs: PropertyRun[]) => runs.sort((a, b) => a.from - b.from);

/**
 * Paragraph runs. A paragraph whose properties outgrow a page keeps them in the Data stream
 * (sprmPHugePapx), read from there with its size checked.
 */
export function paragraphRuns(word: Buffer, plcBte: Buffer, data: Buffer | null): PropertyRun[] {
  const runs: PropertyRun[] = [];
  for (const page of pages(word, plcBte)) {
    const { count, fc, entry } = runsOf(page, 13);
    for (let i = 0; i < count; i++) {
      const offset = page[entry + i * 13]! * 2;
      let [istd, grpprl]: [number, Buffer] = [0, EMPTY];
      if (offset > 0) {
        const cb = page[offset] ?? 0;
        const [start, size] = cb !== 0 ? [offset + 1, cb * 2 - 1] : [offset + 2, (page[offset + 1] ?? 0) * 2];
        const bytes = page.subarray(start, Math.min(start + size, PAGE - 1));
        if (bytes.length >= 2) [istd, grpprl] = [bytes.readUInt16LE(0), bytes.subarray(2)];
      }
      if (grpprl.length >= 6 && grpprl.readUInt16LE(0) === HUGE_PAPX && data) {
        const at = grpprl.readUInt32LE(2);
        const size = at + 2 <= data.length ? data.readUInt16LE(at) : 0;
        grpprl = data.subarray(at + 2, Math.min(at + 2 + size, data.length));
      }
      runs.push({ from: fc(i), to: fc(i + 1), istd, grpprl });
    }
  }
  return byStart(runs);
}

/** Character runs. */
export function characterRuns(word: Buffer, plcBte: Buffer): PropertyRun[] {
  const runs: PropertyRun[] = [];
  for (const page of pages(word, plcBte)) {
    const { count, fc, entry } = runsOf(page, 1);
    for (let i = 0; i < count; i++) {
      const offset = page[entry + i]! * 2;
      const size = offset > 0 ? page[offset]! : 0;
      const grpprl = offset > 0 ? page.subarray(offset + 1, Math.min(offset + 1 + size, PAGE - 1)) : EMPTY;
      runs.push({ from: fc(i), to: fc(i + 1), istd: 0, grpprl });
    }
  }
  return byStart(runs);
}

/** The run holding the byte at `fc`, by binary search over runs sorted by start. */
export function runAt(runs: readonly PropertyRun[], fc: number): PropertyRun | undefined {
  let [low, high] = [0, runs.length - 1];
  while (low <= high) {
    const mid = (low + high) >> 1;
    const run = runs[mid]!;
    if (fc < run.from) high = mid - 1;
    else if (fc >= run.to) low = mid + 1;
    else return run;
  }
  return undefined;
}
