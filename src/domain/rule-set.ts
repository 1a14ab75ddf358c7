// A province's scoring rules as data: what its decision ("Quy định đánh giá, chấm điểm…")
// gives a task per kind of deliverable, and the share kept when it is late (in working
// days, by tiers), incomplete, both, or missing; what a correction after the deadline
// does; the share of rows in error a complete list may have. A province has a set per
// year, each in force from its date; before the first, dondoc's own follow-up score.
import { z } from "zod";
import { isIsoDate, type IsoDate } from "./dates.ts";

const share = z.number().min(0).max(1);
const points = z.number().positive().max(1000);

export const CORRECTION_POLICIES = ["keep-on-time", "score-correction"] as const;
export type CorrectionPolicy = (typeof CORRECTION_POLICIES)[number];

export const ruleSetSchema = z
  .object({
    /** The decision the rules come from; "" only for dondoc's default set (named from the locales). */
    name: z.string().max(500),
    effectiveFrom: z.string().refine(isIsoDate),
    points: z.object({ lists: points, document: points }),
    /** Late but complete: the share of the first tier whose `upTo` working days covers the delay. */
    lateTiers: z.array(z.object({ upTo: z.number().int().positive(), share })).max(20),
    /** Late beyond every tier. */
    lateBeyond: share,
    incomplete: share,
    lateIncomplete: share,
    missing: share,
    correction: z.enum(CORRECTION_POLICIES),
    errorTolerance: share,
  })
  .superRefine((rules, ctx) => {
    const tiers = rules.lateTiers;
    tiers.forEach((tier, i) => {
      const before = tiers[i - 1];
      if (before && (tier.upTo <= before.upTo || tier.share > before.share))
        ctx.addIssue({ code: "custom", path: ["lateTiers", i], message: "tiers-order" });
    });
    const lateShares = [...tiers.map((t) => t.share), rules.lateBeyond];
    if (rules.lateBeyond > Math.min(...lateShares))
      ctx.addIssue({ code: "custom", path: ["lateBeyond"], message: "tiers-order" });
    // Late and incomplete together must earn less than either fault alone (or nothing at all).
    const floor = Math.min(rules.incomplete, ...lateShares);
    if (rules.lateIncomplete >= floor && rules.lateIncomplete > 0)
      ctx.addIssue({ code: "custom", path: ["lateIncomplete"], message: "late-incomplete-not-below" });
    if (rules.missing > rules.lateIncomplete)
      ctx.addIssue({ code: "custom", path: ["missing"], message: "missing-above" });
  });

export type RuleSet = z.infer<typeof ruleSetSchema>;

/** dondoc's own follow-up score (not a province's index): the figures it has always used. */
export const DEFAULT_RULES: RuleSet = {
  name: "",
  effectiveFrom: "2000-01-01",
  points: { lists: 10, document: 10 },
  lateTiers: [],
  lateBeyond: 0.5,
  incomplete: 0.5,
  lateIncomplete: 0.25,
  missing: 0,
  correction: "keep-on-time",
  errorTolerance: 0.05,
};

export const isDefaultRules = (rules: RuleSet): boolean => rules.name === "";

/** The set in force on `day`: the newest whose date has come, else the default. */
export function rulesOn(sets: readonly RuleSet[], day: IsoDate): RuleSet {
  let found: RuleSet | null = null;
  for (const set of sets)
    if (set.effectiveFrom <= day && (!found || set.effectiveFrom > found.effectiveFrom)) found = set;
  return found ?? DEFAULT_RULES;
}

/** The share a complete task keeps when done `lateDays` working days after its deadline. */
export function lateShare(rules: RuleSet, lateDays: number): number {
  if (lateDays <= 0) return 1;
  return rules.lateTiers.find((tier) => lateDays <= tier.upTo)?.share ?? rules.lateBeyond;
}
