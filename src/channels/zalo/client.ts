// A small typed client for the Zalo Bot Platform API (https://bot-api.zaloplatforms.com/
// bot<TOKEN>/<method>): every method is a JSON POST, every answer {ok, result} or
// {ok: false, error_code, description}. Answers are parsed with zod; errors become
// ZaloApiError with Zalo's code. Every call has a timeout; a call that gets no answer
// (network, timeout) fails with a ZaloApiError of code 0 whose text never holds the URL,
// since the URL holds the bot's token. fetch is injectable (the platform's by default) and
// the base URL configurable, so tests talk to a local server.
import { z } from "zod";
import { deadline } from "../deadline.ts";

export const ZALO_API_ROOT = "https://bot-api.zaloplatforms.com";
/** Zalo's limit for one text message. */
export const ZALO_TEXT_LIMIT = 2000;

type Fetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string; signal?: AbortSignal },
) => Promise<{ status: number; text(): Promise<string> }>;

/** Seconds a long poll waits; every other call ends within CALL_TIMEOUT_MS. */
export const POLL_SECONDS = 30;
export const CALL_TIMEOUT_MS = 15_000;

export class ZaloApiError extends Error {
  constructor(
    readonly method: string,
    readonly code: number,
    readonly description: string,
  ) {
    super(`Zalo ${method} failed: ${code} ${description}`);
  }
}

const envelope = z.union([
  z.object({ ok: z.literal(true), result: z.unknown().optional() }),
  z.object({ ok: z.literal(false), error_code: z.coerce.number().default(0), description: z.string().default("") }),
]);

const botInfoSchema = z.object({
  id: z.string(),
  account_name: z.string().optional(),
  display_name: z.string().optional(),
  account_type: z.string().optional(),
});

const userSchema = z.object({
  id: z.string(),
  display_name: z.string().optional(),
  first_name: z.string().optional(),
  name: z.string().optional(),
  is_bot: z.boolean().optional(),
});

const messageSchema = z.object({
  message_id: z.string(),
  date: z.number().optional(),
  from: userSchema,
  chat: z.object({ id: z.string(), chat_type: z.string().default("PRIVATE") }),
  text: z.string().optional(),
  photo_url: z.string().optional(),
  caption: z.string().optional(),
});

const updateSchema = z.object({
  event_name: z.string(),
  message: messageSchema.optional(),
});

export type ZaloUpdate = z.infer<typeof updateSchema>;
export type ZaloMessage = z.infer<typeof messageSchema>;

const sentSchema = z.object({ message_id: z.string(), date: z.number().optional() });
const webhookInfoSchema = z.object({ url: z.string().default(""), updated_at: z.number().optional() });

/** The updates in a body as Zalo delivers them: bare, or wrapped in {ok, result} (one update, or a list). */
export function updateItems(body: unknown): unknown[] {
  const inner = z.object({ result: z.unknown() }).safeParse(body);
  const value = inner.success && body && typeof body === "object" && "ok" in body ? inner.data.result : body;
  return Array.isArray(value) ? value : value ? [value] : [];
}

/** One update, or what is wrong with it: field paths and Zalo's terms only, never a value. */
export function parseUpdate(item: unknown): { ok: true; update: ZaloUpdate } | { ok: false; problems: string[] } {
  const parsed = updateSchema.safeParse(item);
  if (parsed.success) return { ok: true, update: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join(".") || "(update)"}: ${i.code}`) };
}

export interface ZaloClientOptions {
  token: string;
  apiRoot?: string;
  fetch?: Fetch;
}

export class ZaloClient {
  private readonly base: string;
  private readonly fetch: Fetch;

  constructor(options: ZaloClientOptions) {
    this.base = `${(options.apiRoot ?? ZALO_API_ROOT).replace(/\/$/, "")}/bot${options.token}`;
    this.fetch = options.fetch ?? fetch;
  }

  async call<T>(
    method: string,
    params: Record<string, unknown>,
    schema: z.ZodType<T>,
    signal?: AbortSignal,
    timeoutMs = CALL_TIMEOUT_MS,
  ): Promise<T> {
    const limit = deadline(timeoutMs, signal);
    let status: number;
    let text: string;
    try {
      const response = await this.fetch(`${this.base}/${method}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(params),
        signal: limit.signal,
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      if (signal?.aborted) throw error;
      // The error's own text may quote the URL, hence the token: only its kind is kept.
      throw new ZaloApiError(method, 0, limit.expired ? "timeout" : `network error (${(error as Error).name})`);
    } finally {
      limit.done();
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new ZaloApiError(method, status, "answer is not JSON");
    }
    const parsed = envelope.safeParse(body);
    if (!parsed.success) throw new ZaloApiError(method, status, "unexpected answer");
    if (!parsed.data.ok) throw new ZaloApiError(method, parsed.data.error_code || status, parsed.data.description);
    return schema.parse(parsed.data.result);
  }

  getMe() {
    return this.call("getMe", {}, botInfoSchema);
  }

  /** Waits up to `timeoutSeconds` for updates, as delivered; none is an empty list (Zalo answers 408 then). */
  async getUpdates(timeoutSeconds: number, signal?: AbortSignal): Promise<unknown[]> {
    try {
      return await this.call(
        "getUpdates",
        { timeout: String(timeoutSeconds) },
        z.unknown().transform((r) => updateItems(r ?? null)),
        signal,
        (timeoutSeconds + 10) * 1000,
      );
    } catch (error) {
      if (error instanceof ZaloApiError && error.code === 408) return [];
      throw error;
    }
  }

  setWebhook(url: string, secretToken: string) {
    return this.call("setWebhook", { url, secret_token: secretToken }, webhookInfoSchema);
  }

  deleteWebhook() {
    return this.call("deleteWebhook", {}, webhookInfoSchema);
  }

  getWebhookInfo() {
    return this.call("getWebhookInfo", {}, webhookInfoSchema);
  }

  sendMessage(chatId: string, text: string) {
    return this.call("sendMessage", { chat_id: chatId, text }, sentSchema);
  }

  /** Zalo takes photos by URL only. */
  sendPhoto(chatId: string, photoUrl: string, caption?: string) {
    return this.call("sendPhoto", { chat_id: chatId, photo: photoUrl, ...(caption ? { caption } : {}) }, sentSchema);
  }

  sendChatAction(chatId: string, action: "typing" | "upload_photo") {
    return this.call("sendChatAction", { chat_id: chatId, action }, z.unknown());
  }
}
