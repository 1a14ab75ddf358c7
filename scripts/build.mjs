// Compiles src/ to dist/ (one JavaScript file per TypeScript file, same tree), so that
// `dondoc` and `npm start` run without loading TypeScript at every start (README,
// "How dondoc starts"). Runs at `npm install` and with `npm run build`; offline.
// bin/entry.js runs dist/ only when it is newer than every source, tsx otherwise.
import { copyFileSync, existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(root, "src");
const dist = join(root, "dist");

/** Every module is compiled on its own: imports of sibling modules stay imports, of .js. */
const keepImports = {
  name: "keep-imports",
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) =>
      args.kind === "entry-point" ? undefined : { path: args.path.replace(/\.ts$/, ".js"), external: true },
    );
  },
};

/** Compiles into `outdir`, a folder directly in the project (src/paths.ts finds the root from it). */
export async function buildDist(outdir = dist) {
  const entryPoints = readdirSync(src, { recursive: true })
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))
    .map((file) => join(src, file));
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints,
    outdir,
    outbase: src,
    bundle: true,
    packages: "external",
    plugins: [keepImports],
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: "linked",
    logLevel: "warning",
  });
  // Worker entries (src/**/x-worker.mjs) register tsx for the sources; the compiled ones need none.
  for (const entry of readdirSync(src, { recursive: true }).filter((file) => file.endsWith("-worker.mjs"))) {
    const module = entry.replace(/^.*\//, "").replace(/\.mjs$/, ".js");
    writeFileSync(join(outdir, entry), `await import("./${module}");\n`);
  }
  // Threads in plain JavaScript (src/**/x-thread.mjs) are copied as they are.
  for (const entry of readdirSync(src, { recursive: true }).filter((file) => file.endsWith("-thread.mjs"))) {
    copyFileSync(join(src, entry), join(outdir, entry));
  }
  // Written last: its time says when dist/ was complete (bin/entry.js compares it).
  writeFileSync(join(outdir, "built"), new Date().toISOString() + "\n");
}

// `npm ci` in the Dockerfile runs before the sources are copied: nothing to build yet.
if (process.argv[1] === fileURLToPath(import.meta.url) && existsSync(join(src, "main.ts"))) await buildDist();
