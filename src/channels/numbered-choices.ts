// Text-only channels (the console, Zalo) show choices as numbered options and read the
// number the user answers with. Each chat remembers the choices it was last shown; with a
// memory (the database) that survives a restart.
import type { ChoiceMemory } from "../services/choice-memory.ts";
import type { Choice } from "../services/chat/types.ts";

export class NumberedChoices {
  private readonly shown = new Map<string, Choice[]>();

  constructor(
    private readonly memory?: ChoiceMemory,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  private remember(chatId: string, choices: Choice[]): void {
    if (choices.length) this.shown.set(chatId, choices);
    else this.shown.delete(chatId);
    this.memory?.save(chatId, choices).catch(this.onError);
  }

  /** The options as lines to append to the message ("[1] Sau ›"); remembers them for the chat. */
  render(chatId: string, rows: Choice[][] | null | undefined): string {
    const choices = rows?.flat() ?? [];
    if (choices.length === 0) return "";
    this.remember(chatId, choices);
    return choices.map((c, i) => `[${i + 1}] ${c.label}`).join("\n");
  }

  /** The text with its options below it, as a text-only chat shows them. */
  attach(chatId: string, text: string, rows: Choice[][] | null | undefined): string {
    const options = this.render(chatId, rows);
    return options ? `${text}\n\n${options}` : text;
  }

  /** The action a typed number picks, or null when the text is not one of the numbers shown. */
  async resolve(chatId: string, text: string): Promise<string | null> {
    const number = /^\s*\[?(\d{1,2})\]?\s*$/.exec(text)?.[1];
    if (!number) return null;
    const shown = this.shown.get(chatId) ?? (await this.memory?.load(chatId)) ?? [];
    const choice = shown[Number(number) - 1];
    if (!choice) return null;
    this.remember(chatId, []);
    return choice.action;
  }
}
