// Loads one of dondoc's entry modules: the compiled one in dist/ (scripts/build.mjs) when
// it is newer than every source, else the TypeScript source through tsx, so that a
// change to src/ is seen at once, without a build.
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function newestSource() {
  const src = join(root, "src");
  let newest = 0;
  for (const file of readdirSync(src, { recursive: true })) {
    newest = Math.max(newest, statSync(join(src, file)).mtimeMs);
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
