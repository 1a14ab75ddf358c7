// Who a broadcast is for, as an admin writes it on the command's first line:
//   "tất cả" (every unit), a group as plans name them ("các sở, ban, ngành",
//   "UBND cấp huyện", "cấp xã"), or units by name ("Sở Y tế, UBND huyện Đại Từ").
import { createResolver } from "./resolve-units.ts";
import { fail, ok, type Result } from "./result.ts";
import { clean, fold } from "./text.ts";
import type { Directory } from "./units.ts";

const EVERYONE = ["tat ca", "tat ca don vi", "moi don vi", "toan bo", "all", "everyone"];

/** "AUDIENCE\nTEXT" or "AUDIENCE: TEXT" → both parts, or null when either is empty. */
export function splitBroadcast(input: string): { audience: string; text: string } | null {
  const newline = input.indexOf("\n");
  const at = newline >= 0 ? newline : input.indexOf(":");
  if (at < 0) return null;
  const audience = clean(input.slice(0, at)).replace(/:$/, "");
  const text = input.slice(at + 1).trim();
  return audience && text ? { audience, text } : null;
}

/** The names of the units an audience refers to, in the directory's order. */
export function resolveAudience(audience: string, directory: Directory): Result<string[]> {
  const known = directory.units.map((u) => u.name);
  if (EVERYONE.includes(fold(audience))) return ok(known);
  const names = createResolver(directory).resolveList(audience);
  const unknown = names.find((n) => !n.resolved);
  if (unknown) return fail("unknown-unit", { name: unknown.name });
  if (names.length === 0) return fail("broadcast-no-units");
  const wanted = new Set(names.map((n) => n.name));
  return ok(known.filter((name) => wanted.has(name)));
}
