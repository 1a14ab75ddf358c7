// What an admin sees before a plan is imported: how much of it was understood, every unit
// name that was not (with where it appears), and the answers the admin gives about those
// names, applied to the directory so that the plan can be read again with them.
import { fold } from "./text.ts";
import type { ResolvedName } from "./resolve-units.ts";
import { GROUPS, type Directory, type UnitKind } from "./units.ts";

/** The parts of a read plan the summary counts (a ParsedPlan has them). */
export interface PlanToSummarize {
  province: string;
  tasks: {
    ref: string;
    kind: "task" | "heading";
    deadline: { inheritedFrom?: string } | null;
    lead: ResolvedName[];
    coordinators: ResolvedName[];
  }[];
  quotas: { unit: string; resolved: boolean }[];
  unplaced?: DatedLines;
}

/** The body's lines that give a deadline and that no task was read from (src/plan/unplaced.ts). */
export interface DatedLines {
  count: number;
  /** The first of them, cut to a length a message shows. */
  lines: string[];
}

export interface UnresolvedName {
  name: string;
  kind: UnitKind;
  /** The refs of the tasks that name it; "quota" for the quota table. */
  refs: string[];
}

export interface ImportSummary {
  province: string;
  /** The plan is of another province than the one dondoc serves. */
  foreign: boolean;
  /** Tasks, headings not counted. */
  tasks: number;
  withDeadline: number;
  withLead: number;
  /** Tasks whose deadline is their section's. */
  inherited: number;
  quotas: number;
  /** Names not understood, to ask the admin about. */
  unresolved: UnresolvedName[];
  /** Names kept as written: ignored by the admin (now or in an earlier plan), or naming nobody in particular. */
  kept: UnresolvedName[];
  /** Dated lines no task was read from: where a reading may have missed work. */
  unplaced: DatedLines;
}

export const sameProvince = (a: string, b: string): boolean => fold(a) === fold(b);

/** A name's key: names that fold alike are one name. */
export const nameKey = (name: string): string => fold(name);

// A group left unresolved ("Các cơ quan liên quan" names nobody in particular; "UBND cấp xã"
// before the communes are imported with `units import`) is no unit to ask about.
// Such a group is kept as written ("Các sở, ngành liên quan"), or by its own name.
const VAGUE = new Set(GROUPS.flatMap((g) => [g.name, ...g.phrases]).map(nameKey));

/** `ignored`: names the admin chose to keep as written, now or when an earlier plan used them. */
export function summarizeImport(
  plan: PlanToSummarize,
  servingProvince: string,
  ignored: readonly string[] = [],
): ImportSummary {
  const tasks = workTasks(plan);
  const skip = new Set([...ignored.map(nameKey), ...VAGUE]);
  const unresolved = new Map<string, UnresolvedName>();
  const kept = new Map<string, UnresolvedName>();
  const note = (name: string, kind: UnitKind, ref: string) => {
    const key = nameKey(name);
    const list = skip.has(key) ? kept : unresolved;
    const entry = list.get(key) ?? { name, kind, refs: [] };
    if (!entry.refs.includes(ref)) entry.refs.push(ref);
    list.set(key, entry);
  };
  for (const task of plan.tasks)
    for (const unit of [...task.lead, ...task.coordinators]) if (!unit.resolved) note(unit.name, unit.kind, task.ref);
  for (const quota of plan.quotas) if (!quota.resolved) note(quota.unit, "department", "quota");
  return {
    province: plan.province,
    foreign: !sameProvince(plan.province, servingProvince),
    tasks: tasks.length,
    withDeadline: tasks.filter((t) => t.deadline).length,
    withLead: tasks.filter((t) => t.lead.length > 0).length,
    inherited: tasks.filter((t) => t.deadline?.inheritedFrom).length,
    quotas: plan.quotas.length,
    unresolved: [...unresolved.values()],
    kept: [...kept.values()],
    unplaced: plan.unplaced ?? { count: 0, lines: [] },
  };
}

/** What the admin said a name means: another name of a unit, a new unit, or nothing to follow up. */
export type NameChoice =
  | { name: string; action: "alias"; unit: string }
  | { name: string; action: "create"; kind: UnitKind }
  | { name: string; action: "ignore" };

/** The directory as it will be once the choices are saved: aliases on their units, new units added. */
export function withChoices(directory: Directory, choices: readonly NameChoice[]): Directory {
  const units = directory.units.map((unit) => {
    const aliases = choices.flatMap((c) => (c.action === "alias" && c.unit === unit.name ? [c.name] : []));
    return aliases.length ? { ...unit, aliases: [...unit.aliases, ...aliases] } : unit;
  });
  for (const choice of choices) {
    if (choice.action === "create" && !units.some((u) => nameKey(u.name) === nameKey(choice.name)))
      units.push({ name: choice.name, kind: choice.kind, parent: null, abbreviations: [], aliases: [] });
  }
  return { ...directory, units };
}

/** A short, stable tag of a name for a button (Telegram allows 64 bytes of data): FNV-1a in hex. */
export function nameTag(name: string): string {
  let hash = 0x811c9dc5;
  for (const char of nameKey(name)) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** The plan's tasks without the headings that group them: what counts, is reminded and scored. */
export function workTasks<T extends { kind: string }>(plan: { tasks: readonly T[] }): T[] {
  return plan.tasks.filter((t) => t.kind === "task");
}
