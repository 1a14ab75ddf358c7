// `dondoc`: the command line of administrators and operators.
import { Command, CommanderError } from "commander";
import { registerAdminCommands } from "./admin-commands.ts";
import { registerCalendarCommands } from "./calendar-commands.ts";
import { registerCheckCommand } from "./check-command.ts";
import { registerRemindCommand } from "./remind-command.ts";
import { registerDbCommands } from "./db-commands.ts";
import { registerEvidenceCommands } from "./evidence-commands.ts";
import { registerInviteCommands } from "./invite-commands.ts";
import { LANG, parseArg } from "./args.ts";
import { CliContext, CliExit, type CliIO } from "./io.ts";
import { registerPlanCommands } from "./plan-commands.ts";
import { registerTasksCommand } from "./tasks-command.ts";
import { registerRulesCommands } from "./rules-commands.ts";
import { registerUnitsCommands } from "./units-commands.ts";

/** The language asked for with --lang, read before commander so that help is translated too. */
function langOption(argv: string[]): string | undefined {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return undefined;
  return argv[i]!.includes("=") ? argv[i]!.split("=")[1] : argv[i + 1];
}

// commander's own error messages are English; each is said again from the locale files.
const USAGE_ERRORS: [RegExp, string][] = [
  [/unknown command '([^']+)'/, "unknown-command"],
  [/unknown option '([^']+)'/, "unknown-option"],
  [/missing required argument '([^']+)'/, "missing-argument"],
  [/required option '([^']+)' not specified/, "missing-option"],
  [/option '([^']+)' argument missing/, "option-value-missing"],
  [/too many arguments/, "too-many-arguments"],
];

function usageError(ctx: CliContext, message: string): { code: string; message: string } {
  for (const [pattern, code] of USAGE_ERRORS) {
    const match = message.match(pattern);
    if (match) return { code, message: ctx.t(`cli-${code}`, { what: match[1] ?? "" }) };
  }
  return { code: "usage", message: message.replace(/^error: /, "").trimEnd() };
}

/** A usage mistake: said in the user's language, as JSON on stdout with --json, then the help on stderr. */
function reportUsage(ctx: CliContext, text: string): void {
  const { code, message } = usageError(ctx, text);
  ctx.report(code, message);
}

// The words of commander's help, which it writes in English.
const HELP_WORDS: Record<string, string> = {
  "Usage:": "cli-help-usage",
  "Options:": "cli-help-options",
  "Commands:": "cli-help-commands",
  "Arguments:": "cli-help-arguments",
  "[options]": "cli-help-options-word",
  "[command]": "cli-help-command-word",
};

function helpWord(ctx: CliContext, word: string): string {
  const key = HELP_WORDS[word];
  return key ? ctx.t(key) : word;
}

function configure(ctx: CliContext, command: Command): void {
  command
    .exitOverride()
    .helpOption("-h, --help", ctx.t("cli-opt-help"))
    .showHelpAfterError(!ctx.jsonOutput)
    .configureHelp({
      styleTitle: (word) => helpWord(ctx, word),
      styleOptionText: (word) => helpWord(ctx, word),
      styleSubcommandText: (word) => helpWord(ctx, word),
    })
    .configureOutput({
      writeOut: (s) => ctx.io.out(s.trimEnd()),
      writeErr: (s) => ctx.io.err(s.trimEnd()),
      outputError: (s) => reportUsage(ctx, s),
    });
}

/** Commands that change what dondoc holds or hand out its data: each run is in the audit log. */
const AUDITED = new Set([
  "plan import",
  "plan settings",
  "units import",
  "rules import",
  "calendar add",
  "calendar remove",
  "calendar rule",
  "units staff",
  "quota set",
  "invite",
  "invitations revoke",
  "remind",
  "export",
  "purge",
  "db backup",
  "evidence get",
]);

function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(" ");
}

async function auditRun(ctx: CliContext, command: Command): Promise<void> {
  const path = commandPath(command);
  if (!AUDITED.has(path) || command.opts().dryRun) return;
  const { recordAudit } = await import("../store/audit-store.ts");
  const detail = [...command.args, ...Object.entries(command.opts()).map(([k, v]) => `--${k}=${String(v)}`)].join(" ");
  await recordAudit((await ctx.db()).client, { at: new Date(), actor: "cli", action: path, detail });
}

export function buildProgram(ctx: CliContext): Command {
  const program = new Command("dondoc")
    .description(ctx.t("cli-description"))
    .option("--lang <lang>", ctx.t("cli-opt-lang"))
    .helpCommand(false);
  configure(ctx, program);
  registerPlanCommands(program, ctx);
  registerTasksCommand(program, ctx);
  registerUnitsCommands(program, ctx);
  registerRulesCommands(program, ctx);
  registerCalendarCommands(program, ctx);
  registerInviteCommands(program, ctx);
  registerCheckCommand(program, ctx);
  registerRemindCommand(program, ctx);
  registerDbCommands(program, ctx);
  registerAdminCommands(program, ctx);
  registerEvidenceCommands(program, ctx);
  program.hook("preAction", () => ctx.prepare());
  program.hook("postAction", (_, action) => auditRun(ctx, action));
  for (const command of program.commands) {
    for (const c of [command, ...command.commands]) configure(ctx, c);
  }
  return program;
}

/** Runs a command line; returns the exit code (0 done, 1 failure, 2 bad input). */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const ctx = new CliContext(io);
  ctx.jsonOutput = argv.includes("--json");
  try {
    const lang = langOption(argv);
    if (lang !== undefined) ctx.setLang(ctx.value(parseArg(LANG, lang)));
    await buildProgram(ctx).parseAsync(argv, { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof CliExit) return error.code;
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    // A real fault: said plainly, without the stack trace (exit 1).
    ctx.report("unexpected", ctx.t("error-unexpected", { message: (error as Error).message }));
    return 1;
  } finally {
    await ctx.close();
  }
}
