// A local HTTP server that speaks the Zalo Bot Platform API as dondoc uses it: JSON POSTs
// to /bot<TOKEN>/<method>; getMe, getUpdates (long polling, one update per answer, 408
// when none came), setWebhook / deleteWebhook / getWebhookInfo, sendMessage (1 to 2000
// characters, else 400), sendPhoto, sendChatAction. Tests play the users and read what
// the bot sent; failures can be injected.
import type { IncomingMessage, ServerResponse } from "node:http";
import { json, LocalApi } from "./local-api.ts";

export interface ZaloCall {
  method: string;
  ok: boolean;
  params: Record<string, unknown>;
  /** When the call came in (Date.now()). */
  at: number;
}

export interface ZaloUser {
  id: string;
  name: string;
}

export class FakeZalo extends LocalApi<ZaloCall> {
  private readonly updates: Record<string, unknown>[] = [];
  private readonly failures = new Map<string, { error_code: number; description: string }[]>();
  private webhook = "";
  private nextId = 1;

  constructor(readonly token = "1234567890:zalo-test-token") {
    super();
  }

  /** The next `count` calls of `method` fail with this Zalo error. */
  failNext(method: string, error_code: number, description: string, count = 1): void {
    this.failures.set(method, [
      ...(this.failures.get(method) ?? []),
      ...Array.from({ length: count }, () => ({ error_code, description })),
    ]);
  }

  /** An update as Zalo sends it (to getUpdates, or posted to a webhook). */
  update(from: ZaloUser, text: string | null, event = "message.text.received"): Record<string, unknown> {
    const message = {
      message_id: `m${this.nextId++}`,
      date: Date.now(),
      from: { id: from.id, display_name: from.name, is_bot: false },
      chat: { id: from.id, chat_type: "PRIVATE" },
      ...(text === null ? {} : { text }),
    };
    return { event_name: event, message };
  }

  /** A user writes to the bot; `event` for photos and stickers. */
  send(from: ZaloUser, text: string | null, event?: string): void {
    this.updates.push(this.update(from, text, event));
    this.wake();
  }

  /** Texts the bot sent successfully to a chat, since call number `since`. */
  textsTo(chatId: string, since = 0): string[] {
    return this.calls
      .slice(since)
      .filter((c) => c.ok && c.method === "sendMessage" && c.params.chat_id === chatId)
      .map((c) => String(c.params.text));
  }

  /** Waits until the bot has sent `count` messages to the chat since `since`, and a moment more. */
  async messagesTo(chatId: string, since: number, count = 1): Promise<string[]> {
    await this.waitFor(() => this.textsTo(chatId, since).length >= count, since);
    return this.textsTo(chatId, since);
  }

  protected async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = new URL(req.url ?? "/", this.url).pathname.match(/^\/bot([^/]+)\/(\w+)$/);
    if (!match || match[1] !== this.token)
      return json(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
    const method = match[2]!;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const params = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>) : {};
    const call: ZaloCall = { method, params, ok: false, at: Date.now() };
    this.calls.push(call);
    const failure = this.failures.get(method)?.shift();
    if (failure) return json(res, 200, { ok: false, ...failure });
    const answer = await this.answer(method, params, res);
    if ("error_code" in answer) return json(res, 200, { ok: false, ...answer });
    call.ok = true;
    json(res, 200, { ok: true, result: answer.result });
  }

  private async answer(
    method: string,
    params: Record<string, unknown>,
    res: ServerResponse,
  ): Promise<{ result: unknown } | { error_code: number; description: string }> {
    switch (method) {
      case "getMe":
        return { result: { id: "4242", account_name: "bot.dondoc", account_type: "BASIC", can_join_groups: false } };
      case "getUpdates":
        return this.getUpdates(Number(params.timeout ?? 30), res);
      case "setWebhook":
        this.webhook = String(params.url);
        return { result: { url: this.webhook, updated_at: Date.now() } };
      case "deleteWebhook":
        this.webhook = "";
        return { result: { url: "", updated_at: Date.now() } };
      case "getWebhookInfo":
        return { result: { url: this.webhook, updated_at: Date.now() } };
      case "sendMessage": {
        const text = String(params.text ?? "");
        if (text.length < 1 || text.length > 2000)
          return { error_code: 400, description: "text must be 1 to 2000 characters" };
        return { result: { message_id: `s${this.nextId++}`, date: Date.now() } };
      }
      case "sendPhoto":
        return { result: { message_id: `s${this.nextId++}`, date: Date.now() } };
      case "sendChatAction":
        return { result: true };
      default:
        return { error_code: 404, description: "Not Found" };
    }
  }

  private async getUpdates(
    timeoutSeconds: number,
    res: ServerResponse,
  ): Promise<{ result: unknown } | { error_code: number; description: string }> {
    if (this.webhook) return { error_code: 409, description: "webhook is set" };
    if (this.updates.length === 0) {
      await this.poll(timeoutSeconds);
    }
    // A poll the bot gave up (it stopped) must not take the update away from the next one.
    if (res.destroyed || res.socket?.destroyed) return { error_code: 408, description: "Request timeout" };
    const next = this.updates.shift();
    return next ? { result: next } : { error_code: 408, description: "Request timeout" };
  }
}
