// `npm start`: opens (and migrates) the database, imports the demo plan into an empty
// one, then serves chat: on Telegram when TELEGRAM_BOT_TOKEN is set, on Zalo (with its
// upload pages) when ZALO_BOT_TOKEN is set, both when both are (see serve.ts), otherwise in
// this terminal (`npm start -- --as "Sở Xây dựng"`, `--admin`, `--today 2019-11-25`).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { consoleTransport } from "./channels/console/transport.ts";
import { startScheduler } from "./scheduler/index.ts";
import { Sender } from "./services/sender.ts";
import { refreshDigest } from "./services/reminder-service.ts";
import { runConsole, say } from "./channels/console/index.ts";
import { parseStartArgs, type StartArgs } from "./channels/console/start-args.ts";
import { NumberedChoices } from "./channels/numbered-choices.ts";
import { ConfigError, loadConfig, type Config } from "./config.ts";
import { configIssueText } from "./i18n/format.ts";
import { pickLang, translator } from "./i18n/index.ts";
import { createLogger } from "./logger.ts";
import { createChatCore } from "./services/chat/core.ts";
import {
  accessFromConfig,
  CONSOLE_USER,
  identify,
  inviteDeepLink,
  inviteFocalPoint,
} from "./services/membership-service.ts";
import { importPlan } from "./services/plan-service.ts";
import { workTasks } from "./domain/plan-import.ts";
import { openDatabase, type Database } from "./store/database.ts";
import { migrate } from "./store/migrations.ts";
import { listPlans } from "./store/plan-store.ts";
import { projectRoot } from "./paths.ts";
import { warmUpListWorker } from "./sheets/read-list.ts";
import { warmUpPlanWorker } from "./plan/plan-process.ts";
import { intakeSlots } from "./services/intake-service.ts";
import { serve } from "./serve.ts";
import { chatServices } from "./services/chat-services.ts";

/** The seed plan imported into an empty database, by province. */
const DEMO_PLANS: Record<string, string> = {
  "Thái Nguyên": "plan-thai-nguyen-2019-par-index.txt",
  "Bắc Kạn": "plan-bac-kan-2023-par-index.txt",
};

/** The options of `npm start`; --help prints the usage, a mistake the usage after it (exit 2). */
function readArgs(): StartArgs {
  const args = parseStartArgs(process.argv.slice(2));
  const lang = args.ok && args.value.lang ? args.value.lang : pickLang(process.env.DEFAULT_LANG);
  const t = translator(lang);
  if (args.ok && !args.value.help) return args.value;
  if (args.ok) {
    console.log(t("start-usage"));
    process.exit(0);
  }
  console.error(`${t(`error-${args.error.code}`, args.error.args)}\n\n${t("start-usage")}`);
  process.exit(2);
}

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const t = translator("vi");
    for (const issue of error.issues) console.error(configIssueText(t, issue));
    process.exit(2);
  }
}

async function importDemo(db: Database, config: Config): Promise<number | null> {
  const file = DEMO_PLANS[config.PROVINCE];
  if (!file || (await listPlans(db.client)).length > 0) return null;
  const path = join(projectRoot, "fixtures", "plans", file);
  try {
    const result = await importPlan(db.client, readFileSync(path), path, config.PROVINCE);
    return result.ok ? workTasks(result.value.parsed).length : null;
  } catch (error) {
    // Two instances started on one empty database: the other one imported it meanwhile.
    if ((await listPlans(db.client)).length > 0) return null;
    throw error;
  }
}

async function main(): Promise<void> {
  const args = readArgs();
  const config = readConfig();
  const t = translator(args.lang ?? config.DEFAULT_LANG);
  if (config.LIST_WORKERS) intakeSlots.size = config.LIST_WORKERS;
  const consoleMode = !config.TELEGRAM_BOT_TOKEN && !config.ZALO_BOT_TOKEN;
  // In the terminal, logs would mix with the chat: only warnings, on stderr.
  const log = createLogger(consoleMode ? "warn" : config.LOG_LEVEL, consoleMode ? "stderr" : "stdout");
  const db = await openDatabase(config.DATABASE_URL, { service: true });
  await migrate(db);
  const demoTasks = await importDemo(db, config);

  let telegramUsername = config.TELEGRAM_BOT_USERNAME;
  const access = accessFromConfig(config, args.admin);
  const now = args.today ? () => new Date(`${args.today}T08:00:00+07:00`) : () => new Date();
  // Upload pages exist for Zalo users, whose chat cannot carry files.
  const publicUrl = config.ZALO_BOT_TOKEN
    ? (config.PUBLIC_URL ?? `http://localhost:${config.HTTP_PORT}`).replace(/\/$/, "")
    : null;
  const core = createChatCore({
    services: chatServices(db.client),
    access,
    now,
    log,
    publicUrl,
    inviteLink: (code) => (telegramUsername ? inviteDeepLink(telegramUsername, code) : null),
  });

  if (!consoleMode) {
    await serve({
      config,
      db,
      core,
      access,
      now,
      fixedDay: args.today !== undefined,
      publicUrl,
      log,
      onTelegramName: (username) => (telegramUsername = username),
    });
    // Lists and plans are read in worker processes: one of each is ready before the first file comes.
    warmUpPlanWorker();
    return warmUpListWorker();
  }
  warmUpPlanWorker();
  warmUpListWorker();

  const options = {
    input: process.stdin,
    output: process.stdout,
    filesDir: join("data", "files"),
    name: args.admin ? "Admin" : "Console",
    lang: args.lang ?? config.DEFAULT_LANG,
  };
  const out = (text: string) => process.stdout.write(`${text}\n`);
  if (demoTasks !== null) out(t("start-demo-imported", { tasks: demoTasks }));
  out(t("console-welcome"));
  const choices = new NumberedChoices();
  if (args.as) {
    // Joining goes through an invitation even here: one way in for everyone.
    const invitation = await inviteFocalPoint(db.client, access, args.as, "console", now());
    if (!invitation.ok) {
      console.error(t(`error-${invitation.error.code}`, invitation.error.args));
      process.exit(2);
    }
    await say(core, options, choices, `/start ${invitation.value.code}`);
  } else {
    // Linked in an earlier session, the console greets its unit; otherwise it says how to join.
    const member = await identify(db.client, access, {
      channel: "console",
      chatId: CONSOLE_USER,
      chatKind: "private",
      userId: CONSOLE_USER,
      name: options.name,
    });
    if (member.unit || member.isAdmin) await say(core, options, choices, "/start");
    else out(t("console-hint"));
  }
  // Reminders of the day appear in the terminal too.
  const sender = new Sender(db.client, [consoleTransport(process.stdout, choices)], {
    log,
    now,
    ...(args.today ? { quiet: () => false } : {}),
    refresh: (row, at) => refreshDigest(db.client, row, at),
  });
  sender.start();
  const scheduler = startScheduler(db.client, access, now, log);
  await runConsole(core, options, choices);
  scheduler.stop();
  await sender.stop();
  await db.close();
}

await main();
