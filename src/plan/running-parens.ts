// Items numbered "(1)", "(2)" … may number the plan's tasks once for the whole document, running on across the
// headings that group them ("1. Rà soát …" over (1)-(3), "2. Một cửa …" over (4)-(7)) rather than anew under each:
// the plan then cites them by that number alone ("chủ trì nhiệm vụ (2), (4)"), so the number alone is their ref
// ("4", not "II.2.(4)"). Numbers that restart under each heading ("Mục 1.(1)", "Mục 2.(1)") are told apart by their
// heading and keep it; so does a single group, which says nothing either way.
import { markerOf } from "./numbering.ts";
import { numberedRuns } from "./unit-paragraph.ts";

/**
 * Whether every "(n)" item of the texts counts on from the one before, 1, 2, 3 …, with a numbered heading between two
 * of them at least (the numbering runs on past a heading, never restarting under it).
 */
export function parensRunOn(texts: readonly string[]): boolean {
  let count = 0;
  let headed = false;
  let crossed = false;
  for (const text of texts) {
    const marker = markerOf(text, null);
    if (!marker || marker.kind === "bullet") continue;
    if (marker.kind !== "paren" || numberedRuns(text)) {
      headed ||= count > 0 && /number|roman|part|article/.test(marker.kind);
      continue;
    }
    if (Number(marker.ref.slice(1, -1)) !== count + 1) return false;
    crossed ||= headed;
    [count, headed] = [count + 1, false];
  }
  return crossed;
}

/** The ref a document-wide "(n)" stands under: its number alone. */
export const runningRef = (paren: string): string => paren.slice(1, -1);
