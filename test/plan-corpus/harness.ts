// The measure of the plan corpus: a document, read in one format through the same service
// entry as the CLI (parsePlanBuffer), against what a careful reader wrote in expected.json.
// It knows nothing of the readers, so it keeps measuring while they are rewritten.
//
// Facts: the plan's number and date; per expected task: found (by ref, else by title), its title, due,
// effectiveDue, lead set, coordinator set; per quota row: official, reserve, required; each
// unresolved name reported; each successor read. A dated task that matches no expected task
// is one spurious fact. Share = right facts / (expected facts + spurious ones).
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { createResolver, type UnitResolver } from "../../src/domain/resolve-units.ts";
import { parseDeadline } from "../../src/domain/deadline.ts";
import { findDeadlineWording } from "../../src/domain/deadline-wording.ts";
import { fold, stripMarkup } from "../../src/domain/text.ts";
import type { Directory, UnitEntry } from "../../src/domain/units.ts";
import type { ParsedPlan, ParsedTask } from "../../src/plan/parsed-plan.ts";
import {
  parsePlanBuffer,
  shippedCalendar,
  shippedDirectories,
  type DirectorySource,
} from "../../src/services/plan-service.ts";
import { readCommunes, readExpected, type Expected, type ExpectedTask } from "./expected.ts";

export const FORMATS = {
  txt: "plan.txt",
  typed: "plan-typed.docx",
  auto: "plan-auto.docx",
  pdf: "plan.pdf",
  xlsx: "plan.xlsx",
  xls: "plan.xls",
  ods: "plan.ods",
  odt: "plan.odt",
  doc: "plan.doc",
  rtf: "plan.rtf",
} as const;
export type Format = keyof typeof FORMATS;

export interface Fact {
  /** What the fact is about: "number", "task II.2.a due", "quota Sở Tư pháp reserve", … */
  key: string;
  right: boolean;
  /** For a wrong fact: what the document says, and what was read. */
  expected?: string;
  found?: string;
}

export interface Measure {
  id: string;
  format: Format;
  /** The reader's error code when the file was refused (every fact is then wrong). */
  error: string | null;
  facts: Fact[];
  right: number;
  total: number;
  share: number;
  /** What the import summary's list of dated lines no task was read from shows of what was missed. */
  listed: Listed;
}

export interface Listed {
  /** Expected tasks not found, or found with another due date. */
  missed: number;
  /** Of those, the ones a listed line shows (it holds the title's opening, or gives the task's due date). */
  shown: number;
  /** Lines listed, and the ones among them that show no expected task. */
  lines: number;
  unmatched: number;
}

/** The formats a document comes in (plan.xlsx is optional). */
export function documentFormats(dir: string): Format[] {
  return (Object.keys(FORMATS) as Format[]).filter((format) => existsSync(join(dir, FORMATS[format])));
}

export const GROUP_KINDS = { "@departments": "department", "@districts": "district", "@communes": "commune" } as const;

function communeEntry(name: string): UnitEntry {
  return { name, kind: "commune", parent: null, abbreviations: [], aliases: [name.replace(/^UBND\s+/i, "")] };
}

/** The shipped directories, with the document's communes added to its province, remembering the one the reader used. */
function recordingDirectories(province: string, communes: string[]) {
  let used: Directory | null = null;
  const source: DirectorySource = {
    provinces: () => shippedDirectories.provinces(),
    async directory(...args: Parameters<DirectorySource["directory"]>) {
      const found = await shippedDirectories.directory(...args);
      if (!found) return found;
      // Compared with their diacritics: "Văn Lang" and "Văn Lăng" are two communes.
      const key = (name: string) => name.normalize("NFC").toLowerCase();
      const known = new Set(found.units.map((u) => key(u.name)));
      const added =
        fold(found.province) === fold(province) ? communes.filter((c) => !known.has(key(c))).map(communeEntry) : [];
      used = { ...found, units: [...found.units, ...added] };
      return used;
    },
  };
  return { source, used: () => used };
}

interface Names {
  directory: Directory;
  resolver: UnitResolver;
  unresolved: Set<string>;
}

