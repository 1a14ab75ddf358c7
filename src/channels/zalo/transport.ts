// Outbox messages to Zalo: split under 2000 characters, choices numbered. Zalo's errors
// become the sender's outcomes: 429 waits, 403 (the user blocked or left the bot) marks
// the chat unreachable, 5xx and network failures are retried, the rest given up.
import type { SendOutcome, Transport } from "../../services/sender.ts";
import type { NumberedChoices } from "../numbered-choices.ts";
import { ZaloApiError, type ZaloClient } from "./client.ts";
import { sendText } from "./render.ts";

function zaloOutcome(error: unknown): SendOutcome {
  if (!(error instanceof ZaloApiError)) return { ok: false, kind: "transient", error: (error as Error).message };
  const detail = `${error.code} ${error.description}`;
  if (error.code === 429)
    return {
      ok: false,
      kind: "retry-after",
      seconds: Number(error.description.match(/(\d+)\s*s/)?.[1] ?? 1),
      error: detail,
    };
  if (error.code === 403) return { ok: false, kind: "blocked", error: detail };
  return { ok: false, kind: error.code >= 500 || error.code === 0 ? "transient" : "permanent", error: detail };
}

export function zaloTransport(client: ZaloClient, choices: NumberedChoices, perSecond = 20): Transport {
  return {
    channel: "zalo",
    perSecond,
    perChatMs: 1100,
    async send(chatId, text, rows): Promise<SendOutcome> {
      try {
        await sendText(client, chatId, choices.attach(chatId, text, rows));
        return { ok: true };
      } catch (error) {
        return zaloOutcome(error);
      }
    },
  };
}
