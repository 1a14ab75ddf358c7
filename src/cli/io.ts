// What every command needs: where to write, the language to write in, and the database
// (opened and migrated on first use, closed at the end).
import { writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type * as ConfigModule from "../config.ts";
import type { Config } from "../config.ts";
import type { Failure, Result } from "../domain/result.ts";
import { configIssueText } from "../i18n/format.ts";
import { pickLang, translator, type Lang, type Translate } from "../i18n/index.ts";
import type { UnitRef } from "../services/tasks-service.ts";
import type { Database } from "../store/database.ts";
import { PLAN_ID, parseArg, type ArgRule } from "./args.ts";

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  /** A line redrawn in place while work runs (null: erase it); absent where the output is no terminal. */
  status?: (line: string | null) => void;
}

/** Failures whose general wording gives chat advice; the command line says its own. */
const CLI_WORDING = new Set(["unknown-template", "missing-column"]);

/** Why a file could not be written, as a failure the user can act on. */
function writeFailure(error: NodeJS.ErrnoException, file: string): Failure {
  const code =
    error.code === "ENOENT" ? "folder-not-found" : error.code === "EISDIR" ? "path-is-folder" : "file-not-writable";
  return { code, args: { file, folder: dirname(file) } };
}

/** Thrown to end a command with a message for the user and an exit code. */
export class CliExit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

export class CliContext {
  private database: Database | undefined;
  private cachedConfig: Config | undefined;
  private configModule: typeof ConfigModule | undefined;
  /** Migrations applied when the database was opened. */
  appliedMigrations: string[] = [];
  lang: Lang;
  t: Translate;
  /** --json was given: failures are printed as {"error": {code, message}} on stdout. */
  jsonOutput = false;

  constructor(readonly io: CliIO) {
    this.lang = pickLang(io.env.DEFAULT_LANG);
    this.t = translator(this.lang);
  }

  setLang(lang: string | undefined): void {
    if (!lang) return;
    this.lang = pickLang(lang);
    this.t = translator(this.lang);
  }

  /**
   * Loads what a running command needs (commander's preAction hook): the configuration's
   * schema (zod) is not loaded for --help.
   */
  async prepare(): Promise<void> {
    this.configModule ??= await import("../config.ts");
  }

  get config(): Config {
    if (!this.cachedConfig) {
      if (!this.configModule) throw new Error("CliContext.prepare() runs before a command reads the configuration");
      const { parseConfig, ConfigError } = this.configModule;
      try {
        this.cachedConfig = parseConfig(this.io.env);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        for (const issue of error.issues) this.io.err(configIssueText(this.t, issue));
        throw new CliExit(2);
      }
    }
    return this.cachedConfig;
  }

  async db(): Promise<Database> {
    if (!this.database) {
      const { openDatabase } = await import("../store/database.ts");
      const { migrate } = await import("../store/migrations.ts");
      this.database = await openDatabase(this.config.DATABASE_URL);
      this.appliedMigrations = await migrate(this.database);
    }
    return this.database;
  }

  /** Prints a failure in the user's language and ends the command with exit code 2. */
  fail(failure: Failure): never {
    return this.stop(2, failure.code, this.message(failure));
  }

  message(failure: Failure): string {
    const prefix = CLI_WORDING.has(failure.code) ? "cli-error" : "error";
    return this.t(`${prefix}-${failure.code}`, failure.args);
  }

  /** A failure's message: on stderr, or as a JSON error on stdout with --json. */
  report(code: string, message: string): void {
    if (this.jsonOutput) this.json({ error: { code, message } });
    else this.io.err(message);
  }

  stop(exitCode: number, code: string, message: string): never {
    this.report(code, message);
    throw new CliExit(exitCode);
  }

  /** The value of an argument, checked against its rule; a wrong one ends the command. */
  arg<T>(rule: ArgRule<T>, value: string): T;
  arg<T>(rule: ArgRule<T>, value: string | undefined): T | undefined;
  arg<T>(rule: ArgRule<T>, value: string | undefined): T | undefined {
    if (value === undefined) return undefined;
    return this.value(parseArg(rule, value));
  }

  value<T>(result: Result<T>): T {
    if (!result.ok) this.fail(result.error);
    return result.value;
  }

  /** A plan id given with --plan, checked; undefined when the option is absent. */
  planId(value: string | undefined): number | undefined {
    return this.arg(PLAN_ID, value);
  }

  /** The province named, or PROVINCE; one dondoc has no directory for ends the command. */
  async province(name: string | undefined): Promise<string> {
    const wanted = name ?? this.config.PROVINCE;
    const { databaseDirectories } = await import("../services/plan-service.ts");
    const directories = databaseDirectories((await this.db()).client);
    if (await directories.directory(wanted)) return wanted;
    const known = (await directories.provinces()).join(", ");
    return this.fail({ code: "province-not-known", args: { province: wanted, known } });
  }

  /**
   * The unit a name refers to: in the province named, else in PROVINCE, else in the only
   * province that has it.
   */
  async unit(name: string, province: string | undefined): Promise<UnitRef> {
    const db = (await this.db()).client;
    const { findUnit } = await import("../services/tasks-service.ts");
    if (province) return this.value(await findUnit(db, name, await this.province(province)));
    const home = await findUnit(db, name, this.config.PROVINCE);
    if (home.ok || home.error.code !== "unknown-unit") return this.value(home);
    const anywhere = await findUnit(db, name);
    return this.value(anywhere.ok ? anywhere : home);
  }

  /** Writes a file the user named; a missing folder or a folder in its place is their mistake. */
  async writeFile(file: string, content: Buffer | Uint8Array): Promise<void> {
    await writeFile(file, content).catch((error: NodeJS.ErrnoException) => this.fail(writeFailure(error, file)));
  }

  json(value: unknown): void {
    this.io.out(JSON.stringify(value, null, 2));
  }

  async close(): Promise<void> {
    await this.database?.close();
  }
}