const entryKey = (names: Names, name: string): string | null => {
  // A unit by its exact name first: "UBND xã Văn Lang" and "UBND xã Văn Lăng" fold alike.
  const entry = names.directory.units.find((u) => u.name === name) ?? names.resolver.find(name);
  return entry ? `unit:${entry.name}` : null;
};

/** Units compared by key (a directory entry, or a name kept as written), shown by name. */
type UnitSet = Map<string, string>;

/** Expected names as directory entries: tokens expand to every unit of their kind. */
function expectedKeys(names: Names, list: string[]): UnitSet {
  const keys: UnitSet = new Map();
  for (const name of list) {
    const kind = GROUP_KINDS[name as keyof typeof GROUP_KINDS];
    if (kind)
      for (const unit of names.directory.units.filter((u) => u.kind === kind)) keys.set(`unit:${unit.name}`, unit.name);
    else if (entryKey(names, name)) keys.set(entryKey(names, name)!, name);
    else if (names.unresolved.has(fold(name))) keys.set(`text:${fold(name)}`, name);
    else keys.set(`missing:${name}`, `${name} (not in the directory)`);
  }
  return keys;
}

/** Found names: a unit counts as a directory entry only when the reader resolved it. */
function foundKeys(names: Names, list: { name: string; resolved: boolean }[]): UnitSet {
  return new Map(
    list.map((u) => [
      u.resolved ? (entryKey(names, u.name) ?? `unit:${u.name}`) : `text:${fold(u.name)}`,
      u.resolved ? u.name : `${u.name} (unresolved)`,
    ]),
  );
}

/** Names for a reader: every unit of a kind in the directory collapses to its group token. */
function show(directory: Directory | null, set: UnitSet, keys: string[]): string {
  const out = new Set(keys.map((k) => set.get(k)!));
  for (const [token, kind] of Object.entries(GROUP_KINDS)) {
    const members = (directory?.units ?? []).filter((u) => u.kind === kind).map((u) => u.name);
    if (members.length > 1 && members.every((m) => out.has(m))) {
      for (const m of members) out.delete(m);
      out.add(token);
    }
  }
  return [...out].join("; ") || "—";
}

function compareSets(directory: Directory | null, key: string, expected: UnitSet, found: UnitSet): Fact {
  const missing = [...expected.keys()].filter((k) => !found.has(k));
  const extra = [...found.keys()].filter((k) => !expected.has(k));
  if (!missing.length && !extra.length) return { key, right: true };
  return {
    key,
    right: false,
    expected: `missing ${show(directory, expected, missing)}`,
    found: `extra ${show(directory, found, extra)}`,
  };
}

const same = (key: string, expected: unknown, found: unknown): Fact =>
  expected === found ? { key, right: true } : { key, right: false, expected: String(expected), found: String(found) };

const refKey = (ref: string) => ref.replace(/[\s.)]+$/, "").toLowerCase();
const titleKey = (title: string) => fold(stripMarkup(title));

/**
 * Pairs expected tasks with found ones: by ref when the document gives one, else by the title's first words.
 * A ref the answers give to several tasks (duties sharing their paragraph's number) names no one task: those
 * pair by title among the tasks at or under that ref, whatever numbers a reader gives them (V.1, V.1.1 …, or V.1(2)
 * for the second written V.1, as the same number restarts on each unit's sheet).
 */
function matchTasks(expected: ExpectedTask[], found: ParsedTask[]): Map<ExpectedTask, ParsedTask> {
  const pairs = new Map<ExpectedTask, ParsedTask>();
  const taken = new Set<ParsedTask>();
  const take = (task: ExpectedTask, test: (t: ParsedTask) => boolean) => {
    const hit = found.find((t) => !taken.has(t) && test(t));
    if (hit) {
      pairs.set(task, hit);
      taken.add(hit);
    }
  };
  const refs = expected.flatMap((t) => (t.ref ? [refKey(t.ref)] : []));
  const shared = (task: ExpectedTask) => refs.filter((r) => r === refKey(task.ref!)).length > 1;
  // The reader keeps refs unique: the second task written "1" it calls "1(2)" (parse-plan.ts), still a task "1".
  const under = (t: ParsedTask, ref: string) =>
    t.kind === "task" &&
    (refKey(t.ref) === ref || refKey(t.ref).startsWith(`${ref}.`) || refKey(t.ref.replace(/\(\d+\)$/, "")) === ref);
  const sameTitle = (t: ParsedTask, task: ExpectedTask) => titleKey(t.title).includes(titleKey(task.title));
  for (const task of expected) if (task.ref && !shared(task)) take(task, (t) => refKey(t.ref) === refKey(task.ref!));
  for (const task of expected)
    if (task.ref && shared(task)) take(task, (t) => under(t, refKey(task.ref!)) && sameTitle(t, task));
  for (const task of expected) if (!task.ref) take(task, (t) => sameTitle(t, task));
  return pairs;
}

