// Configuration from the environment, parsed once at start. A bad value stops
// start-up with a message that names the variable.
import { existsSync } from "node:fs";
import { z } from "zod";
import { LANGUAGES } from "./i18n/index.ts";

const idList = z
  .string()
  .default("")
  .transform((s) => s.split(/[\s,;]+/).filter(Boolean))
  .pipe(z.array(z.string().regex(/^-?\d+$/, "must be numeric Telegram user ids, separated by commas")));

const schema = z
  .object({
    DATABASE_URL: z
      .string()
      .regex(/^(file:|postgres(ql)?:\/\/)/, "must start with file: (SQLite) or postgresql:// (PostgreSQL)")
      .default("file:./data/dondoc.db"),
    PROVINCE: z.string().min(1).default("Thái Nguyên"),
    DEFAULT_LANG: z.enum(LANGUAGES).default("vi"),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
    INVITATION_DAYS: z.coerce.number().int().min(1).max(90).default(7),
    ADMIN_TELEGRAM_IDS: idList,
    TELEGRAM_BOT_TOKEN: z
      .string()
      .regex(/^\d+:[\w-]+$/, "must look like 123456:ABC-DEF… (from @BotFather)")
      .optional(),
    TELEGRAM_API_ROOT: z.url().default("https://api.telegram.org"),
    TELEGRAM_BOT_USERNAME: z
      .string()
      .regex(/^\w{5,32}$/)
      .optional(),
    TELEGRAM_WEBHOOK_URL: z.url().startsWith("https://", "must be an https:// URL").optional(),
    TELEGRAM_WEBHOOK_SECRET: z
      .string()
      .regex(/^[\w-]{16,256}$/, "must be 16–256 letters, digits, _ or -")
      .optional(),
    ZALO_BOT_TOKEN: z
      .string()
      .regex(/^[\w-]+:[\w-]+$/, "must look like 1234567890:AbC… (from Zalo Bot Creator)")
      .optional(),
    ZALO_API_ROOT: z.url().default("https://bot-api.zaloplatforms.com"),
    ZALO_WEBHOOK_URL: z.url().startsWith("https://", "must be an https:// URL").optional(),
    ZALO_WEBHOOK_SECRET: z
      .string()
      .regex(/^[\w-]{8,256}$/, "must be 8–256 letters, digits, _ or -")
      .optional(),
    ADMIN_ZALO_IDS: z
      .string()
      .default("")
      .transform((s) => s.split(/[\s,;]+/).filter(Boolean))
      .pipe(z.array(z.string().regex(/^[\w-]+$/, "must be Zalo user ids, separated by commas"))),
    HTTP_PORT: z.coerce.number().int().min(1).max(65535).default(8080),
    // Hours of Vietnam's day when the outbox is not sent ("21-07": from 21:00 to 07:00), or off.
    QUIET_HOURS: z
      .string()
      .regex(/^(off|([01]\d|2[0-3])-([01]\d|2[0-3]))$/, "must be HH-HH (21-07) or off")
      .default("21-07"),
    PURGE_AFTER_DAYS: z.coerce.number().int().min(30).max(3650).default(365),
    PUBLIC_URL: z.url().optional(),
    LIST_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  })
  .refine((c) => !c.TELEGRAM_WEBHOOK_URL || c.TELEGRAM_WEBHOOK_SECRET, {
    path: ["TELEGRAM_WEBHOOK_SECRET"],
    message: "is required with TELEGRAM_WEBHOOK_URL, so that forged webhook calls are refused",
  })
  .refine((c) => !c.ZALO_WEBHOOK_URL || c.ZALO_WEBHOOK_SECRET, {
    path: ["ZALO_WEBHOOK_SECRET"],
    message: "is required with ZALO_WEBHOOK_URL, so that forged webhook calls are refused",
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
  // An empty variable (VAR= in .env) means "not set".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => ({ variable: issue.path.join("."), problem: issue.message })),
  );
}

/** Reads ./.env when there is one (Node's own loader), then the environment. */
export function loadConfig(): Config {
  if (existsSync(".env")) process.loadEnvFile(".env");
  return parseConfig(process.env);
}
