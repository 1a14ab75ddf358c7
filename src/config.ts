// Configuration from the environment, parsed once at start. A bad value stops
// start-up with a message that names the variable.
import { existsSync } from "node:fs";
import { z } from "zod";
import { LANGUAGES } from "./i18n/index.ts";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "must start with file: (SQLite) or postgresql:// (PostgreSQL)")
    .default("file:./data/dondoc.db"),
  DEFAULT_LANG: z.enum(LANGUAGES).default("vi"),
  DEMO_PROVINCE: z.string().min(1).default("Thái Nguyên"),
});

export type Config = z.infer<typeof schema>;

export interface ConfigIssue {
  variable: string;
  problem: string;
}

export class ConfigError extends Error {
  constructor(readonly issues: ConfigIssue[]) {
    super(issues.map((i) => `${i.variable}: ${i.problem}`).join("; "));
  }
}

export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((issue) => ({ variable: issue.path.join("."), problem: issue.message })));
}

/** Reads ./.env when there is one (Node's own loader), then the environment. */
export function loadConfig(): Config {
  if (existsSync(".env")) process.loadEnvFile(".env");
  return parseConfig(process.env);
}
