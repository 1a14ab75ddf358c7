// Work numbered behind a word ("Nhiệm vụ 1:", "Công việc 2.", "Hoạt động 4:") under headings of the plan's own
// numbers that only group it by area:
//   II. NHIỆM VỤ CỤ THỂ
//   1. Công tác tuyên truyền             ← a heading: an area, no one's work
//   Nhiệm vụ 1: …   Nhiệm vụ 2: …        ← items of the heading, not its siblings
//   2. Công tác kiểm tra
//   Nhiệm vụ 3: …                        ← the count runs on across the headings
// An office cites such an item by its own words ("Nhiệm vụ 3"), which is unique when the count runs on: then that is
// its ref. When each heading counts anew ("Nhiệm vụ 1" under "1." and again under "2."), only the heading tells the
// items apart: "II.2.1". Directly under a section, with no heading between, the item is numbered as "1." would be
// (II.3, numbering.ts).
import { fold } from "../domain/text.ts";
import { markerOf } from "./numbering.ts";

/** Whether no labelled number repeats in the document ("Nhiệm vụ 1" … "Nhiệm vụ 12" once each): one count runs on. */
export function labelledCountRunsOn(texts: readonly string[]): boolean {
  const seen = new Set<string>();
  for (const text of texts) {
    const marker = markerOf(text, null);
    if (marker?.kind !== "number" || !marker.label) continue;
    const key = `${fold(marker.label)} ${marker.ref}`;
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

/** A labelled item's ref under a heading: its own words when the count runs on, else the heading's ref and number. */
export const labelledRef = (label: string, number: string, headingRef: string, runsOn: boolean): string =>
  runsOn ? `${label} ${number}` : `${headingRef}.${number}`;
