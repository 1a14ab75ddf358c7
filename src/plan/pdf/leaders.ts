// A dot leader a tab stop draws ("Rà soát … được cắt.......Văn phòng UBND tỉnh"): the writer sets the dots in the
// runs about it, often in one run with the first letters of the text at the stop (".......Văn", ".Kho" after a "."
// run, "..S"), so the text at the stop seemed to start left of its column, in the column before. The dots are no
// text: a run of dots alone just before a letter goes, and a run opening with dots before a letter starts where its
// letters do (a dot is a quarter of the font size wide). A leader is two dots or more; a single period ends a sentence.
import type { TextRun } from "./geometry.ts";

/** Runs on one baseline: within this many font sizes. */
const SAME_LINE = 0.3;
/** Dots this close (in font sizes) to the next run lead to it, with no space between. */
const TOUCHING = 0.3;
/** How wide a dot (or a space among dots) is, in font sizes. */
const DOT = 0.25;

const DOTS_ONLY = /^[.…\s]+$/u;
const OPENING_DOTS = /^([.…\s]*[.…])(\p{L}.*)$/u;

const dotCount = (text: string) => [...text].reduce((n, c) => n + (c === "…" ? 3 : c === "." ? 1 : 0), 0);

/**
 * Where one line's runs (left to right) hold a leader: each dots' run to nothing, each run opening with dots to its
 * text.
 */
function leadersIn(line: TextRun[], changes: Map<TextRun, TextRun | null>): void {
  let pending: TextRun[] = [];
  for (const run of line) {
    if (DOTS_ONLY.test(run.text)) {
      pending.push(run);
      continue;
    }
    const last = pending.at(-1);
    const touching = last !== undefined && run.x - (last.x + last.width) <= TOUCHING * run.size;
    const opening = OPENING_DOTS.exec(run.text);
    const dots = (touching ? pending.reduce((n, p) => n + dotCount(p.text), 0) : 0) + dotCount(opening?.[1] ?? "");
    if (dots >= 2) {
      if (touching) for (const dot of pending) changes.set(dot, null);
      if (opening) {
        const shift = dotCount(opening[1]!) * DOT * run.size;
        changes.set(run, { ...run, text: opening[2]!, x: run.x + shift, width: Math.max(run.width - shift, 0) });
      }
    }
    pending = [];
  }
}

/** The page's runs, in their order, with the dot leaders of its tab stops taken out; linear after sorting. */
export function withoutLeaders(runs: TextRun[]): TextRun[] {
  if (!runs.some((run) => run.text.includes("..") || run.text.includes("…") || run.text === ".")) return runs;
  const lines: TextRun[][] = [];
  for (const run of [...runs].sort((a, b) => a.y - b.y)) {
    const last = lines.at(-1);
    if (last && run.y - last[0]!.y <= SAME_LINE * last[0]!.size) last.push(run);
    else lines.push([run]);
  }
  const changes = new Map<TextRun, TextRun | null>();
  for (const line of lines)
    leadersIn(
      line.sort((a, b) => a.x - b.x),
      changes,
    );
  if (changes.size === 0) return runs;
  return runs.flatMap((run) => (changes.has(run) ? (changes.get(run) ?? []) : [run]));
}
