// A Telegram update as a ChatRequest. Files are read through getFile and downloaded
// from the same API root the bot uses (grammY never downloads files itself).
import type { Api, Context } from "grammy";
import type { ChatRequest, IncomingFile, Sender } from "../../services/chat/types.ts";

/** Telegram's limit for files bots download. */
export const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;

export class FileTooLargeError extends Error {}

export function fileDownloader(api: Api, token: string, apiRoot: string) {
  return async (fileId: string): Promise<Buffer> => {
    const file = await api.getFile(fileId);
    if (!file.file_path) throw new Error("Telegram gave no file path");
    const response = await fetch(`${apiRoot}/file/bot${token}/${file.file_path}`);
    if (!response.ok) throw new Error(`file download failed: HTTP ${response.status}`);
    const declared = Number(response.headers.get("content-length") ?? 0);
    if (declared > MAX_DOWNLOAD_BYTES) throw new FileTooLargeError();
    const body = Buffer.from(await response.arrayBuffer());
    if (body.length > MAX_DOWNLOAD_BYTES) throw new FileTooLargeError();
    return body;
  };
}

export function senderOf(ctx: Context): Sender | null {
  if (!ctx.from || !ctx.chat) return null;
  const name =
    [ctx.from.first_name, ctx.from.last_name].filter(Boolean).join(" ") || ctx.from.username || String(ctx.from.id);
  return {
    channel: "telegram",
    chatId: String(ctx.chat.id),
    chatKind: ctx.chat.type === "private" ? "private" : "group",
    userId: String(ctx.from.id),
    name,
    langHint: ctx.from.language_code,
  };
}

export function requestOf(ctx: Context, download: (fileId: string) => Promise<Buffer>): ChatRequest | null {
  const from = senderOf(ctx);
  if (!from) return null;
  if (ctx.callbackQuery?.data) return { from, action: ctx.callbackQuery.data };
  const message = ctx.message;
  if (!message) return null;
  const document = message.document;
  const file: IncomingFile | undefined = document
    ? { name: document.file_name ?? "file", size: document.file_size ?? 0, read: () => download(document.file_id) }
    : undefined;
  const text = message.text ?? message.caption;
  if (!text && !file) return null;
  return { from, text, file };
}
