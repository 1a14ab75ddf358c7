// dondoc as a service (`npm start` with a token): Telegram and/or Zalo, by webhook or long
// polling, with the web server (webhooks, upload pages, /healthz, /readyz, /metrics), the
// inbox workers, the outbox sender and the reminder scheduler. Any number of instances can
// share one PostgreSQL database: all serve webhooks and handle the inbox; leases make one
// the poller of each platform and one the sender of each channel. SIGTERM (or SIGINT) stops
// it cleanly: it finishes or gives back what it holds, and exits 0; a fatal failure (a
// revoked token, an unhandled error) is logged and ends the same way with exit code 1.
import { startTelegram } from "./channels/telegram/index.ts";
import { telegramTransport } from "./channels/telegram/transport.ts";
import { ZaloClient } from "./channels/zalo/client.ts";
import { startZalo } from "./channels/zalo/index.ts";
import type { ZaloOutput } from "./channels/zalo/render.ts";
import { zaloTransport } from "./channels/zalo/transport.ts";
import { NumberedChoices } from "./channels/numbered-choices.ts";
import type { Config } from "./config.ts";
import type { Logger } from "./logger.ts";
import { startScheduler } from "./scheduler/index.ts";
import type { ChatCore } from "./services/chat/core.ts";
import { choiceMemory } from "./services/choice-memory.ts";
import { createDownloadToken } from "./services/file-link-service.ts";
import { readiness, type PlatformCheck } from "./services/health.ts";
import { Inbox } from "./services/inbox.ts";
import { Leadership } from "./services/leases.ts";
import type { Access } from "./services/membership-service.ts";
import { watchQueues } from "./services/metrics.ts";
import { notifyUnreachable, refreshDigest } from "./services/reminder-service.ts";
import { quietHours, Sender, type Transport } from "./services/sender.ts";
import { downloadUrl } from "./services/upload-service.ts";
import type { Database } from "./store/database.ts";
import { operationRoutes } from "./web/operations.ts";
import { WebServer } from "./web/server.ts";
import { uploadRoutes } from "./web/upload-pages.ts";

export interface Service {
  config: Config;
  db: Database;
  core: ChatCore;
  access: Access;
  now: () => Date;
  /** --today: every hour is a sending hour. */
  fixedDay: boolean;
  publicUrl: string | null;
  log: Logger;
  /** The Telegram bot's name, once known, for invitation links. */
  onTelegramName(username: string): void;
}

export async function serve(service: Service): Promise<void> {
  const { config, db, core, access, now, log } = service;
  const web = new WebServer(log);
  const inbox = new Inbox(db.client, { log });
  const lease = (name: string) => new Leadership(db.client, name, { log });
  const transports: Transport[] = [];
  const platforms: PlatformCheck[] = [];
  const channels: { stop(): Promise<void> }[] = [];
  let stopping: Promise<void> | null = null;
  let stopDelivery = async () => {};

  const shutdown = (code: number) => {
    stopping ??= (async () => {
      log.info({ code }, "shutting down");
      await web.close();
      for (const channel of channels) await channel.stop().catch((error: unknown) => log.error({ err: error }, "stop"));
      await inbox.stop();
      await stopDelivery();
      await db.close();
      process.exit(code);
    })();
    return stopping;
  };
  const fatal = (error: unknown) => {
    log.fatal({ err: error }, "fatal error");
    void shutdown(1);
  };
  process.on("unhandledRejection", fatal);
  process.on("uncaughtException", fatal);
  process.once("SIGTERM", () => void shutdown(0));
  process.once("SIGINT", () => void shutdown(0));

  // Reminders and broadcasts: the planner and admins queue them in the outbox, the sender
  // delivers them. It starts first: a restarted instance resumes delivery before its channels are up.
  const zaloClient = config.ZALO_BOT_TOKEN
    ? new ZaloClient({ token: config.ZALO_BOT_TOKEN, apiRoot: config.ZALO_API_ROOT })
    : null;
  const zaloChoices = new NumberedChoices(choiceMemory(db.client, "zalo"), (error) =>
    log.warn({ err: error }, "numbered choices not saved"),
  );
  if (config.TELEGRAM_BOT_TOKEN)
    transports.push(telegramTransport(config.TELEGRAM_BOT_TOKEN, config.TELEGRAM_API_ROOT));
  if (zaloClient && service.publicUrl) transports.push(zaloTransport(zaloClient, zaloChoices));
  const sender = new Sender(db.client, transports, {
    log,
    now,
    quiet: service.fixedDay ? () => false : quietHours(config.QUIET_HOURS),
    onUnreachable: (channel, chatId) => notifyUnreachable(db.client, access, channel, chatId, now()),
    refresh: (row, at) => refreshDigest(db.client, row, at),
  });
  sender.start();
  const scheduler = startScheduler(db.client, access, now, log);
  stopDelivery = async () => {
    scheduler.stop();
    await sender.stop();
  };

  if (config.TELEGRAM_BOT_TOKEN) {
    const webhook = config.TELEGRAM_WEBHOOK_URL
      ? { url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET!, web }
      : undefined;
    const telegram = await startTelegram(
      {
        token: config.TELEGRAM_BOT_TOKEN,
        apiRoot: config.TELEGRAM_API_ROOT,
        inbox,
        webhook,
        pollLease: webhook ? undefined : lease("poll:telegram"),
        onFatal: fatal,
      },
      core,
      log,
    );
    service.onTelegramName(telegram.username);
    channels.push(telegram);
    platforms.push({ name: "telegram", check: () => telegram.api.getMe() });
  }
  if (zaloClient && service.publicUrl) {
    const publicUrl = service.publicUrl;
    const client = zaloClient;
    const fileLink: ZaloOutput["fileLink"] = async (to, file) =>
      downloadUrl(publicUrl, await createDownloadToken(db.client, { channel: "zalo", ...to }, file, now()));
    const webhook = config.ZALO_WEBHOOK_URL
      ? { url: config.ZALO_WEBHOOK_URL, secret: config.ZALO_WEBHOOK_SECRET!, web }
      : undefined;
    const zalo = await startZalo(
      { client, inbox, webhook, pollLease: webhook ? undefined : lease("poll:zalo"), onFatal: fatal },
      core,
      { choices: zaloChoices, fileLink },
      log,
    );
    channels.push(zalo);
    platforms.push({ name: "zalo", check: () => client.getMe() });
    web.add(...uploadRoutes({ db: db.client, base: publicUrl, now }));
  }

  web.add(...operationRoutes(readiness(db, platforms)));
  watchQueues(db.client);
  log.info({ port: await web.listen(config.HTTP_PORT) }, "web server listening");
  inbox.start();
}
