// The summary of a plan about to be imported, as chat and the command line print it.
import type { DatedLines, ImportSummary, UnresolvedName } from "../domain/plan-import.ts";
import type { Translate } from "./index.ts";

/** Refs shown for a name before "…". */
const REFS_SHOWN = 6;

export function refsText(t: Translate, name: UnresolvedName): string {
  const refs = name.refs.map((r) => (r === "quota" ? t("import-ref-quota") : r));
  return refs.length > REFS_SHOWN ? `${refs.slice(0, REFS_SHOWN).join(", ")}, …` : refs.join(", ");
}

/** The dated lines no task was read from, for the admin to check (none: no line). */
export function unplacedText(
  t: Translate,
  unplaced: DatedLines,
  list: (lines: string[]) => string[] = (lines) => lines,
): string[] {
  if (unplaced.count === 0) return [];
  const more = unplaced.count - unplaced.lines.length;
  return [
    t("import-unplaced", { count: unplaced.count }),
    ...list(unplaced.lines.map((line) => `• ${line}`)),
    ...(more > 0 ? [t("import-unplaced-more", { count: more })] : []),
  ];
}

/** `list` shortens a list of names (chat caps it to fit a message). */
export function importSummaryLines(
  t: Translate,
  about: { plan: string; summary: ImportSummary; serving: string },
  list: (lines: string[]) => string[] = (lines) => lines,
): string[] {
  const { summary } = about;
  const lines = [
    t("import-summary", {
      plan: about.plan,
      province: summary.province,
      tasks: summary.tasks,
      deadline: summary.withDeadline,
      inherited: summary.inherited,
      lead: summary.withLead,
      quotas: summary.quotas,
    }),
  ];
  if (summary.foreign) lines.push(t("import-foreign", { province: summary.province, serving: about.serving }));
  const named = (names: UnresolvedName[]) => list(names.map((n) => `• ${n.name} (${refsText(t, n)})`));
  lines.push(...unplacedText(t, summary.unplaced, list));
  if (summary.kept.length) lines.push(t("import-kept", { count: summary.kept.length }), ...named(summary.kept));
  if (summary.unresolved.length === 0) return [...lines, t("import-all-resolved")];
  return [...lines, t("import-unresolved", { count: summary.unresolved.length }), ...named(summary.unresolved)];
}
