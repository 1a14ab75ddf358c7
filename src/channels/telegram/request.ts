// A Telegram update as a ChatRequest. Files are read through getFile and downloaded
// from the same API root the bot uses (grammY never downloads files itself), within a
// time and a size. A command addressed to another bot (/tasks@OtherBot) is not dondoc's.
import type { Api, Context } from "grammy";
import type { ChatRequest, IncomingFile, Sender } from "../../services/chat/types.ts";

/** Telegram's limit for files bots download. */
export const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;
/** A download that has not finished by then is given up. */
export const DOWNLOAD_TIMEOUT_MS = 60_000;

export class FileTooLargeError extends Error {}

/** Why a download failed, without its URL: the URL holds the bot's token. */
export class DownloadError extends Error {}

async function readCapped(response: Response): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.length;
    if (size > MAX_DOWNLOAD_BYTES) throw new FileTooLargeError();
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

export function fileDownloader(api: Api, token: string, apiRoot: string) {
  return async (fileId: string): Promise<Buffer> => {
    const file = await api.getFile(fileId);
    if (!file.file_path) throw new DownloadError("Telegram gave no file path");
    const signal = AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS);
    try {
      const response = await fetch(`${apiRoot}/file/bot${token}/${file.file_path}`, { signal });
      if (!response.ok) throw new DownloadError(`file download failed: HTTP ${response.status}`);
      if (Number(response.headers.get("content-length") ?? 0) > MAX_DOWNLOAD_BYTES) throw new FileTooLargeError();
      return await readCapped(response);
    } catch (error) {
      if (error instanceof FileTooLargeError || error instanceof DownloadError) throw error;
      throw new DownloadError(`file download failed: ${signal.aborted ? "timeout" : (error as Error).name}`);
    }
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

/** True for "/tasks@OtherBot": a command meant for another bot in the same group. */
export function forAnotherBot(text: string | undefined, username: string): boolean {
  const addressee = /^\/\w+@(\w+)/.exec(text?.trim() ?? "")?.[1];
  return addressee !== undefined && addressee.toLowerCase() !== username.toLowerCase();
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
  if (forAnotherBot(text, ctx.me.username)) return null;
  const replied = message.reply_to_message;
  return { from, text, file, repliedText: replied?.text ?? replied?.caption };
}
