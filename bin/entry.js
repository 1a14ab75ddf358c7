// Loads one of dondoc's entry modules: the compiled one in dist/ (scripts/build.mjs) when
// it is newer than every source, else the TypeScript source through tsx, so that a
// change to src/ is seen at once, without a build.
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

// Walked by hand: Node 20's recursive readdirSync takes several times longer.
/** The last change to a file or folder under `dir`. */
function newestSource(dir = join(root, "src")) {
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether dist/ was built after the last change to src/ (DONDOC_BUILD=off forces the sources). */
export function distIsFresh() {
  if (process.env.DONDOC_BUILD === "off") return false;
  const built = join(root, "dist", "built");
  return existsSync(built) && statSync(built).mtimeMs >= newestSource();
}

/** Imports src/<name>.ts, compiled or not; `name` without extension, e.g. "cli/main". */
export async function loadEntry(name) {
  if (distIsFresh()) return import(pathToFileURL(join(root, "dist", `${name}.js`)).href);
  const { register } = await import("tsx/esm/api");
  register();
  return import(pathToFileURL(join(root, "src", `${name}.ts`)).href);
}
