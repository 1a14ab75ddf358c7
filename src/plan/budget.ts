// What reading one plan file may cost, counted as it is read: a file past a limit is
// refused the moment it crosses it, before it has cost more than the limit.
import type { PlanLimits } from "../domain/limits.ts";
import { XmlError } from "../formats/xml-stream.ts";
import type { ReadError, ReadErrorCode, ReadResult, PlanDocument } from "./document.ts";

/** Thrown from deep inside a reader and turned into a value at its entry point (`readSafely`). */
export class Refusal extends Error {
  constructor(readonly error: ReadError) {
    super(error.code);
  }
}

export function refuse(code: ReadErrorCode, detail: string): never {
  throw new Refusal({ code, detail });
}

/** The reader's result, or the refusal it threw as a value; any other failure reads as `unreadable`. */
export function readSafely(unreadable: ReadErrorCode, read: () => PlanDocument): ReadResult {
  try {
    return { ok: true, document: read() };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.error };
    if (error instanceof XmlError && error.problem !== "malformed")
      return {
        ok: false,
        error: { code: error.problem === "doctype" ? unreadable : "plan-too-complex", detail: error.message },
      };
    return { ok: false, error: { code: unreadable, detail: (error as Error).message } };
  }
}

export class Budget {
  private blocks = 0;
  private chars = 0;
  private unpackedBytes = 0;

  constructor(readonly limits: PlanLimits) {}

  /** One more paragraph or table row. */
  block(): void {
    if (++this.blocks > this.limits.maxBlocks) refuse("plan-too-complex", "paragraphs and rows");
  }

  /** Text added to a paragraph or cell now `length` long. */
  text(added: number, length: number): void {
    this.chars += added;
    if (length > this.limits.maxBlockChars) refuse("plan-too-complex", "paragraph length");
    if (this.chars > this.limits.maxTextChars) refuse("plan-too-complex", "text length");
  }

  /**
   * Bytes unpacked from a container (a zip's inflated parts, a compound file's streams), counted where one document
   * reads several (an embedded object's), so that their total is held to the limit one file's are.
   */
  unpacked(bytes: number): void {
    this.unpackedBytes += bytes;
    if (this.unpackedBytes > this.limits.maxInflatedBytes) refuse("plan-too-large", "inflated parts");
  }

  columns(count: number): void {
    if (count > this.limits.maxColumns) refuse("plan-too-complex", "columns");
  }
}