/** The share of an expected title's words a read title must hold: answers shorten or join the plan's words. */
const TITLE_SHARE = 0.5;

/**
 * The title users see in /tasks and reminders says what the task is: it holds at least half the words of the title the
 * answers write (the document's own words), not a column's group, a criterion's name or a unit.
 */
function titleFact(label: string, expected: string, found: string | null): Fact {
  const words = (title: string) => titleKey(title).split(" ").filter(Boolean);
  const read = new Set(words(found ?? ""));
  const wanted = words(expected);
  const right = found !== null && wanted.filter((w) => read.has(w)).length >= TITLE_SHARE * wanted.length;
  return right ? { key: `${label} title`, right } : { key: `${label} title`, right, expected, found: found ?? "—" };
}

function taskFacts(names: Names, expected: ExpectedTask[], plan: ParsedPlan): Fact[] {
  const pairs = matchTasks(expected, plan.tasks);
  const facts: Fact[] = [];
  for (const task of expected) {
    const label = `task ${task.ref ?? `"${task.title}"`}`;
    const hit = pairs.get(task);
    facts.push(
      hit
        ? { key: `${label} found`, right: true }
        : { key: `${label} found`, right: false, expected: task.title, found: "no such task" },
    );
    facts.push(titleFact(label, task.title, hit?.title ?? null));
    facts.push(same(`${label} due`, task.due, hit?.deadline?.due ?? null));
    facts.push(same(`${label} effectiveDue`, task.effectiveDue, hit?.deadline?.effectiveDue ?? null));
    facts.push(
      compareSets(names.directory, `${label} lead`, expectedKeys(names, task.lead), foundKeys(names, hit?.lead ?? [])),
    );
    // A lead is not repeated among the coordinators: in "Sở Nội vụ | Các sở, ban, ngành" the
    // other departments coordinate.
    const lead = expectedKeys(names, task.lead);
    const coordinators = new Map([...expectedKeys(names, task.coordinators)].filter(([k]) => !lead.has(k)));
    facts.push(
      compareSets(names.directory, `${label} coordinators`, coordinators, foundKeys(names, hit?.coordinators ?? [])),
    );
  }
  const matched = new Set(pairs.values());
  // A heading only groups tasks (never due, reminded or scored): its section's deadline, shown
  // to the admin, is inherited by its rows and is not a task of its own.
  for (const task of plan.tasks) {
    if (task.deadline && task.kind === "task" && !matched.has(task))
      facts.push({ key: `spurious task ${task.ref}`, right: false, expected: "no such task", found: task.title });
  }
  return facts;
}

function quotaFacts(names: Names, expected: Expected, plan: ParsedPlan): Fact[] {
  return expected.quotas.flatMap((row) => {
    const want = [...expectedKeys(names, [row.unit]).keys()][0];
    const hit = plan.quotas.find((q) => foundKeys(names, [{ name: q.unit, resolved: q.resolved }]).has(want!));
    const label = `quota ${row.unit}`;
    const pair = (p?: { official: number; reserve: number }) => (p ? `${p.official}/${p.reserve}` : null);
    return [
      same(`${label} official`, row.official, hit?.official ?? null),
      same(`${label} reserve`, row.reserve, hit?.reserve ?? null),
      same(`${label} required`, pair(row.required), pair(hit?.required)),
    ];
  });
}

