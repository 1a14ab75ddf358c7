// Starts dondoc on Zalo. Updates go to the inbox first, from the webhook (any number of
// instances serve it; each update is written and answered at once) or from long polling
// (the instance holding the polling lease polls; the others stand by); the inbox's workers
// handle them, each chat's in order. Echoes of the bot's own messages are dropped, repeated
// deliveries are ignored, and an update that cannot be read is logged (field paths only,
// no content) and dropped.
import { translator } from "../../i18n/index.ts";
import type { Logger } from "../../logger.ts";
import type { ChatCore } from "../../services/chat/core.ts";
import type { Inbox } from "../../services/inbox.ts";
import type { Leadership } from "../../services/leases.ts";
import type { Route, WebServer } from "../../web/server.ts";
import { pollWhileLeader } from "../polling.ts";
import { sideCall } from "../side-call.ts";
import { readJson, sameSecret } from "../webhook-body.ts";
import { parseUpdate, POLL_SECONDS, updateItems, ZaloApiError, type ZaloClient, type ZaloUpdate } from "./client.ts";
import { render, sendText, type ZaloOutput } from "./render.ts";
import { requestOf } from "./request.ts";
import { withKeepAlive } from "../keep-alive.ts";

export interface ZaloSettings {
  client: ZaloClient;
  inbox: Inbox;
  webhook?: { url: string; secret: string; web: WebServer } | undefined;
  /** Polling mode: the lease that makes one instance the poller. */
  pollLease?: Leadership | undefined;
  pollSeconds?: number;
  /** A failure polling will not get over (a revoked token): the caller shuts down. */
  onFatal?: (error: unknown) => void;
}

export interface RunningZalo {
  stop(): Promise<void>;
}

export async function startZalo(
  settings: ZaloSettings,
  core: ChatCore,
  output: Omit<ZaloOutput, "client">,
  log: Logger,
): Promise<RunningZalo> {
  const { client, inbox } = settings;
  const out: ZaloOutput = { ...output, client };
  const me = await client.getMe();
  const side = (what: string, call: () => Promise<unknown>) => sideCall(log, "zalo", what, call);

  /** Writes one delivered update to the inbox, unless it is unreadable or the bot's own. */
  async function record(item: unknown): Promise<void> {
    const parsed = parseUpdate(item);
    if (!parsed.ok) return log.warn({ channel: "zalo", problems: parsed.problems }, "unreadable update dropped");
    const { update } = parsed;
    const message = update.message;
    if (!message) return log.warn({ channel: "zalo", event: update.event_name }, "update without a message dropped");
    if (message.from.id === me.id) return;
    await inbox.record("zalo", `${update.event_name}:${message.message_id}`, message.chat.id, update);
  }

  async function handle(update: ZaloUpdate): Promise<void> {
    const request = await requestOf(update, out.choices);
    if (!request) return;
    const { chatId, userId } = request.from;
    // Checking a list or drawing a chart takes a moment: show that dondoc is on it, for as long as it takes.
    const typing = () => void side("sendChatAction", () => client.sendChatAction(chatId, "typing"));
    const response = await withKeepAlive(typing, () => core.handle(request));
    const t = translator(await core.languageOf(request).catch(() => "vi" as const));
    try {
      await render(out, { chatId, userId }, response.replies, t);
    } catch (error) {
      // The request was handled: only the answer did not get through.
      log.error({ channel: "zalo", err: error }, "reply failed");
      await side("apology", () => sendText(client, chatId, t("error-reply-failed")));
    }
  }
  inbox.handle("zalo", (update) => handle(update as ZaloUpdate));

  if (settings.webhook) {
    const { url, secret, web } = settings.webhook;
    web.add(webhookRoute(new URL(url).pathname, secret, record));
    await client.setWebhook(url, secret);
    log.info({ channel: "zalo", mode: "webhook" }, "zalo started");
    return { stop: async () => {} };
  }
  if (!settings.pollLease) throw new Error("Zalo needs a webhook or a polling lease");
  const poller = pollWhileLeader({
    channel: "zalo",
    lease: settings.pollLease,
    log,
    onLead: async () => void (await client.deleteWebhook()),
    async poll(signal) {
      for (const item of await client.getUpdates(settings.pollSeconds ?? POLL_SECONDS, signal)) await record(item);
    },
    fatal: (error) => error instanceof ZaloApiError && error.code === 401,
    onFatal: (error) => settings.onFatal?.(error),
  });
  log.info({ channel: "zalo", mode: "polling" }, "zalo started");
  return { stop: () => poller.stop() };
}

/** Zalo's webhook: without the secret set with setWebhook, 401; otherwise recorded and answered at once. */
function webhookRoute(path: string, secret: string, record: (item: unknown) => Promise<void>): Route {
  return {
    method: "POST",
    path,
    async handle(req, res) {
      if (!sameSecret(req.headers["x-bot-api-secret-token"], secret)) {
        req.resume();
        return res.writeHead(401, { "content-type": "application/json" }).end('{"ok":false}');
      }
      const body = await readJson(req);
      if (body === null) return res.writeHead(400, { "content-type": "application/json" }).end('{"ok":false}');
      for (const item of updateItems(body)) await record(item);
      res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
    },
  };
}
