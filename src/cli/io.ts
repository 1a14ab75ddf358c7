// What every command needs: where to write, the language to write in, and the database
// (opened and migrated on first use, closed at the end).
import type * as ConfigModule from "../config.ts";
import type { Config } from "../config.ts";
import type { Failure } from "../domain/result.ts";
import { configIssueText } from "../i18n/format.ts";
import { pickLang, translator, type Lang, type Translate } from "../i18n/index.ts";
import { openDatabase, type Database } from "../store/database.ts";
import { migrate } from "../store/migrations.ts";

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
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
      this.database = await openDatabase(this.config.DATABASE_URL);
      this.appliedMigrations = await migrate(this.database);
    }
    return this.database;
  }

  /** Prints a failure in the user's language and ends the command with exit code 2. */
  fail(failure: Failure): never {
    this.io.err(this.t(`error-${failure.code}`, failure.args));
    throw new CliExit(2);
  }

  /** A plan id given with --plan, checked; undefined when the option is absent. */
  planId(value: string | undefined): number | undefined {
    if (value === undefined) return undefined;
    const id = Number(value);
    if (!Number.isInteger(id)) this.fail({ code: "invalid-plan-id", args: { value } });
    return id;
  }

  exit(code: number): never {
    throw new CliExit(code);
  }

  json(value: unknown): void {
    this.io.out(JSON.stringify(value, null, 2));
  }

  async close(): Promise<void> {
    await this.database?.close();
  }
}
