// Sample-list intake: guard the file, read it in a worker, check it against its
// template, the plan's date window and the unit's quota, write the annotated copy, and,
// for a unit's submission, store it, mark the task done when the list is complete, and
// score. A file that cannot be read changes nothing.
import { availableParallelism } from "node:os";
import type { CheckedList, Finding, Quota } from "../domain/list-check.ts";
import type { DateWindow, TemplateId } from "../domain/list-templates.ts";
import { fail, ok, type Result } from "../domain/result.ts";
import { createResolver } from "../domain/resolve-units.ts";
import { dayInVietnam } from "../domain/dates.ts";
import { DEFAULT_SCORING, isCompleteList, lateDays, listPoints, type Scoring } from "../domain/scoring.ts";
import { findingText } from "../i18n/format.ts";
import type { Translate } from "../i18n/index.ts";
import { DEFAULT_LIMITS, type UploadLimits } from "../domain/limits.ts";
import { inspectUpload } from "../sheets/guard.ts";
import { ListReadError, openList } from "../sheets/read-list.ts";
import { metrics } from "./metrics.ts";

export interface IntakeContext {
  window: DateWindow | null;
  quota: Quota | null;
  knownPhones: ReadonlySet<string>;
  /** The deadline the list answers, for timeliness. */
  effectiveDue: string | null;
  /** The rules in force, and the calendar their working days are counted on. */
  scoring: Scoring;
}

export interface IntakeReport {
  template: TemplateId;
  check: CheckedList;
  /**
   * A finding in the sender's words. Put in words when shown, not for every finding at once: the reply
   * shows ten, and a list with an error on each of its 10,000 rows made 10,000 messages that lived until
   * it was answered; ten such lists at once were a heap whose collection held the bot for 50 ms.
   */
  message(finding: Finding): string;
  complete: boolean;
  /** The list's own points as a duty sent now. */
  score: { points: number; max: number };
  annotated: Buffer | null;
  /** Text of the title rows above the header ("SỞ Y TẾ"), to tell whose list it is. */
  titles: string[];
}

export const NO_CONTEXT: IntakeContext = {
  window: null,
  quota: null,
  knownPhones: new Set(),
  effectiveDue: null,
  scoring: DEFAULT_SCORING,
};

type IntakeOptions = {
  t: Translate;
  at: Date;
  template?: TemplateId | undefined;
  context: (template: TemplateId) => Promise<IntakeContext>;
  limits?: UploadLimits;
  /** Told at once when the list waits for a worker, with its place in the queue. */
  onQueued?: ((place: number) => Promise<void>) | undefined;
};

/**
 * At most `size` lists read at once, each in its own worker (as many as the machine has
 * cores, unless LIST_WORKERS says otherwise); the others wait their turn in order of arrival,
 * so that ten lists sent at once cost ten workers' memory no more than `size` do.
 */
export class IntakeSlots {
  private busy = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(public size: number) {}

  /** A slot; `onQueued` hears the list's place (1 = next) at once when it has to wait. */
  async acquire(onQueued?: (place: number) => Promise<void>): Promise<() => void> {
    if (this.busy < this.size) {
      this.busy++;
      return () => this.release();
    }
    const turn = new Promise<void>((resolve) => this.waiting.push(resolve));
    await onQueued?.(this.waiting.length).catch(() => {});
    await turn;
    return () => this.release();
  }

  /** A slot given back goes to the first list waiting, or is free. */
  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.busy--;
  }
}

export const intakeSlots = new IntakeSlots(availableParallelism());

/** Checks a list, counted and timed for the metrics (outcome: read, or the refusal's code). */
export async function runIntake(
  file: { name: string; content: Buffer },
  options: IntakeOptions,
): Promise<Result<IntakeReport>> {
  const release = await intakeSlots.acquire(options.onQueued);
  const done = metrics.listChecks.startTimer();
  try {
    const result = await checkUpload(file, options);
    done({ outcome: result.ok ? "read" : result.error.code });
    return result;
  } catch (error) {
    done({ outcome: "error" });
    throw error;
  } finally {
    release();
  }
}

async function checkUpload(
  file: { name: string; content: Buffer },
  options: IntakeOptions,
): Promise<Result<IntakeReport>> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const kind = inspectUpload(file.content, limits);
  if (typeof kind !== "string") return fail(kind.code, kind.args);
  const opened = await openList(file.content, kind, limits, { template: options.template });
  if ("columns" in opened) return fail(opened.code, { columns: opened.columns.join(", ") });
  if ("code" in opened) return fail(opened.code, "args" in opened ? opened.args : undefined);
  try {
    const context = await options.context(opened.template);
    const check = await opened.check({
      window: context.window,
      quota: context.quota,
      knownPhones: context.knownPhones,
    });
    const complete = isCompleteList(
      check.counts,
      check.findings.some((f) => f.code === "quota-short"),
      context.scoring.rules,
    );
    const late = lateDays(context.scoring, context.effectiveDue, dayInVietnam(options.at));
    const { rules } = context.scoring;
    const duty = { points: listPoints(complete, late, rules), max: rules.points.lists };
    // A file no writer can annotate still gets its feedback, without the copy.
    const annotated = check.findings.length ? await opened.annotate().catch(() => null) : null;
    return ok({
      template: check.template,
      check,
      message: (finding) => findingText(options.t, finding),
      complete,
      score: { points: duty.points, max: duty.max },
      annotated,
      titles: opened.titles,
    });
  } catch (error) {
    if (error instanceof ListReadError) return fail(error.failure.code, error.failure.args);
    throw error;
  } finally {
    await opened.close();
  }
}

/** A unit the title rows name, when it is not the sender's ("SỞ Y TẾ" on a list sent for Sở Xây dựng). */
export function otherUnitNamed(
  titles: string[],
  directory: Parameters<typeof createResolver>[0],
  ownUnit: string,
): string | null {
  const resolver = createResolver(directory);
  for (const title of titles) {
    const unit = resolver.find(title);
    if (unit && unit.kind !== "other" && unit.name !== ownUnit) return unit.name;
  }
  return null;
}
