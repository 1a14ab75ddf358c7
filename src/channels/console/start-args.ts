// `npm start -- …`: the options of the terminal chat, read without ever throwing. A name
// given to --as without quotes (--as Sở Xây dựng) is taken whole.
import { parseArgs } from "node:util";
import { z } from "zod";
import { isIsoDate } from "../../domain/dates.ts";
import { fail, ok, type Result } from "../../domain/result.ts";
import { LANGUAGES, type Lang } from "../../i18n/index.ts";

export interface StartArgs {
  as?: string;
  admin: boolean;
  today?: string;
  lang?: Lang;
  help: boolean;
}

const OPTIONS = {
  as: { type: "string" },
  admin: { type: "boolean" },
  today: { type: "string" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const START_ARGS = z.object({
  as: z.string().trim().min(1).optional(),
  admin: z.boolean().default(false),
  today: z.string().refine(isIsoDate).optional(),
  lang: z.enum(LANGUAGES).optional(),
  help: z.boolean().default(false),
});

/** node:util's parse errors, said again as dondoc's failures. */
function parseFailure(error: Error & { code?: string }): Result<never> {
  const what = /'(-[^' ]+)/.exec(error.message)?.[1] ?? "";
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return fail("start-option-value-missing", { what });
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return fail("start-unknown-option", { what });
  throw error;
}

export function parseStartArgs(argv: string[]): Result<StartArgs> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (error) {
    return parseFailure(error as Error & { code?: string });
  }
  const { values, positionals } = parsed;
  if (positionals.length > 0 && values.as === undefined)
    return fail("start-unexpected-word", { what: positionals[0]! });
  const as = values.as === undefined ? undefined : [values.as, ...positionals].join(" ");
  const checked = START_ARGS.safeParse({ ...values, as });
  if (checked.success) return ok(checked.data as StartArgs);
  const field = String(checked.error.issues[0]!.path[0]);
  const value = String((values as Record<string, unknown>)[field] ?? "");
  if (field === "today") return fail("invalid-date", { value });
  if (field === "lang") return fail("unknown-lang", { value, known: LANGUAGES.join(", ") });
  return fail("start-option-value-missing", { what: `--${field}` });
}
