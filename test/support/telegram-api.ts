// A local HTTP server that speaks the parts of the Telegram Bot API dondoc uses:
// getMe, getUpdates (long polling), sendMessage, editMessageText, answerCallbackQuery,
// setMyCommands, deleteMyCommands, setWebhook, deleteWebhook, getFile with file
// download, sendDocument and sendPhoto (multipart, parsed with busboy); or, core-only, just
// the five methods every Bot API server has. Tests play the users: they queue updates and
// read what the bot called. Failures can be injected.
import type { IncomingMessage, ServerResponse } from "node:http";
import { json, LocalApi } from "./local-api.ts";
import busboy from "busboy";

export interface ApiCall {
  method: string;
  /** Whether the call was answered with success. */
  ok: boolean;
  params: Record<string, unknown>;
  /** Files uploaded with the call (sendDocument), by field name. */
  files: Record<string, { filename: string; content: Buffer }>;
}

export interface TelegramUser {
  id: number;
  first_name: string;
  language_code?: string;
}

export interface TelegramChat {
  id: number;
  type: "private" | "group" | "supergroup";
  title?: string;
}

interface Failure {
  status: number;
  body: Record<string, unknown>;
}

export const BOT_USERNAME = "dondoc_test_bot";

/** The methods every Bot API server has; a core-only server knows nothing else (no menus, no files). */
export const CORE_METHODS = ["getMe", "getUpdates", "sendMessage", "editMessageText", "answerCallbackQuery"];

export class FakeTelegram extends LocalApi<ApiCall> {
  private readonly updates: Record<string, unknown>[] = [];
  private readonly failures = new Map<string, Failure[]>();
  private readonly storedFiles = new Map<string, { path: string; content: Buffer }>();
  private readonly sendTimes: { at: number; chat: string }[] = [];
  /** Telegram's flood limits, enforced with 429s when set. */
  limits: { perSecond: number; perChatMs: number } | null = null;
  /** Sends that were refused with 429 because of the limits. */
  floodRefusals = 0;
  private readonly drops = new Map<string, number>();
  /** File downloads wait until this resolves (holdFiles). */
  private filesHeld: Promise<void> | null = null;
  /** Paths of the files the bot downloaded, in order. */
  readonly downloads: string[] = [];
  private nextUpdateId = 1;
  private nextMessageId = 1;

  constructor(
    readonly token = "123456:TEST-token",
    /** `coreOnly`: answer only CORE_METHODS, everything else 404 "method not found". */
    private readonly options: { coreOnly?: boolean } = {},
  ) {
    super();
  }

  /** The next `count` calls of `method` fail with this HTTP status and Bot API body. */
  failNext(method: string, failure: Failure, count = 1): void {
    const list = this.failures.get(method) ?? [];
    for (let i = 0; i < count; i++) list.push(failure);
    this.failures.set(method, list);
  }

  /** The next `count` calls of `method` lose their connection before any answer. */
  dropNext(method: string, count = 1): void {
    this.drops.set(method, (this.drops.get(method) ?? 0) + count);
  }

  /** File downloads hang until the returned function is called: a slow or stuck download. */
  holdFiles(): () => void {
    let release!: () => void;
    this.filesHeld = new Promise((resolve) => (release = resolve));
    return () => {
      this.filesHeld = null;
      release();
    };
  }

  /** Texts the bot sent successfully, by chat. */
  delivered(): Map<number, string[]> {
    const out = new Map<number, string[]>();
    for (const c of this.calls) {
      if (c.method !== "sendMessage" || !c.ok) continue;
      const chat = Number(c.params.chat_id);
      out.set(chat, [...(out.get(chat) ?? []), String(c.params.text)]);
    }
    return out;
  }

  private flooded(chat: string): number | null {
    const now = Date.now();
    while (this.sendTimes.length && now - this.sendTimes[0]!.at > 1000) this.sendTimes.shift();
    const last = this.sendTimes.filter((s) => s.chat === chat).at(-1);
    if (this.sendTimes.length >= this.limits!.perSecond || (last && now - last.at < this.limits!.perChatMs)) return 1;
    this.sendTimes.push({ at: now, chat });
    return null;
  }

