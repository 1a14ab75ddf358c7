// `npm start`: opens (and migrates) the database, imports the demo plan into an empty
// one, then serves chat: on Telegram when TELEGRAM_BOT_TOKEN is set, otherwise in this
// terminal (`npm start -- --as "Sở Xây dựng"`, `--admin`, `--today 2019-11-25`).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startTelegram } from "./channels/telegram/index.ts";
import { telegramTransport } from "./channels/telegram/transport.ts";
import { consoleTransport } from "./channels/console/transport.ts";
import { startScheduler } from "./scheduler/index.ts";
import { notifyUnreachable } from "./services/reminder-service.ts";
import { Sender, type Transport } from "./services/sender.ts";
import { runConsole, say } from "./channels/console/index.ts";
import { NumberedChoices } from "./channels/numbered-choices.ts";
import { ConfigError, loadConfig, type Config } from "./config.ts";
import { isIsoDate } from "./domain/dates.ts";
import { configIssueText } from "./i18n/format.ts";
import { translator } from "./i18n/index.ts";
import { createLogger } from "./logger.ts";
import { createChatCore } from "./services/chat/core.ts";
import { accessFromConfig, CONSOLE_USER, identify, inviteDeepLink, inviteFocalPoint } from "./services/membership-service.ts";
import { importPlan } from "./services/plan-service.ts";
import { openDatabase, type Database } from "./store/database.ts";
import { applyMigrations } from "./store/migrations.ts";
import { listPlans } from "./store/plan-store.ts";
import { projectRoot } from "./paths.ts";
import { warmUpListWorker } from "./sheets/read-list.ts";

/** The seed plan imported into an empty database, by province. */
const DEMO_PLANS: Record<string, string> = {
  "Thái Nguyên": "plan-thai-nguyen-2019-par-index.txt",
  "Bắc Kạn": "plan-bac-kan-2023-par-index.txt",
};

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
  const result = await importPlan(db.client, readFileSync(path), path, config.PROVINCE);
  return result.ok ? result.value.parsed.tasks.length : null;
}

async function main(): Promise<void> {
  const { values: args } = parseArgs({ options: { as: { type: "string" }, admin: { type: "boolean" }, today: { type: "string" } } });
  const config = readConfig();
  const t = translator(config.DEFAULT_LANG);
  if (args.today && !isIsoDate(args.today)) {
    console.error(t("error-invalid-date", { value: args.today }));
    process.exit(2);
  }
  const consoleMode = !config.TELEGRAM_BOT_TOKEN;
  // In the terminal, logs would mix with the chat: only warnings, on stderr.
  const log = createLogger(consoleMode ? "warn" : config.LOG_LEVEL, consoleMode ? "stderr" : "stdout");
  const db = openDatabase(config.DATABASE_URL);
  await applyMigrations(db);
  const demoTasks = await importDemo(db, config);
  warmUpListWorker();

  let telegramUsername = config.TELEGRAM_BOT_USERNAME;
  const access = accessFromConfig(config, args.admin ?? false);
  const now = args.today ? () => new Date(`${args.today}T08:00:00+07:00`) : () => new Date();
  const core = createChatCore({ db: db.client, access, now, log, inviteLink: (code) => (telegramUsername ? inviteDeepLink(telegramUsername, code) : null) });

  // Reminders: the planner queues them in the outbox, the sender delivers them.
  const startReminders = (transport: Transport) => {
    const sender = new Sender(db.client, [transport], {
      log,
      now,
      ...(args.today ? { quiet: () => false } : {}),
      onUnreachable: (channel, chatId) => notifyUnreachable(db.client, access, channel, chatId, now()),
    });
    sender.start();
    const scheduler = startScheduler(db.client, access, now, log);
    return async () => {
      scheduler.stop();
      await sender.stop();
    };
  };

  if (!consoleMode) {
    const webhook = config.TELEGRAM_WEBHOOK_URL ? { url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET!, port: config.HTTP_PORT } : undefined;
    const telegram = await startTelegram({ token: config.TELEGRAM_BOT_TOKEN!, apiRoot: config.TELEGRAM_API_ROOT, webhook }, core, log);
    telegramUsername = telegram.username;
    const stopReminders = startReminders(telegramTransport(config.TELEGRAM_BOT_TOKEN!, config.TELEGRAM_API_ROOT));
    const shutdown = async () => {
      await stopReminders();
      await telegram.stop();
      await db.close();
      process.exit(0);
    };
    process.once("SIGINT", shutdown);
    process.once("SIGTERM", shutdown);
    return;
  }

  const options = { input: process.stdin, output: process.stdout, filesDir: join("data", "files"), name: args.admin ? "Admin" : "Console" };
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
    const member = await identify(db.client, access, { channel: "console", chatId: CONSOLE_USER, chatKind: "private", userId: CONSOLE_USER, name: options.name });
    if (member.unit || member.isAdmin) await say(core, options, choices, "/start");
    else out(t("console-hint"));
  }
  const stopReminders = startReminders(consoleTransport(process.stdout, choices));
  await runConsole(core, options, choices);
  await stopReminders();
  await db.close();
}

await main();