/** Every name the reader reported: warnings' values and units it could not resolve. */
function reportedNames(plan: ParsedPlan): string[] {
  const fromWarnings = plan.warnings.flatMap((w) =>
    Object.values(w.args).filter((v): v is string => typeof v === "string"),
  );
  const units = plan.tasks
    .flatMap((t) => [...t.lead, ...t.coordinators])
    .filter((u) => !u.resolved)
    .map((u) => u.name);
  const quotas = plan.quotas.filter((q) => !q.resolved).map((q) => q.unit);
  return [...fromWarnings, ...units, ...quotas].map((name) => fold(name));
}

function nameFacts(names: Names, expected: Expected, plan: ParsedPlan): Fact[] {
  const reported = reportedNames(plan);
  const mentions = (name: string) =>
    reported.some((r) => r.includes(fold(name)) || (fold(name).includes(r) && r.split(" ").length >= 3));
  const unresolved = expected.unresolved.map((name) =>
    mentions(name)
      ? { key: `unresolved "${name}"`, right: true }
      : { key: `unresolved "${name}"`, right: false, expected: "reported", found: "not reported" },
  );
  const used = new Set(
    plan.tasks.flatMap((t) => [...foundKeys(names, t.lead).keys(), ...foundKeys(names, t.coordinators).keys()]),
  );
  const successors = expected.successors.map(({ written, unit }) => {
    const successor = entryKey(names, unit);
    const old = entryKey(names, written);
    const read =
      successor !== null &&
      used.has(successor) &&
      (old === successor || old === null || !used.has(old)) &&
      mentions(written);
    return read
      ? { key: `successor "${written}"`, right: true }
      : {
          key: `successor "${written}"`,
          right: false,
          expected: `${unit}, with a warning`,
          found: old && used.has(old) ? written : "not read as its successor",
        };
  });
  return [...unresolved, ...successors];
}

/** How many facts the document states: the share's denominator when nothing was read. */
function expectedFactCount(expected: Expected): number {
  return (
    2 + expected.tasks.length * 6 + expected.quotas.length * 3 + expected.unresolved.length + expected.successors.length
  );
}

const NOTHING_LISTED: Listed = { missed: 0, shown: 0, lines: 0, unmatched: 0 };

function summary(
  id: string,
  format: Format,
  error: string | null,
  facts: Fact[],
  total: number,
  listed = NOTHING_LISTED,
): Measure {
  const right = facts.filter((f) => f.right).length;
  return { id, format, error, facts, right, total, share: total ? right / total : 1, listed };
}

/** The words of an expected title a listed line must hold to show the task. */
const TITLE_SHOWN = 24;

/** What the plan's listed lines show of the expected tasks that were missed or misdated. */
function listedMisses(expected: ExpectedTask[], plan: ParsedPlan, facts: Fact[]): Listed {
  const wrong = new Set(facts.filter((f) => !f.right).map((f) => f.key));
  const missed = expected.filter((task) => {
    const label = `task ${task.ref ?? `"${task.title}"`}`;
    return wrong.has(`${label} found`) || wrong.has(`${label} due`);
  });
  const lines = (plan.unplaced?.lines ?? []).map((line) => {
    const wording = findDeadlineWording(line, plan.plan.date);
    const read = wording ? parseDeadline(wording) : null;
    return { text: titleKey(line), due: read?.ok ? read.deadline.due : null };
  });
  const shows = (line: (typeof lines)[number], task: ExpectedTask) =>
    line.due === task.due || line.text.includes(titleKey(task.title).slice(0, TITLE_SHOWN));
  return {
    missed: missed.length,
    shown: missed.filter((task) => lines.some((line) => shows(line, task))).length,
    lines: plan.unplaced?.count ?? 0,
    unmatched: lines.filter((line) => !expected.some((task) => shows(line, task))).length,
  };
}

