// The JSON kept in text columns, read back through schemas rather than cast: a row written
// by an older dondoc or edited by hand fails here, naming the column, instead of deep
// inside a feature.
import { z } from "zod";
import { isTemplateId, type TemplateId } from "../domain/list-templates.ts";
import type { PlanChange } from "../domain/plan-changes.ts";
import { PLAN_WARNING_CODES } from "../domain/plan-warnings.ts";
import type { NameChoice } from "../domain/plan-import.ts";
import { UNIT_KINDS, type UnitKind } from "../domain/units.ts";
import type { ParsedPlan, PlanTemplate } from "../plan/parsed-plan.ts";
import type { PlanEdit } from "../plan/plan-edits.ts";

export const stringList = z.array(z.string());

const templateId = z.custom<TemplateId>((v) => typeof v === "string" && isTemplateId(v), "a list template id");
export const templateIds = z.array(templateId);

export const planTemplates: z.ZodType<PlanTemplate[]> = z.array(
  z.object({ id: templateId, window: z.object({ from: z.string(), to: z.string() }).nullable() }),
);

const unitKind = z.custom<UnitKind>((v) => (UNIT_KINDS as readonly unknown[]).includes(v), "a unit kind");
const resolvedName = z.object({ name: z.string(), kind: unitKind, resolved: z.boolean() });
const role = z.enum(["lead", "coordinator"]);

const task = z.object({
  ref: z.string(),
  parentRef: z.string().nullable(),
  kind: z.enum(["task", "heading"]),
  title: z.string(),
  deadline: z
    .object({ text: z.string(), due: z.string(), effectiveDue: z.string(), inheritedFrom: z.string().optional() })
    .nullable(),
  lead: z.array(resolvedName),
  coordinators: z.array(resolvedName),
  templates: templateIds,
});

const count = z.number().int().nonnegative();

export const parsedPlan: z.ZodType<ParsedPlan> = z.object({
  province: z.string(),
  plan: z.object({
    number: z.string().nullable(),
    date: z.string().nullable(),
    issuer: z.string().nullable(),
    title: z.string().nullable(),
  }),
  templates: planTemplates,
  tasks: z.array(task),
  quotas: z.array(
    z.object({
      unit: z.string(),
      resolved: z.boolean(),
      official: count,
      reserve: count,
      required: z.object({ official: count, reserve: count }),
    }),
  ),
  warnings: z.array(
    z.object({
      code: z.enum(PLAN_WARNING_CODES),
      args: z.record(z.string(), z.union([z.string(), z.number()])),
    }),
  ),
  unplaced: z.object({ count, lines: stringList }).optional(),
});

export const planChanges: z.ZodType<PlanChange[]> = z.array(
  z.discriminatedUnion("kind", [
    z.object({ kind: z.enum(["task-added", "task-removed"]), ref: z.string(), title: z.string() }),
    z.object({ kind: z.literal("title-changed"), ref: z.string(), from: z.string(), to: z.string() }),
    z.object({
      kind: z.literal("deadline-changed"),
      ref: z.string(),
      from: z.string().nullable(),
      to: z.string().nullable(),
    }),
    z.object({ kind: z.enum(["unit-added", "unit-removed"]), ref: z.string(), unit: z.string(), role }),
  ]),
);

export const planEdit: z.ZodType<PlanEdit> = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("deadline"), ref: z.string(), wording: z.string() }),
  z.object({
    kind: z.literal("assign"),
    ref: z.string(),
    unit: resolvedName,
    role: z.enum(["lead", "coordinator", "none"]),
  }),
  z.object({ kind: z.literal("add-task"), ref: z.string(), title: z.string(), wording: z.string().nullable() }),
  z.object({ kind: z.literal("remove-task"), ref: z.string() }),
]);

/** The buttons of an outbox message, in rows. */
/** An admin's answers about names a plan used and the directory lacked (PlanRevision.choices). */
export const nameChoices: z.ZodType<NameChoice[]> = z.array(
  z.discriminatedUnion("action", [
    z.object({ name: z.string(), action: z.literal("alias"), unit: z.string() }),
    z.object({ name: z.string(), action: z.literal("create"), kind: unitKind }),
    z.object({ name: z.string(), action: z.literal("ignore") }),
  ]),
);

export const choiceRows = z.array(z.array(z.object({ label: z.string(), action: z.string() })));

/** Who a broadcast is for: as the admin wrote it, and the units it resolved to. */
export const broadcastAudience = z.object({ audience: z.string(), units: stringList });
export type BroadcastAudience = z.infer<typeof broadcastAudience>;

/** What a digest is written again from when it goes out on a later day (OutboxMessage.payload). */
export const digestPayload = z.object({
  unit: z.string(),
  lang: z.string().nullable(),
  digest: z.object({
    unitId: z.number(),
    day: z.string(),
    items: z.array(
      z.object({
        unitId: z.number(),
        taskId: z.number(),
        ref: z.string(),
        title: z.string(),
        role,
        deadlineText: z.string().nullable(),
        due: z.string().nullable(),
        effectiveDue: z.string(),
        done: z.boolean(),
        kind: z.enum(["before", "due", "overdue"]),
        missedOn: z.string().nullable(),
      }),
    ),
  }),
});
export type DigestPayload = z.infer<typeof digestPayload>;

/** A list row's values by column key. */
export const rowValues = z.record(z.string(), z.string());

/** A JSON column's text through its schema; the error names the column. */
export function readJson<T>(schema: z.ZodType<T>, text: string, column: string): T {
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${column} holds JSON of the wrong shape: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
