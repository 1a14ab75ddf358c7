// Starts dondoc on Zalo: long polling (getUpdates) by default, a webhook when configured.
// The webhook refuses requests without the secret Zalo sends back in
// X-Bot-Api-Secret-Token. Updates of one chat are handled in order.
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { translator } from "../../i18n/index.ts";
import type { Logger } from "../../logger.ts";
import type { ChatCore } from "../../services/chat/core.ts";
import type { WebServer } from "../../web/server.ts";
import { parseUpdates, type ZaloClient, type ZaloUpdate } from "./client.ts";
import { render, type ZaloOutput } from "./render.ts";
import { requestOf } from "./request.ts";

export interface ZaloSettings {
  client: ZaloClient;
  webhook?: { url: string; secret: string; web: WebServer } | undefined;
  pollSeconds?: number;
}

export interface RunningZalo {
  stop(): Promise<void>;
}

const MAX_WEBHOOK_BYTES = 1024 * 1024;

function sameSecret(given: string | string[] | undefined, secret: string): boolean {
  const a = Buffer.from(typeof given === "string" ? given : "");
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_WEBHOOK_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return null;
  }
}

export async function startZalo(
  settings: ZaloSettings,
  core: ChatCore,
  output: Omit<ZaloOutput, "client">,
  log: Logger,
): Promise<RunningZalo> {
  const { client } = settings;
  const out: ZaloOutput = { ...output, client };
  await client.getMe();
  const queues = new Map<string, Promise<void>>();

  async function handle(update: ZaloUpdate): Promise<void> {
    const request = await requestOf(update, out.choices);
    if (!request) return;
    // Checking a list or drawing a chart takes a moment: show that dondoc is on it.
    void client.sendChatAction(request.from.chatId, "typing").catch(() => undefined);
    const response = await core.handle(request);
    const t = translator(await core.languageOf(request));
    await render(out, { chatId: request.from.chatId, userId: request.from.userId }, response.replies, t);
  }

  /** Handles updates of a chat one after the other, chats side by side. */
  function dispatch(update: ZaloUpdate): Promise<void> {
    const chat = update.message?.chat.id ?? "";
    const next = (queues.get(chat) ?? Promise.resolve())
      .then(() => handle(update))
      .catch((error: unknown) => log.error({ channel: "zalo", err: error }, "zalo update failed"));
    queues.set(chat, next);
    void next.finally(() => queues.get(chat) === next && queues.delete(chat));
    return next;
  }

  if (settings.webhook) {
    const { url, secret, web } = settings.webhook;
    web.add({
      method: "POST",
      path: new URL(url).pathname,
      async handle(req, res) {
        if (!sameSecret(req.headers["x-bot-api-secret-token"], secret)) {
          req.resume();
          return res.writeHead(401, { "content-type": "application/json" }).end('{"ok":false}');
        }
        const body = await readJson(req);
        res
          .writeHead(body === null ? 400 : 200, { "content-type": "application/json" })
          .end(JSON.stringify({ ok: body !== null }));
        for (const update of parseUpdates(body)) void dispatch(update);
      },
    });
    await client.setWebhook(url, secret);
    log.info({ channel: "zalo", mode: "webhook" }, "zalo started");
    return { stop: async () => void (await Promise.all(queues.values())) };
  }

  await client.deleteWebhook().catch(() => undefined);
  let running = true;
  const abort = new AbortController();
  const loop = (async () => {
    let failures = 0;
    while (running) {
      try {
        for (const update of await client.getUpdates(settings.pollSeconds ?? 30, abort.signal)) void dispatch(update);
        failures = 0;
      } catch (error) {
        if (!running) break;
        failures++;
        log.warn({ channel: "zalo", err: error, failures }, "zalo polling failed");
        await new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** failures, 30_000)));
      }
    }
  })();
  log.info({ channel: "zalo", mode: "polling" }, "zalo started");
  return {
    async stop() {
      running = false;
      abort.abort();
      await loop;
      await Promise.all(queues.values());
    },
  };
}
