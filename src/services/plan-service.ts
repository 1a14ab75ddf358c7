// Reading a plan file into tasks, with or without the database, and importing it.
import { readFile } from "node:fs/promises";
import { buildCalendar, type WorkCalendar } from "../domain/calendar.ts";
import { SHIPPED_PROVINCES, shippedDirectory } from "../domain/directories/index.ts";
import { VIETNAM_DAYS_OFF } from "../domain/holidays-vn.ts";
import { parsePolicy, policySchema, type ReminderPolicy } from "../domain/reminders.ts";
import { fail, ok, type Result } from "../domain/result.ts";
import { withChoices, type NameChoice } from "../domain/plan-import.ts";
import type { Directory } from "../domain/units.ts";
import { detectProvince, looksLikePlan, parsePlan, provinceByPlaces } from "../plan/parse-plan.ts";
import type { PlanDocument } from "../plan/document.ts";
import type { ParsedPlan } from "../plan/parsed-plan.ts";
import type { DatedLines } from "../domain/plan-import.ts";
import { readMetadata } from "../plan/metadata.ts";
import { readPlanIsolated } from "../plan/plan-process.ts";
import type { PrismaClient } from "../store/database.ts";
import { ensureProvince, findProvince, listProvinces, loadDirectory } from "../store/directory-store.ts";
import { savePlan, type SavedPlan } from "../store/plan-store.ts";
import { workCalendar } from "./calendar-service.ts";

/** Where the units of a province come from: the shipped directories, or the database too. */
export interface DirectorySource {
  provinces(): Promise<string[]>;
  /** The directory in force on `date` (a plan's date), or every unit the province has had without one. */
  directory(province: string, date?: string | null): Promise<Directory | null>;
}

export const shippedDirectories: DirectorySource = {
  provinces: async () => [...SHIPPED_PROVINCES],
  directory: async (province, date) => shippedDirectory(province, date) ?? null,
};

export function databaseDirectories(db: PrismaClient): DirectorySource {
  return {
    async provinces() {
      const stored = (await listProvinces(db)).map((p) => p.name);
      return [...new Set([...stored, ...SHIPPED_PROVINCES])];
    },
    async directory(province, date) {
      // A province merged into another before the date is read as that one (Bắc Kạn in 2026: Thái Nguyên).
      const shipped = shippedDirectory(province, date);
      const stored = await findProvince(db, shipped?.province ?? province);
      if (!stored) return shipped ?? null;
      // A province stored before a newer shipped directory gets it first (once).
      return loadDirectory(db, shipped ? await ensureProvince(db, stored.name) : stored.id, date);
    },
  };
}

/** The directories as they will be once an admin's answers about names are saved. */
export function withNameChoices(source: DirectorySource, choices: readonly NameChoice[]): DirectorySource {
  return {
    provinces: () => source.provinces(),
    async directory(province, date) {
      const directory = await source.directory(province, date);
      return directory && withChoices(directory, choices);
    },
  };
}

export const shippedCalendar: WorkCalendar = buildCalendar(VIETNAM_DAYS_OFF);

export async function readPlanFile(path: string): Promise<Result<Buffer>> {
  try {
    return ok(await readFile(path));
  } catch {
    return fail("file-not-found", { path });
  }
}

/** The province a plan names, else the one whose districts or communes it names (a commune's own plan). */
async function provinceOf(document: PlanDocument, directories: DirectorySource): Promise<string | null> {
  const provinces = await directories.provinces();
  const named = detectProvince(document, provinces);
  if (named) return named;
  const every = await Promise.all(provinces.map((province) => directories.directory(province)));
  return provinceByPlaces(
    document,
    every.filter((d) => d !== null),
  );
}

export async function parsePlanBuffer(
  buffer: Buffer,
  options: {
    province?: string | undefined;
    directories: DirectorySource;
    /** The working calendar, with the day-off rule of the province the plan turns out to be of. */
    calendar: WorkCalendar | ((province: string) => Promise<WorkCalendar>);
  },
): Promise<Result<ParsedPlan>> {
  const read = await readPlanIsolated(buffer);
  if (!read.ok) return fail(read.error.code, read.error.args);
  if (!looksLikePlan(read.document)) return fail("not-a-plan");
  const province = options.province ?? (await provinceOf(read.document, options.directories));
  if (!province) return fail("province-not-detected");
  const { date } = readMetadata(read.document.blocks, province).meta;
  const directory = await options.directories.directory(province, date);
  if (!directory) return fail("unknown-province", { province });
  const parsed = parsePlan(
    read.document,
    directory,
    typeof options.calendar === "function" ? await options.calendar(province) : options.calendar,
  );
  if (parsed.ok) return ok(parsed.plan);
  return "dated" in parsed.error && parsed.error.dated
    ? fail("no-tasks-dated", datedArgs(parsed.error.dated))
    : fail(parsed.error.code);
}

/** Lines an answer that reads no task shows: enough to find the plan's dated part, short enough for one message. */
const DATED_SHOWN = 5;

function datedArgs(dated: DatedLines): Record<string, string | number> {
  const lines = dated.lines.slice(0, DATED_SHOWN).map((line) => `• ${line}`);
  return { count: dated.count, lines: lines.join("\n"), more: dated.count - lines.length };
}

export async function importPlan(
  db: PrismaClient,
  buffer: Buffer,
  source: string,
  province?: string,
  /** What to record with the plan, in its transaction (its history, the units' notices). */
  alongside?: (parsed: ParsedPlan) => Parameters<typeof savePlan>[3],
): Promise<Result<{ parsed: ParsedPlan; saved: SavedPlan }>> {
  const parsed = await parsePlanBuffer(buffer, {
    province,
    directories: databaseDirectories(db),
    calendar: (name) => workCalendar(db, name),
  });
  if (!parsed.ok) return parsed;
  const saved = await savePlan(db, parsed.value, source, alongside?.(parsed.value));
  return ok({ parsed: parsed.value, saved });
}

/**
 * A plan's reminder policy, changed by the given fields (checked by zod). Scoring is not
 * a plan's: the province's rule sets decide it (rules-service.ts).
 */
export async function updatePlanSettings(
  db: PrismaClient,
  planId: number,
  changes: Partial<ReminderPolicy>,
): Promise<Result<ReminderPolicy>> {
  const plan = await db.plan.findUnique({ where: { id: planId }, select: { reminders: true } });
  if (!plan) return fail("invalid-plan-id", { value: String(planId) });
  const reminders = policySchema.safeParse({ ...parsePolicy(plan.reminders), ...changes });
  if (!reminders.success) return fail("invalid-settings");
  await db.plan.update({ where: { id: planId }, data: { reminders: JSON.stringify(reminders.data) } });
  return ok(reminders.data);
}