  /** A user's message; returns its message id. */
  send(from: TelegramUser, chat: TelegramChat, text: string): number {
    const message_id = this.nextMessageId++;
    this.push({ message: { message_id, from: { is_bot: false, ...from }, chat, date: now(), text } });
    return message_id;
  }

  /**
   * A user's document (in reply to a message whose text is `repliedText`); the bot can
   * fetch it with getFile. Returns its file_id.
   */
  sendDocument(
    from: TelegramUser,
    chat: TelegramChat,
    file: { name: string; content: Buffer },
    caption?: string,
    repliedText?: string,
  ): string {
    const file_id = `file-${this.storedFiles.size + 1}`;
    this.storedFiles.set(file_id, { path: `documents/${file_id}.bin`, content: file.content });
    const document = { file_id, file_unique_id: `u-${file_id}`, file_name: file.name, file_size: file.content.length };
    this.push({
      message: {
        message_id: this.nextMessageId++,
        from: { is_bot: false, ...from },
        chat,
        date: now(),
        document,
        ...(caption ? { caption } : {}),
        ...(repliedText
          ? {
              reply_to_message: {
                message_id: 1,
                chat,
                date: now(),
                text: repliedText,
                from: { id: 1, is_bot: true, first_name: "dondoc" },
              },
            }
          : {}),
      },
    });
    return file_id;
  }

  /** A document as Telegram would post it to a webhook; the bot can fetch it with getFile. */
  documentUpdate(
    from: TelegramUser,
    chat: TelegramChat,
    file: { name: string; content: Buffer },
  ): Record<string, unknown> {
    const file_id = `file-${this.storedFiles.size + 1}`;
    this.storedFiles.set(file_id, { path: `documents/${file_id}.bin`, content: file.content });
    const document = { file_id, file_unique_id: `u-${file_id}`, file_name: file.name, file_size: file.content.length };
    return {
      update_id: this.nextUpdateId++,
      message: { message_id: this.nextMessageId++, from: { is_bot: false, ...from }, chat, date: now(), document },
    };
  }

  /** A user presses an inline button under one of the bot's messages. */
  press(from: TelegramUser, chat: TelegramChat, messageId: number, data: string): void {
    this.push({
      callback_query: {
        id: `cb-${this.nextUpdateId}`,
        from: { is_bot: false, ...from },
        chat_instance: "ci",
        data,
        message: { message_id: messageId, chat, date: now(), text: "" },
      },
    });
  }

  /** An update as Telegram would post it to a webhook. */
  updateFor(from: TelegramUser, chat: TelegramChat, text: string): Record<string, unknown> {
    return {
      update_id: this.nextUpdateId++,
      message: { message_id: this.nextMessageId++, from: { is_bot: false, ...from }, chat, date: now(), text },
    };
  }

  /** The next message the bot sends to a chat, after the calls made so far. */
  messageTo(chatId: number, since = this.calls.length, timeoutMs?: number): Promise<ApiCall> {
    return this.waitFor((c) => c.method === "sendMessage" && Number(c.params.chat_id) === chatId, since, timeoutMs);
  }

  private push(update: Record<string, unknown>): void {
    this.updates.push({ update_id: this.nextUpdateId++, ...update });
    this.wake();
  }

