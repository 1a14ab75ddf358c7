// expected.json and communes.json of a corpus document (the contract: /work/briefs/corpus-schema.md,
// summed up in README "Measuring on a corpus"), read strictly: a corpus can come from outside
// the repository (the held-out one), so a malformed file is an error naming the file.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const names = z.array(z.string().min(1).max(300)).max(500);

export const taskSchema = z.object({
  ref: z.string().min(1).max(40).nullable(),
  title: z.string().min(1).max(500),
  due: isoDate,
  effectiveDue: isoDate,
  inherited: z.boolean(),
  lead: names,
  coordinators: names,
});

const pair = z.object({ official: z.number().int().min(0), reserve: z.number().int().min(0) });

export const expectedSchema = z.object({
  id: z.string().min(1).max(120),
  style: z.string().max(2000),
  province: z.string().min(1).max(100),
  plan: z.object({ number: z.string().max(100).nullable(), date: isoDate.nullable() }),
  tasks: z.array(taskSchema).max(2000),
  quotas: z
    .array(pair.extend({ unit: z.string().min(1).max(300), required: pair }))
    .max(2000)
    .default([]),
  unresolved: names.default([]),
  successors: z
    .array(z.object({ written: z.string().min(1).max(300), unit: z.string().min(1).max(300) }))
    .max(100)
    .default([]),
  // Why the document has no text copy, when its facts cannot be copied as text (a Gantt whose bars are cell colours).
  noTextCopy: z.string().min(1).max(300).optional(),
});

export type Expected = z.infer<typeof expectedSchema>;
export type ExpectedTask = z.infer<typeof taskSchema>;

function readJson<T>(path: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`${path}: not JSON (${(error as Error).message})`, { cause: error });
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success)
    throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return parsed.data;
}

export function readExpected(dir: string): Expected {
  return readJson(join(dir, "expected.json"), expectedSchema);
}

/** The communes an admin imported before the plan (none when the document has no communes.json). */
export function readCommunes(dir: string): string[] {
  const path = join(dir, "communes.json");
  return existsSync(path) ? readJson(path, names) : [];
}

/** The documents of a corpus: its sub-folders that hold an expected.json, in name order. */
export function corpusDocuments(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, "expected.json")))
    .map((entry) => join(root, entry.name))
    .sort();
}
