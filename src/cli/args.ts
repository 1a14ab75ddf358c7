// The values command-line arguments may take. Each check is paired with the failure a
// wrong value gets, so that every command answers a mistake the same way (exit 2).
import { DAY_OFF_RULES } from "../domain/calendar.ts";
import { isIsoDate } from "../domain/dates.ts";
import { TEMPLATE_IDS, type TemplateId } from "../domain/list-templates.ts";
import type { Failure } from "../domain/result.ts";
import { LANGUAGES, type Lang } from "../i18n/index.ts";

// Plain checks rather than zod schemas: the command line loads them for every command, --help too.
export interface ArgRule<T> {
  /** The value, or undefined when it is not one the rule accepts. */
  parse: (value: string) => T | undefined;
  failure: (value: string) => Failure;
}

const rule = <T>(
  parse: (value: string) => T | undefined,
  code: string,
  args: Record<string, string> = {},
): ArgRule<T> => ({
  parse,
  failure: (value) => ({ code, args: { value, ...args } }),
});

const wholeNumber = (min: number, max: number) => (value: string) => {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n >= min && n <= max ? n : undefined;
};

const oneOf =
  <T extends string>(known: readonly T[]) =>
  (value: string) =>
    known.find((k) => k === value);

export const YEAR = rule(wholeNumber(2000, 2100), "invalid-year");
export const DATE = rule((value) => (isIsoDate(value) ? value : undefined), "invalid-date");
export const PLAN_ID = rule(wholeNumber(1, Number.MAX_SAFE_INTEGER), "invalid-plan-id");
export const INVITATION_ID = rule(wholeNumber(1, Number.MAX_SAFE_INTEGER), "invalid-invitation-id");
export const EVIDENCE_ID = rule(wholeNumber(1, Number.MAX_SAFE_INTEGER), "invalid-evidence-id");
export const LIMIT = rule(wholeNumber(1, 10_000), "invalid-limit");
export const DAYS = rule(wholeNumber(0, 1_000_000), "invalid-days");
export const DAY_OFF_RULE = rule(oneOf(DAY_OFF_RULES), "invalid-day-off-rule", { known: DAY_OFF_RULES.join(", ") });
export const STAFF_COUNT = rule(wholeNumber(1, 100_000), "invalid-staff-count");
export const SAMPLE_COUNT = rule(wholeNumber(0, 100_000), "invalid-sample-count");
export const LANG = rule<Lang>(oneOf(LANGUAGES), "unknown-lang", { known: LANGUAGES.join(", ") });
export const TEMPLATE = rule<TemplateId>(
  (value) => oneOf(TEMPLATE_IDS)(value.trim().toUpperCase()),
  "invalid-template",
  {
    known: TEMPLATE_IDS.join(", "),
  },
);

/** The value, or the failure that says what was wrong and what would be right. */
export function parseArg<T>(rule: ArgRule<T>, value: string): { ok: true; value: T } | { ok: false; error: Failure } {
  const parsed = rule.parse(value);
  return parsed === undefined ? { ok: false, error: rule.failure(value) } : { ok: true, value: parsed };
}
