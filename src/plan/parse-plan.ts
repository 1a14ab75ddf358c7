// From a read document to a plan: metadata, tasks (tables and prose), quotas.
import type { WorkCalendar } from "../domain/calendar.ts";
import { createResolver } from "../domain/resolve-units.ts";
import { fold } from "../domain/text.ts";
import type { Directory } from "../domain/units.ts";
import type { PlanDocument } from "./document.ts";
import { readMetadata } from "./metadata.ts";
import type { ParsedPlan, ParsedTask, PlanError, PlanWarning, TaskDraft } from "./parsed-plan.ts";
import { readProseTasks } from "./prose.ts";
import { readQuotaTable } from "./quota-table.ts";
import { readTaskTables } from "./task-table.ts";
import { readTemplates, withTemplates } from "./templates.ts";

function allText(document: PlanDocument): string {
  return document.blocks.map((b) => (b.type === "text" ? b.text : b.cells.join(" "))).join("\n");
}

/** Whether a document speaks of a plan and its tasks at all (a stray file does not). */
export function looksLikePlan(document: PlanDocument): boolean {
  return /\b(ke hoach|nhiem vu)\b/.test(fold(allText(document)));
}

/** The province a plan is about: the one of `provinces` its text names most often. */
export function detectProvince(document: PlanDocument, provinces: readonly string[]): string | null {
  const text = ` ${fold(allText(document))} `;
  let best: { province: string; count: number } | null = null;
  for (const province of provinces) {
    const count = text.split(` ${fold(province)} `).length - 1;
    if (count > 0 && (!best || count > best.count)) best = { province, count };
  }
  return best?.province ?? null;
}

function dedupeWarnings(warnings: PlanWarning[]): PlanWarning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = JSON.stringify(w);
    return !seen.has(key) && seen.add(key);
  });
}

/** A unit of an earlier directory named in a plan of today's resolves to its successor: the admin is told. */
function successorWarnings(tasks: TaskDraft[]): PlanWarning[] {
  return tasks.flatMap((task) =>
    [...task.lead, ...task.coordinators].flatMap((unit) =>
      unit.succeededFrom
        ? [{ code: "unit-succeeded" as const, args: { ref: task.ref, name: unit.succeededFrom, successor: unit.name } }]
        : [],
    ),
  );
}

/** A task other tasks name as their parent only groups them: a heading, never due, reminded or scored itself. */
function withKinds(drafts: TaskDraft[]): (TaskDraft & Pick<ParsedTask, "kind">)[] {
  const parents = new Set(drafts.map((t) => t.parentRef));
  return drafts.map((draft) => ({ ...draft, kind: parents.has(draft.ref) ? "heading" : "task" }));
}

export function parsePlan(
  document: PlanDocument,
  directory: Directory,
  calendar: WorkCalendar,
): { ok: true; plan: ParsedPlan } | { ok: false; error: PlanError } {
  const resolver = createResolver(directory);
  const { meta, warnings } = readMetadata(document.blocks, directory.province);
  const ctx = { resolver, calendar, warnings };
  const templates = readTemplates(document.blocks);
  const tasks = withTemplates(
    withKinds([...readTaskTables(document.blocks, ctx), ...readProseTasks(document.blocks, ctx)]),
    templates,
  );
  if (tasks.length === 0) return { ok: false, error: { code: "no-tasks" } };
  warnings.push(...successorWarnings(tasks));
  const quotas = readQuotaTable(document.blocks, resolver, warnings);
  return {
    ok: true,
    plan: { province: directory.province, plan: meta, templates, tasks, quotas, warnings: dedupeWarnings(warnings) },
  };
}