export async function measureDocument(dir: string, format: Format): Promise<Measure> {
  const expected = readExpected(dir);
  const id = basename(dir);
  const directories = recordingDirectories(expected.province, readCommunes(dir));
  let result: Awaited<ReturnType<typeof parsePlanBuffer>>;
  try {
    result = await parsePlanBuffer(readFileSync(join(dir, FORMATS[format])), {
      directories: directories.source,
      calendar: shippedCalendar,
    });
  } catch (error) {
    result = { ok: false, error: { code: `crash: ${(error as Error).message}` } };
  }
  const directory = directories.used();
  if (!result.ok || !directory)
    return summary(id, format, result.ok ? "no-directory" : result.error.code, [], expectedFactCount(expected));
  const plan = result.value;
  const names: Names = {
    directory,
    resolver: createResolver(directory),
    unresolved: new Set(expected.unresolved.map((n) => fold(n))),
  };
  const number = (n: string | null) => n?.replace(/\s+/g, "").toUpperCase() ?? null;
  const facts = [
    same("number", number(expected.plan.number), number(plan.plan.number)),
    same("date", expected.plan.date, plan.plan.date),
    ...taskFacts(names, expected.tasks, plan),
    ...quotaFacts(names, expected, plan),
    ...nameFacts(names, expected, plan),
  ];
  return summary(
    id,
    format,
    null,
    facts,
    expectedFactCount(expected) + facts.filter((f) => f.key.startsWith("spurious")).length,
    listedMisses(expected.tasks, plan, facts),
  );
}

const unitNames = (list: { name: string; resolved: boolean }[]): UnitSet =>
  new Map(list.map((u) => [`${u.resolved}:${u.name}`, u.name]));

/**
 * A seed in Word as offices type it, against the same seed as text: the Word version should
 * give the text version's metadata, tasks (ref, deadline, units) and quotas.
 */
export async function compareSeed(textPath: string, wordPath: string): Promise<Measure> {
  const id = basename(join(wordPath, ".."));
  const options = { directories: shippedDirectories, calendar: shippedCalendar };
  const text = await parsePlanBuffer(readFileSync(textPath), options);
  if (!text.ok) throw new Error(`${textPath} does not read: ${text.error.code}`);
  const reference = text.value;
  const total = 2 + reference.tasks.length * 5 + reference.quotas.length * 3;
  const word = await parsePlanBuffer(readFileSync(wordPath), options).catch((error: Error) => ({
    ok: false as const,
    error: { code: `crash: ${error.message}` },
  }));
  if (!word.ok) return summary(id, "auto", word.error.code, [], total);
  const read = word.value;
  const facts: Fact[] = [
    same("number", reference.plan.number, read.plan.number),
    same("date", reference.plan.date, read.plan.date),
  ];
  const taken = new Set<ParsedTask>();
  for (const task of reference.tasks) {
    const hit = read.tasks.find((t) => !taken.has(t) && t.ref === task.ref);
    if (hit) taken.add(hit);
    const label = `task ${task.ref}`;
    facts.push(
      hit
        ? { key: `${label} found`, right: true }
        : { key: `${label} found`, right: false, expected: task.title, found: "no such task" },
    );
    facts.push(same(`${label} due`, task.deadline?.due ?? null, hit?.deadline?.due ?? null));
    facts.push(same(`${label} effectiveDue`, task.deadline?.effectiveDue ?? null, hit?.deadline?.effectiveDue ?? null));
    facts.push(compareSets(null, `${label} lead`, unitNames(task.lead), unitNames(hit?.lead ?? [])));
    facts.push(
      compareSets(null, `${label} coordinators`, unitNames(task.coordinators), unitNames(hit?.coordinators ?? [])),
    );
  }
  for (const task of read.tasks)
    if (!taken.has(task))
      facts.push({ key: `spurious task ${task.ref}`, right: false, expected: "no such task", found: task.title });
  for (const quota of reference.quotas) {
    const hit = read.quotas.find((q) => q.unit === quota.unit);
    const label = `quota ${quota.unit}`;
    facts.push(same(`${label} official`, quota.official, hit?.official ?? null));
    facts.push(same(`${label} reserve`, quota.reserve, hit?.reserve ?? null));
    facts.push(same(`${label} required`, JSON.stringify(quota.required), hit ? JSON.stringify(hit.required) : null));
  }
  return summary(id, "auto", null, facts, total + facts.filter((f) => f.key.startsWith("spurious")).length);
}
