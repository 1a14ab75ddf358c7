// `dondoc`: the command line of administrators and operators.
import { Command, CommanderError } from "commander";
import { recordAudit } from "../store/audit-store.ts";
import { registerAdminCommands } from "./admin-commands.ts";
import { registerCalendarCommands } from "./calendar-commands.ts";
import { registerCheckCommand } from "./check-command.ts";
import { registerRemindCommand } from "./remind-command.ts";
import { registerDbCommands } from "./db-commands.ts";
import { registerInviteCommands } from "./invite-commands.ts";
import { CliContext, CliExit, type CliIO } from "./io.ts";
import { registerPlanCommands } from "./plan-commands.ts";
import { registerTasksCommand } from "./tasks-command.ts";
import { registerUnitsCommands } from "./units-commands.ts";

/** The language asked for with --lang, read before commander so that help is translated too. */
function langOption(argv: string[]): string | undefined {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return undefined;
  return argv[i]!.includes("=") ? argv[i]!.split("=")[1] : argv[i + 1];
}

// commander's own error messages are English; each is said again from the locale files.
const USAGE_ERRORS: [RegExp, string][] = [
  [/unknown command '([^']+)'/, "cli-unknown-command"],
  [/unknown option '([^']+)'/, "cli-unknown-option"],
  [/missing required argument '([^']+)'/, "cli-missing-argument"],
  [/required option '([^']+)' not specified/, "cli-missing-option"],
  [/option '([^']+)' argument missing/, "cli-option-value-missing"],
  [/too many arguments/, "cli-too-many-arguments"],
];

function usageError(ctx: CliContext, message: string): string {
  for (const [pattern, key] of USAGE_ERRORS) {
    const match = message.match(pattern);
    if (match) return ctx.t(key, { what: match[1] ?? "" });
  }
  return message.trimEnd();
}

/** Commands that change what dondoc holds or hand out its data: each run is in the audit log. */
const AUDITED = new Set([
  "plan import",
  "plan settings",
  "units import",
  "calendar add",
  "calendar remove",
  "invite",
  "invitations revoke",
  "remind",
  "export",
  "purge",
  "db backup",
]);

function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(" ");
}

async function auditRun(ctx: CliContext, command: Command): Promise<void> {
  const path = commandPath(command);
  if (!AUDITED.has(path) || command.opts().dryRun) return;
  const detail = [...command.args, ...Object.entries(command.opts()).map(([k, v]) => `--${k}=${String(v)}`)].join(" ");
  await recordAudit((await ctx.db()).client, { at: new Date(), actor: "cli", action: path, detail });
}

export function buildProgram(ctx: CliContext): Command {
  const program = new Command("dondoc")
    .description(ctx.t("cli-description"))
    .option("--lang <lang>", ctx.t("cli-opt-lang"))
    .helpOption("-h, --help", ctx.t("cli-opt-help"))
    .addHelpCommand(false)
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.io.out(s.trimEnd()),
      writeErr: (s) => ctx.io.err(s.trimEnd()),
      outputError: (s) => ctx.io.err(usageError(ctx, s)),
    });
  registerPlanCommands(program, ctx);
  registerTasksCommand(program, ctx);
  registerUnitsCommands(program, ctx);
  registerCalendarCommands(program, ctx);
  registerInviteCommands(program, ctx);
  registerCheckCommand(program, ctx);
  registerRemindCommand(program, ctx);
  registerDbCommands(program, ctx);
  registerAdminCommands(program, ctx);
  program.hook("preAction", () => ctx.prepare());
  program.hook("postAction", (_, action) => auditRun(ctx, action));
  for (const command of program.commands) {
    for (const c of [command, ...command.commands]) {
      c.exitOverride().helpOption("-h, --help", ctx.t("cli-opt-help")).showHelpAfterError();
      c.configureOutput({ outputError: (s) => ctx.io.err(usageError(ctx, s)) });
    }
  }
  return program;
}

/** Runs a command line; returns the exit code (0 done, 1 failure, 2 bad input). */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const ctx = new CliContext(io);
  ctx.setLang(langOption(argv));
  try {
    await buildProgram(ctx).parseAsync(argv, { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof CliExit) return error.code;
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    io.err(ctx.t("error-unexpected", { message: (error as Error).message }));
    return 1;
  } finally {
    await ctx.close();
  }
}
