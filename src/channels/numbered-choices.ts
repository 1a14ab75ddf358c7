// Text-only channels (the console, Zalo) show choices as numbered options and read the
// number the user answers with. Each chat remembers the choices it was last shown.
import type { Choice } from "../services/chat/types.ts";

export class NumberedChoices {
  private readonly shown = new Map<string, Choice[]>();

  /** The options as lines to append to the message ("[1] Sau ›"); remembers them for the chat. */
  render(chatId: string, rows: Choice[][] | undefined): string {
    const choices = rows?.flat() ?? [];
    if (choices.length === 0) return "";
    this.shown.set(chatId, choices);
    return choices.map((c, i) => `[${i + 1}] ${c.label}`).join("\n");
  }

  /** The text with its options below it, as a text-only chat shows them. */
  attach(chatId: string, text: string, rows: Choice[][] | null | undefined): string {
    const options = this.render(chatId, rows ?? undefined);
    return options ? `${text}\n\n${options}` : text;
  }

  /** The action a typed number picks, or null when the text is not one of the numbers shown. */
  resolve(chatId: string, text: string): string | null {
    const number = /^\s*\[?(\d{1,2})\]?\s*$/.exec(text)?.[1];
    const choice = number ? this.shown.get(chatId)?.[Number(number) - 1] : undefined;
    if (!choice) return null;
    this.shown.delete(chatId);
    return choice.action;
  }
}
