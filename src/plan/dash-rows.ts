// A number column may mix its levels: Roman group rows, numbered rows, "2.1" sub-rows, and rows marked with a dash
// alone ("-", "+", "•"). A dash row is a detail of the numbered row above it. Under a numbered row with no time of
// its own, the dash rows are its parts: one level under it, the row their heading, their blank unit cells its own
// (not the dash row's above). Under a row with a time, a dash row is one more task beside it, at its level, its blank
// cells merged down from the row above as any sibling's are.
import type { Open } from "./open-rows.ts";

const DASH_REF = /^[-–+•]$/u;

/** Whether a number cell holds a dash mark alone. */
export const isDashRef = (ref: string): boolean => DASH_REF.test(ref.trim());

/**
 * The level of a row numbered `ref` at `level`: a dash row's is one under the nearest numbered row open above when
 * that row has no time (`untimed`), else that row's own.
 */
export function dashRowLevel(stack: readonly Open[], ref: string, level: number): number {
  if (!isDashRef(ref)) return level;
  const over = stack.findLast((o) => o.level > 0 && !isDashRef(o.ref));
  return !over ? level : over.untimed ? over.level + 1 : over.level;
}
