// Structured logs (pino). What dondoc logs is operational: channels, commands, timings,
// errors. Message texts, names, phone numbers and addresses are never passed to it, and
// what could still carry them is cut here: an error is logged by its kind, message, and
// the platform's method, code and description (a Bot API error object also holds the
// request's payload: the text that failed to send); URLs (which hold bot tokens) and
// tokens are masked; fields that hold texts or payloads are redacted wherever they are.
import pino, { type Logger } from "pino";

export type { Logger };

const URL = /\bhttps?:\/\/[^\s"'<>]+/g;
// Telegram's (123456:AA…) and Zalo's bot tokens as they appear outside a URL.
const TOKEN = /\b(?:bot)?\d{6,}:[\w-]{20,}/g;

/** A text with every URL and bot token masked, for logs and stored error columns. */
export function scrub(text: string): string {
  return text.replace(URL, "<url>").replace(TOKEN, "<token>");
}

type Detailed = Error & { method?: unknown; error_code?: unknown; code?: unknown; description?: unknown };

/** What an error may say in a log: never its payload, its request, or a URL. */
export function safeError(error: unknown): Record<string, string | number> {
  if (!(error instanceof Error)) return { message: scrub(String(error)) };
  const e = error as Detailed;
  const out: Record<string, string | number> = { type: e.name, message: scrub(e.message) };
  if (typeof e.method === "string") out.method = e.method;
  const code = e.error_code ?? e.code;
  if (typeof code === "number" || typeof code === "string") out.code = code;
  if (typeof e.description === "string") out.description = scrub(e.description);
  if (e.stack) out.stack = scrub(e.stack);
  return out;
}

/** Fields that hold what people wrote or what was sent to them, at any depth dondoc logs. */
export const REDACTED = ["text", "payload", "body", "token", "url", "caption", "headers.authorization"].flatMap(
  (field) => [field, `*.${field}`],
);

export function createLogger(
  level: string,
  destination: "stdout" | "stderr" | pino.DestinationStream = "stdout",
): Logger {
  const stream = typeof destination === "string" ? pino.destination(destination === "stdout" ? 1 : 2) : destination;
  return pino(
    {
      level,
      base: { app: "dondoc" },
      redact: { paths: REDACTED, censor: "[redacted]" },
      serializers: { err: safeError, error: safeError },
    },
    stream,
  );
}

export const silentLogger: Logger = pino({ level: "silent" });
