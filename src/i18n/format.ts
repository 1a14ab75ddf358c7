// Plain-text renderings shared by commands: dates the Vietnamese way, warnings and
// plan changes as sentences from the locale files.
import { formatInstant, formatVietnamese } from "../domain/dates.ts";
import { QUOTE_CHARS } from "../domain/limits.ts";
import type { Finding } from "../domain/list-check.ts";
import type { PlanChange } from "../domain/plan-changes.ts";
import type { Translate } from "./index.ts";

export function date(value: string | null): string {
  return value ? formatVietnamese(value) : "—";
}

/** A coded warning (a plan's, a sheet's) as a sentence: `plan-warning-<code>` with its arguments. */
export function warningText(t: Translate, warning: { code: string; args: Record<string, string | number> }): string {
  return t(`plan-warning-${warning.code}`, warning.args);
}

export function changeText(t: Translate, change: PlanChange): string {
  switch (change.kind) {
    case "task-added":
    case "task-removed":
      return t(`plan-change-${change.kind}`, { ref: change.ref, title: change.title });
    case "title-changed":
      return t("plan-change-title-changed", { ref: change.ref, to: change.to });
    case "deadline-changed":
      return t("plan-change-deadline-changed", { ref: change.ref, from: change.from ?? "—", to: change.to ?? "—" });
    default:
      return t(`plan-change-${change.kind}`, { ref: change.ref, unit: change.unit, role: t(`role-${change.role}`) });
  }
}

/** A value as a message quotes it: its first characters, enough to find it in the file. */
export function quote(value: string): string {
  return value.length > QUOTE_CHARS ? `${value.slice(0, QUOTE_CHARS)}…` : value;
}

/** A finding as a sentence: where it is, what is wrong, what to do. */
export function findingText(t: Translate, finding: Finding): string {
  const quoted = Object.entries(finding.args ?? {}).map(([k, v]) => [k, typeof v === "string" ? quote(v) : v]);
  const args = {
    value: quote(finding.value),
    column: finding.column ?? "",
    row: finding.row ?? 0,
    ...Object.fromEntries(quoted),
  };
  if (finding.code === "invalid-phone" && finding.args?.suggestion) return t("finding-invalid-phone-retired", args);
  if (finding.code === "quota-short" || finding.code === "quota-over") {
    return t(`finding-${finding.code}`, { ...args, section: t(`section-${String(finding.args?.section)}`) });
  }
  if (finding.code === "date-out-of-window") {
    return t("finding-date-out-of-window", {
      ...args,
      from: date(String(finding.args?.from)),
      to: date(String(finding.args?.to)),
    });
  }
  return t(`finding-${finding.code}`, args);
}

/** An invitation as the admin passes it on: the code, its expiry, and the link where there is one. */
export function invitationText(
  t: Translate,
  invitation: { code: string; expiresAt: Date; unitName: string | null },
  link: string | null,
): string {
  const key = `${invitation.unitName ? "invite-created" : "invite-admin-created"}${link ? "-link" : ""}`;
  return t(key, {
    code: invitation.code,
    unit: invitation.unitName ?? "",
    expires: formatInstant(invitation.expiresAt),
    link: link ?? "",
  });
}

/** A configuration problem, with the form the variable expects in the reader's language. */
export function configIssueText(t: Translate, issue: { variable: string; problem: string }): string {
  const expected = t(`config-${issue.variable.toLowerCase().replaceAll("_", "-")}`);
  return t("error-config", { variable: issue.variable, problem: expected });
}
