// Outbox messages to Zalo: split under 2000 characters, choices lettered (kept apart from
// the numbered ones of replies). Zalo's errors as Zalo documents them become the sender's
// outcomes: 429 is "quota exceeded" with no time to wait (the sender backs off
// exponentially and pauses the channel); 403 is Zalo's internal error, and 5xx and
// failures without an answer are transient too: retried with backoff; other errors are
// recorded and given up.
import type { SendOutcome, Transport } from "../../services/sender.ts";
import type { NumberedChoices } from "../numbered-choices.ts";
import { ZaloApiError, type ZaloClient } from "./client.ts";
import { sendText } from "./render.ts";

export function zaloOutcome(error: unknown): SendOutcome {
  if (!(error instanceof ZaloApiError)) return { ok: false, kind: "transient", error: (error as Error).name };
  const detail = `${error.code} ${error.description}`;
  if (error.code === 429) return { ok: false, kind: "retry-after", seconds: null, error: detail };
  const transient = error.code === 0 || error.code === 403 || error.code === 408 || error.code >= 500;
  return { ok: false, kind: transient ? "transient" : "permanent", error: detail };
}

export function zaloTransport(client: ZaloClient, choices: NumberedChoices, perSecond = 20): Transport {
  return {
    channel: "zalo",
    perSecond,
    perChatMs: 1100,
    async send(chatId, text, rows): Promise<SendOutcome> {
      try {
        await sendText(client, chatId, choices.attach(chatId, text, rows, "notice"));
        return { ok: true };
      } catch (error) {
        return zaloOutcome(error);
      }
    },
  };
}
