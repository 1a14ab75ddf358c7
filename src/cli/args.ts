// The values command-line arguments may take. Each schema is paired with the failure a
// wrong value gets, so that every command answers a mistake the same way (exit 2).
import { z } from "zod";
import { DAY_OFF_RULES } from "../domain/calendar.ts";
import { isIsoDate } from "../domain/dates.ts";
import { TEMPLATE_IDS, type TemplateId } from "../domain/list-templates.ts";
import type { Failure } from "../domain/result.ts";
import { LANGUAGES } from "../i18n/index.ts";

export interface ArgRule<T> {
  schema: z.ZodType<T>;
  failure: (value: string) => Failure;
}

const rule = <T>(schema: z.ZodType<T>, code: string, args: Record<string, string> = {}): ArgRule<T> => ({
  schema,
  failure: (value) => ({ code, args: { value, ...args } }),
});

const wholeNumber = (min: number, max: number) =>
  z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(min).max(max));

export const YEAR = rule(wholeNumber(2000, 2100), "invalid-year");
export const DATE = rule(z.string().refine(isIsoDate), "invalid-date");
export const PLAN_ID = rule(wholeNumber(1, Number.MAX_SAFE_INTEGER), "invalid-plan-id");
export const INVITATION_ID = rule(wholeNumber(1, Number.MAX_SAFE_INTEGER), "invalid-invitation-id");
export const LIMIT = rule(wholeNumber(1, 10_000), "invalid-limit");
export const DAYS = rule(wholeNumber(0, 1_000_000), "invalid-days");
export const DAY_OFF_RULE = rule(z.enum(DAY_OFF_RULES), "invalid-day-off-rule", { known: DAY_OFF_RULES.join(", ") });
export const STAFF_COUNT = rule(wholeNumber(1, 100_000), "invalid-staff-count");
export const SAMPLE_COUNT = rule(wholeNumber(0, 100_000), "invalid-sample-count");
export const LANG = rule(z.enum(LANGUAGES), "unknown-lang", { known: LANGUAGES.join(", ") });
export const TEMPLATE = rule(
  z
    .string()
    .transform((s) => s.trim().toUpperCase())
    .pipe(z.enum(TEMPLATE_IDS as [TemplateId, ...TemplateId[]])),
  "invalid-template",
  { known: TEMPLATE_IDS.join(", ") },
);

/** The value, or the failure that says what was wrong and what would be right. */
export function parseArg<T>(rule: ArgRule<T>, value: string): { ok: true; value: T } | { ok: false; error: Failure } {
  const parsed = rule.schema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: rule.failure(value) };
}
