// Frames and text boxes (draw:frame, draw:text-box) anchored to a paragraph stand where their position puts them on
// the page, not where their anchor is written: LibreOffice writes every frame a Word file placed on the page in the
// paragraph they are anchored to, in no reading order (a PDF converter's document, each line a frame). A paragraph's
// frames are read before it, in the order they stand on the page: top to bottom, then left to right; frames of
// which some have no position (inline, as a character) keep the order they are written in.
import type { XmlElement } from "../../formats/xml-stream.ts";
import type { Block } from "../document.ts";

export interface Frame {
  blocks: Block[];
  /** Where it stands on the page, in points, when its anchor says. */
  at: { x: number; y: number } | null;
}

const POINTS: Record<string, number> = { in: 72, cm: 72 / 2.54, mm: 72 / 25.4, pt: 1, pc: 12, px: 0.75 };

/** "6.5618in" → 472.4 points; null for a length not written so. */
export function points(length: string | undefined): number | null {
  const m = /^(-?\d{1,9}(?:\.\d{1,9})?)(in|cm|mm|pt|pc|px)$/.exec(length?.trim() ?? "");
  return m ? Number(m[1]) * POINTS[m[2]!]! : null;
}

export function openFrame(el: XmlElement): Frame {
  const [x, y] = [points(el.attrs.x), points(el.attrs.y)];
  const placed = el.attrs["anchor-type"] !== "as-char" && x !== null && y !== null;
  return { blocks: [], at: placed ? { x, y } : null };
}

/** The blocks of a paragraph's frames, in reading order. */
export function framesInOrder(frames: readonly Frame[]): Block[] {
  const placed = frames.every((f) => f.at)
    ? [...frames].sort((a, b) => a.at!.y - b.at!.y || a.at!.x - b.at!.x)
    : frames;
  return placed.flatMap((f) => f.blocks);
}
