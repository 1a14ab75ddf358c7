// The result of reading a plan: what `dondoc plan parse --json` prints and what the
// store imports.
import type { IsoDate } from "../domain/dates.ts";
import type { DateWindow, TemplateId } from "../domain/list-templates.ts";
import type { DatedLines } from "../domain/plan-import.ts";
import type { PlanWarningCode } from "../domain/plan-warnings.ts";
import type { ResolvedName } from "../domain/resolve-units.ts";

export interface PlanMeta {
  number: string | null;
  date: IsoDate | null;
  issuer: string | null;
  title: string | null;
}

export interface ParsedDeadline {
  text: string;
  due: IsoDate;
  effectiveDue: IsoDate;
  /** Set when the task has no deadline of its own and takes that of the section or heading with this ref. */
  inheritedFrom?: string;
}

/** A heading groups tasks (a section row, "1. Sở Nội vụ:" over its bullets); only tasks are due, reminded, scored. */
export type TaskKind = "task" | "heading";

export interface ParsedTask {
  ref: string;
  parentRef: string | null;
  kind: TaskKind;
  title: string;
  deadline: ParsedDeadline | null;
  lead: ResolvedName[];
  coordinators: ResolvedName[];
  /** The list templates (appendices) the task asks for: "theo phụ lục số I, III, VI" → I, III. */
  templates: TemplateId[];
}

/** A task as the table and prose readers find it, before its templates are known. */
export type TaskDraft = Omit<ParsedTask, "templates" | "kind">;

/** The names a task carries, leading or helping, that no directory entry resolved. */
export const unresolvedNamesOf = (task: Pick<TaskDraft, "lead" | "coordinators">): Set<string> =>
  new Set([...task.lead, ...task.coordinators].filter((u) => !u.resolved).map((u) => u.name));

/** A list template the plan carries, with its date window when it sets one. */
export interface PlanTemplate {
  id: TemplateId;
  window: DateWindow | null;
}

export interface ParsedQuota {
  unit: string;
  resolved: boolean;
  /** The samples allocated to the unit (Số mẫu được phân bổ). */
  official: number;
  reserve: number;
  /** What the unit must prepare now (Số lượng mẫu phải lập); the allocation when the plan gives one pair. */
  required: { official: number; reserve: number };
}

export interface PlanWarning {
  code: PlanWarningCode;
  args: Record<string, string | number>;
}

export interface ParsedPlan {
  province: string;
  plan: PlanMeta;
  templates: PlanTemplate[];
  tasks: ParsedTask[];
  quotas: ParsedQuota[];
  warnings: PlanWarning[];
  /**
   * The body's dated lines no task was read from (src/plan/unplaced.ts), for the admin to look at before importing;
   * a plan as stored (read back from the database) has none.
   */
  unplaced?: DatedLines;
}

/** `dated`: a plan no task was read from may still give deadlines; its dated lines tell the admin it is a plan. */
export type PlanError = { code: "unknown-province" } | { code: "no-tasks"; dated?: DatedLines };
