// `npm start`: opens (and migrates) the database, imports the demo plan into an empty
// one, then serves chat: on Telegram when TELEGRAM_BOT_TOKEN is set, on Zalo (with its
// upload pages) when ZALO_BOT_TOKEN is set, both when both are, otherwise in this
// terminal (`npm start -- --as "Sở Xây dựng"`, `--admin`, `--today 2019-11-25`).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startTelegram } from "./channels/telegram/index.ts";
import { ZaloClient } from "./channels/zalo/client.ts";
import { startZalo } from "./channels/zalo/index.ts";
import type { ZaloOutput } from "./channels/zalo/render.ts";
import { zaloTransport } from "./channels/zalo/transport.ts";
import { choiceMemory } from "./services/choice-memory.ts";
import { createDownloadToken } from "./services/file-link-service.ts";
import { downloadUrl } from "./services/upload-service.ts";
import { uploadRoutes } from "./web/upload-pages.ts";
import { WebServer } from "./web/server.ts";
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
import {
  accessFromConfig,
  CONSOLE_USER,
  identify,
  inviteDeepLink,
  inviteFocalPoint,
} from "./services/membership-service.ts";
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
  const { values: args } = parseArgs({
    options: { as: { type: "string" }, admin: { type: "boolean" }, today: { type: "string" } },
  });
  const config = readConfig();
  const t = translator(config.DEFAULT_LANG);
  if (args.today && !isIsoDate(args.today)) {
    console.error(t("error-invalid-date", { value: args.today }));
    process.exit(2);
  }
  const consoleMode = !config.TELEGRAM_BOT_TOKEN && !config.ZALO_BOT_TOKEN;
  // In the terminal, logs would mix with the chat: only warnings, on stderr.
  const log = createLogger(consoleMode ? "warn" : config.LOG_LEVEL, consoleMode ? "stderr" : "stdout");
  const db = openDatabase(config.DATABASE_URL);
  await applyMigrations(db);
  const demoTasks = await importDemo(db, config);
  warmUpListWorker();

  let telegramUsername = config.TELEGRAM_BOT_USERNAME;
  const access = accessFromConfig(config, args.admin ?? false);
  const now = args.today ? () => new Date(`${args.today}T08:00:00+07:00`) : () => new Date();
  // Upload pages exist for Zalo users, whose chat cannot carry files.
  const publicUrl = config.ZALO_BOT_TOKEN
    ? (config.PUBLIC_URL ?? `http://localhost:${config.HTTP_PORT}`).replace(/\/$/, "")
    : null;
  const core = createChatCore({
    db: db.client,
    access,
    now,
    log,
    publicUrl,
    inviteLink: (code) => (telegramUsername ? inviteDeepLink(telegramUsername, code) : null),
  });

  // Reminders and broadcasts: the planner and admins queue them in the outbox, the sender delivers them.
  const startDelivery = (transports: Transport[]) => {
    const sender = new Sender(db.client, transports, {
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
    const web = new WebServer(log);
    const transports: Transport[] = [];
    const channels: { stop(): Promise<void> }[] = [];
    if (config.TELEGRAM_BOT_TOKEN) {
      const webhook = config.TELEGRAM_WEBHOOK_URL
        ? { url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET!, web }
        : undefined;
      const telegram = await startTelegram(
        { token: config.TELEGRAM_BOT_TOKEN, apiRoot: config.TELEGRAM_API_ROOT, webhook },
        core,
        log,
      );
      telegramUsername = telegram.username;
      channels.push(telegram);
      transports.push(telegramTransport(config.TELEGRAM_BOT_TOKEN, config.TELEGRAM_API_ROOT));
    }
    if (config.ZALO_BOT_TOKEN && publicUrl) {
      const client = new ZaloClient({ token: config.ZALO_BOT_TOKEN, apiRoot: config.ZALO_API_ROOT });
      const choices = new NumberedChoices(choiceMemory(db.client, "zalo"), (error) =>
        log.warn({ err: error }, "numbered choices not saved"),
      );
      const fileLink: ZaloOutput["fileLink"] = async (to, file) =>
        downloadUrl(publicUrl, await createDownloadToken(db.client, { channel: "zalo", ...to }, file, now()));
      const webhook = config.ZALO_WEBHOOK_URL
        ? { url: config.ZALO_WEBHOOK_URL, secret: config.ZALO_WEBHOOK_SECRET!, web }
        : undefined;
      channels.push(await startZalo({ client, webhook }, core, { choices, fileLink }, log));
      transports.push(zaloTransport(client, choices));
      web.add(...uploadRoutes({ db: db.client, base: publicUrl, now }));
    }
    if (!web.empty) log.info({ port: await web.listen(config.HTTP_PORT) }, "web server listening");
    const stopDelivery = startDelivery(transports);
    const shutdown = async () => {
      await stopDelivery();
      for (const channel of channels) await channel.stop();
      await web.close();
      await db.close();
      process.exit(0);
    };
    process.once("SIGINT", shutdown);
    process.once("SIGTERM", shutdown);
    return;
  }

  const options = {
    input: process.stdin,
    output: process.stdout,
    filesDir: join("data", "files"),
    name: args.admin ? "Admin" : "Console",
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
  const stopDelivery = startDelivery([consoleTransport(process.stdout, choices)]);
  await runConsole(core, options, choices);
  await stopDelivery();
  await db.close();
}

await main();
