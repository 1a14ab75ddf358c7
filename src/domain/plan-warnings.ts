// What a plan's reading warns the admin about, each a stable code with a localized message. One list: the reader
// gives these, and a warning kept with a pending import must read back from the database (src/store).
export const PLAN_WARNING_CODES = [
  "unresolved-unit",
  "deadline-without-date",
  "invalid-deadline",
  "backward-deadline",
  "plan-number-missing",
  "plan-date-missing",
  "quota-cell-missing",
  "unresolved-quota-unit",
  "duplicate-ref",
  "unit-succeeded",
] as const;

export type PlanWarningCode = (typeof PLAN_WARNING_CODES)[number];
