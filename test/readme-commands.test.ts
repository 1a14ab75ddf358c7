// Every command the README shows is run here exactly as written: each line of its ```sh
// blocks, and each terminal chat example (`npm start -- …` followed by `> /command` lines),
// on a database of its own. The README is read when the tests run, so a command added to it
// is covered without touching this file; a command this file cannot run must be named in
// NOT_RUN with the reason, and a NOT_RUN entry the README no longer has fails too.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { LANGUAGES, translator } from "../src/i18n/index.ts";
import { projectRoot } from "../src/paths.ts";

/** Lines of the README's sh blocks that are not dondoc's own commands, and why they are not run here. */
const NOT_RUN: Record<string, string> = {
  "npm install && npm start": "installs from the registry; the terminal chat it opens is run by the walkthrough",
  "npm test": "runs every test, this one included",
  "npm run corpus": "the corpus report, checked by test/plan/corpus.test.ts",
  "npm run corpus -- --verbose": "the corpus report, checked by test/plan/corpus.test.ts",
  "npm run corpus -- /path/to/corpus": "a folder of the reader's own",
  "npm run corpus -- --raise-floors": "rewrites the committed floors",
  "cp .env.example .env": "would overwrite the reader's configuration",
  "docker compose up -d --build": "needs Docker",
};

interface Example {
  /** The command line as the README writes it, comment dropped. */
  line: string;
  /** The `> ` lines typed into the terminal chat it opens. */
  typed: string[];
}

const withoutComment = (line: string) => line.replace(/\s+#\s.*$/, "").trim();

/** The commands of the README's sh blocks, each with the chat lines typed after it. */
function readmeExamples(readme: string): Example[] {
  const examples: Example[] = [];
  for (const block of readme.matchAll(/^```sh\n([\s\S]*?)^```/gm)) {
    for (const raw of block[1]!.split("\n")) {
      const line = withoutComment(raw);
      if (!line) continue;
      if (line.startsWith(">")) examples.at(-1)?.typed.push(line.slice(1).trim());
      else examples.push({ line, typed: [] });
    }
  }
  return examples;
}

/** A command line's words as a POSIX shell splits them; null when it needs more of a shell than quotes. */
function shellWords(line: string): string[] | null {
  if (/[|&;<>$`\\*?]/.test(line.replace(/"[^"]*"|'[^']*'/g, ""))) return null;
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

/** How to run a line: dondoc's CLI, or the terminal chat (`npm start -- …`); null for anything else. */
function invocation(words: string[]): { kind: "cli" | "chat"; args: string[] } | null {
  const [first, second, third, ...rest] = words;
  if (first === "dondoc") return { kind: "cli", args: words.slice(1) };
  if (first === "node" && second === "bin/dondoc.js") return { kind: "cli", args: words.slice(2) };
  if (first === "npm" && second === "run" && third === "cli") return { kind: "cli", args: rest.slice(1) };
  if (first === "npm" && second === "start") return { kind: "chat", args: words.slice(3) };
  return null;
}

const TSX = pathToFileURL(join(projectRoot, "node_modules", "tsx", "dist", "loader.mjs")).href;

/** Runs it in a folder of its own, with its own SQLite file, as a reader on a fresh checkout would. */
function run(kind: "cli" | "chat", args: string[], input: string) {
  const dir = mkdtempSync(join(tmpdir(), "dondoc-readme-"));
  const entry =
    kind === "cli" ? [join(projectRoot, "bin", "dondoc.js")] : ["--import", TSX, join(projectRoot, "src", "main.ts")];
  const result = spawnSync(process.execPath, [...entry, ...args], {
    input,
    encoding: "utf8",
    cwd: dir,
    env: { PATH: process.env.PATH, DATABASE_URL: `file:${join(dir, "dondoc.db")}` },
    timeout: 120_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** The openings of the answers that mean a command failed, in both languages. */
const FAILURES = LANGUAGES.flatMap((lang) => {
  const t = translator(lang);
  const CUT = "\u0000";
  return [
    "error-unexpected",
    "error-internal",
    "error-unavailable",
    "unknown-command",
    "cli-unknown-command",
    "admin-only",
  ].map((key) => t(key, { message: CUT, command: CUT, what: CUT }).split(CUT)[0]!);
});

const readme = readFileSync(join(projectRoot, "README.md"), "utf8");
const examples = readmeExamples(readme);

describe("the README's commands", () => {
  it("are each run here, or named in NOT_RUN with a reason that is still in the README", () => {
    const unrunnable = examples
      .filter((e) => !NOT_RUN[e.line])
      .filter((e) => {
        const words = shellWords(e.line);
        return !words || !invocation(words);
      });
    expect(unrunnable.map((e) => e.line)).toEqual([]);
    expect(Object.keys(NOT_RUN).filter((line) => !examples.some((e) => e.line === line))).toEqual([]);
  });

  const runnable = examples.filter((e) => !NOT_RUN[e.line] && shellWords(e.line) && invocation(shellWords(e.line)!));
  it.each(runnable.map((e) => [e.typed.length ? `${e.line} ⏎ ${e.typed.join(" ⏎ ")}` : e.line, e] as const))(
    "%s",
    (_, example) => {
      const { kind, args } = invocation(shellWords(example.line)!)!;
      const result = run(kind, args, example.typed.map((t) => `${t}\n`).join(""));
      expect(result.err).not.toMatch(/\n\s+at /);
      expect(result.code, result.err).toBe(0);
      expect(result.out.trim()).not.toBe("");
      for (const failure of FAILURES) expect(result.out).not.toContain(failure);
    },
  );
});