  protected async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.url);
    const file = url.pathname.match(/^\/file\/bot([^/]+)\/(.+)$/);
    if (req.method === "GET" && file) {
      await this.filesHeld;
      return this.serveFile(file[1]!, file[2]!, res);
    }
    const api = url.pathname.match(/^\/bot([^/]+)\/(\w+)$/);
    if (!api || api[1] !== this.token)
      return json(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
    const method = api[2]!;
    const { params, files } = await readBody(req);
    // grammY uploads a file as a part named at random and sets the parameter to "attach://<name>".
    for (const [name, value] of Object.entries(params)) {
      const part = typeof value === "string" ? value.match(/^attach:\/\/(.+)$/)?.[1] : undefined;
      if (part && files[part]) files[name] = files[part];
    }
    const call: ApiCall = { method, params, files, ok: false };
    this.calls.push(call);
    const drops = this.drops.get(method) ?? 0;
    if (drops > 0) {
      this.drops.set(method, drops - 1);
      req.socket.destroy();
      return;
    }
    const failure = this.failures.get(method)?.shift();
    if (failure) return json(res, failure.status, failure.body);
    if (this.limits && method === "sendMessage" && this.flooded(String(params.chat_id))) {
      this.floodRefusals++;
      return json(res, 429, {
        ok: false,
        error_code: 429,
        description: "Too Many Requests: retry after 1",
        parameters: { retry_after: 1 },
      });
    }
    const known = !this.options.coreOnly || CORE_METHODS.includes(method);
    const result = known ? await this.answer(method, params) : undefined;
    if (result === undefined)
      return json(res, 404, { ok: false, error_code: 404, description: "Not Found: method not found" });
    call.ok = true;
    json(res, 200, { ok: true, result });
  }

  private async answer(method: string, params: Record<string, unknown>): Promise<unknown> {
    switch (method) {
      case "getMe":
        return {
          id: 42,
          is_bot: true,
          first_name: "dondoc",
          username: BOT_USERNAME,
          can_join_groups: true,
          can_read_all_group_messages: false,
          supports_inline_queries: false,
        };
      case "getUpdates":
        return this.getUpdates(Number(params.offset ?? 0), Number(params.timeout ?? 0));
      case "sendMessage":
      case "sendDocument":
      case "sendPhoto":
        return {
          message_id: this.nextMessageId++,
          date: now(),
          chat: { id: Number(params.chat_id), type: "private" },
          text: params.text ?? "",
        };
      case "editMessageText":
        return {
          message_id: Number(params.message_id),
          date: now(),
          chat: { id: Number(params.chat_id), type: "private" },
          text: params.text,
        };
      case "answerCallbackQuery":
      case "setMyCommands":
      case "deleteMyCommands":
      case "setWebhook":
      case "deleteWebhook":
      case "sendChatAction":
        return true;
      case "getFile": {
        const stored = this.storedFiles.get(String(params.file_id));
        return stored
          ? {
              file_id: params.file_id,
              file_unique_id: `u-${params.file_id}`,
              file_size: stored.content.length,
              file_path: stored.path,
            }
          : undefined;
      }
      default:
        return undefined;
    }
  }

  private async getUpdates(offset: number, timeoutSeconds: number): Promise<unknown[]> {
    // Updates below the offset are confirmed: Telegram forgets them.
    while (this.updates.length && (this.updates[0]!.update_id as number) < offset) this.updates.shift();
    if (this.updates.length === 0 && timeoutSeconds > 0) {
      await this.poll(timeoutSeconds);
    }
    return this.updates.filter((u) => (u.update_id as number) >= offset);
  }

  private serveFile(token: string, path: string, res: ServerResponse): void {
    const stored = [...this.storedFiles.values()].find((f) => f.path === path);
    if (token !== this.token || !stored) return void res.writeHead(404).end();
    this.downloads.push(path);
    res.writeHead(200, { "content-length": stored.content.length }).end(stored.content);
  }
}

function now(): number {
  return Math.floor(Date.now() / 1000);
}

async function readBody(req: IncomingMessage): Promise<{ params: Record<string, unknown>; files: ApiCall["files"] }> {
  const type = req.headers["content-type"] ?? "";
  if (type.startsWith("multipart/form-data")) {
    return new Promise((resolve, reject) => {
      const params: Record<string, unknown> = {};
      const files: ApiCall["files"] = {};
      const parser = busboy({ headers: req.headers });
      parser.on("field", (name, value) => {
        params[name] = parseField(value);
      });
      parser.on("file", (name, stream, info) => {
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => (files[name] = { filename: info.filename ?? name, content: Buffer.concat(chunks) }));
      });
      parser.on("close", () => resolve({ params, files }));
      parser.on("error", reject);
      req.pipe(parser);
    });
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  if (!raw) return { params: {}, files: {} };
  return { params: JSON.parse(raw) as Record<string, unknown>, files: {} };
}

function parseField(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
