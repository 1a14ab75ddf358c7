// Outbox messages to the terminal chat: reminders appear between the prompts.
import type { SendOutcome, Transport } from "../../services/sender.ts";
import type { NumberedChoices } from "../numbered-choices.ts";

export function consoleTransport(output: NodeJS.WritableStream, choices: NumberedChoices): Transport {
  return {
    channel: "console",
    perSecond: 50,
    perChatMs: 0,
    async send(chatId, text, rows): Promise<SendOutcome> {
      const options = choices.render(chatId, rows ?? undefined, "notice");
      output.write(`\n${text}\n${options ? `${options}\n` : ""}> `);
      return { ok: true };
    },
  };
}
