// A rule set's own checks (late and incomplete below either alone, tiers in order), the set
// in force on a day, and lateness counted in the province's working days.
import { describe, expect, it } from "vitest";
import { buildCalendar, workingDaysLate } from "../../src/domain/calendar.ts";
import { VIETNAM_DAYS_OFF } from "../../src/domain/holidays-vn.ts";
import { DEFAULT_RULES, lateShare, ruleSetSchema, rulesOn, type RuleSet } from "../../src/domain/rule-set.ts";

const province: RuleSet = {
  ...DEFAULT_RULES,
  name: "Quyết định số 1234/QĐ-UBND",
  effectiveFrom: "2026-01-05",
  lateTiers: [
    { upTo: 3, share: 0.75 },
    { upTo: 10, share: 0.5 },
  ],
  lateBeyond: 0.25,
  lateIncomplete: 0.2,
};
const problems = (rules: RuleSet) => {
  const parsed = ruleSetSchema.safeParse(rules);
  return parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join("."), i.message]);
};

describe("ruleSetSchema", () => {
  it("accepts the default set and a province's tiers", () => {
    expect(problems(DEFAULT_RULES)).toEqual([]);
    expect(problems(province)).toEqual([]);
  });

  it("refuses late and incomplete not below either fault alone", () => {
    expect(problems({ ...province, lateIncomplete: 0.25 })).toEqual([["lateIncomplete", "late-incomplete-not-below"]]);
    expect(problems({ ...province, lateIncomplete: 0.5, incomplete: 0.5 })).toContainEqual([
      "lateIncomplete",
      "late-incomplete-not-below",
    ]);
  });

  it("refuses tiers whose days do not grow or whose shares grow", () => {
    const tiers = [
      { upTo: 10, share: 0.5 },
      { upTo: 3, share: 0.75 },
    ];
    expect(problems({ ...province, lateTiers: tiers })).toContainEqual(["lateTiers.1", "tiers-order"]);
    expect(problems({ ...province, lateBeyond: 0.9 })).toContainEqual(["lateBeyond", "tiers-order"]);
  });
});

describe("lateShare and rulesOn", () => {
  it.each([
    [0, 1],
    [1, 0.75],
    [3, 0.75],
    [4, 0.5],
    [10, 0.5],
    [11, 0.25],
  ])("%i working days late keeps %f", (days, share) => expect(lateShare(province, days)).toBe(share));

  it("applies the newest set whose day has come, else the default", () => {
    const next = { ...province, name: "Quyết định 2027", effectiveFrom: "2027-01-04" };
    expect(rulesOn([next, province], "2026-01-04")).toBe(DEFAULT_RULES);
    expect(rulesOn([next, province], "2026-06-30").name).toBe(province.name);
    expect(rulesOn([next, province], "2027-01-04").name).toBe(next.name);
  });
});

describe("workingDaysLate", () => {
  const calendar = buildCalendar(VIETNAM_DAYS_OFF);
  it.each([
    ["2019-11-29", "2019-11-29", 0],
    // The Saturday after a Friday deadline is late all the same.
    ["2019-11-29", "2019-11-30", 1],
    ["2019-11-29", "2019-12-03", 2],
    ["2019-11-29", "2019-12-11", 8],
    // Tết 2020 (23–29/01) is not counted.
    ["2020-01-22", "2020-01-30", 1],
  ])("due %s, done %s: %i", (due, done, days) => expect(workingDaysLate(calendar, due, done)).toBe(days));
});
