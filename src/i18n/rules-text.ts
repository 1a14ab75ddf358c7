// A rule set in plain words: which decision it comes from (or dondoc's own default), and
// what each case earns, for /rules, the last lines of /score, /progress and the export.
import { isDefaultRules, type RuleSet } from "../domain/rule-set.ts";
import { date } from "./format.ts";
import type { Translate } from "./index.ts";

/** "Theo: <decision> (áp dụng từ dd/mm/yyyy)" or "Điểm theo dõi của dondoc (mặc định)…". */
export function rulesSourceText(t: Translate, rules: RuleSet): string {
  return isDefaultRules(rules)
    ? t("rules-source-default")
    : t("rules-source", { name: rules.name, date: date(rules.effectiveFrom) });
}

/** What complete but late earns: one figure, or each tier in working days. */
function lateText(t: Translate, rules: RuleSet, max: number): string {
  const beyond = max * rules.lateBeyond;
  if (rules.lateTiers.length === 0) return t("rules-late-flat", { points: beyond });
  const tiers = rules.lateTiers.map((tier) => t("rules-late-tier", { days: tier.upTo, points: max * tier.share }));
  return [...tiers, t("rules-late-beyond", { points: beyond })].join(", ");
}

/** How a task is scored under the set, in one paragraph. */
export function rulesText(t: Translate, rules: RuleSet): string {
  const max = rules.points.lists;
  return t("rules-figures", {
    points: max,
    document: rules.points.document,
    late: lateText(t, rules, max),
    incomplete: max * rules.incomplete,
    both: max * rules.lateIncomplete,
    missing: max * rules.missing,
    correction: t(`rules-correction-says-${rules.correction}`),
    tolerance: rules.errorTolerance * 100,
  });
}
