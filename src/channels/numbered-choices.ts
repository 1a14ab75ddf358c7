// Text-only channels (the console, Zalo) show choices as options the user answers by typing
// their key. Choices under a reply are numbered ([1] Trang sau ›); choices under a message
// dondoc sends on its own (a reminder's "done") are lettered ([a] ✓ II.2.1 xong), and each
// kind is remembered apart, so a reminder arriving while a user pages through /tasks never
// changes what "1" means. With a memory (the database) both survive a restart.
import type { ChoiceMemory, ShownChoices } from "../services/choice-memory.ts";
import type { Choice } from "../services/chat/types.ts";

/** Replies' choices, or those of messages dondoc sends on its own (the outbox). */
export type ChoiceKind = keyof ShownChoices;

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

const keyOf = (kind: ChoiceKind, index: number) => (kind === "reply" ? String(index + 1) : LETTERS[index]!);

const none = (): ShownChoices => ({ reply: [], notice: [] });

export class NumberedChoices {
  /** Without a memory, what each chat was shown is kept here. */
  private readonly shown = new Map<string, ShownChoices>();
  /** Saves of one chat, one after the other, so that a reply's and a notice's do not cross. */
  private readonly saving = new Map<string, Promise<void>>();

  constructor(
    private readonly memory?: ChoiceMemory,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  private async current(chatId: string): Promise<ShownChoices> {
    await this.saving.get(chatId);
    return this.memory ? this.memory.load(chatId) : (this.shown.get(chatId) ?? none());
  }

  private remember(chatId: string, kind: ChoiceKind, choices: Choice[]): void {
    const memory = this.memory;
    if (!memory) {
      this.shown.set(chatId, { ...(this.shown.get(chatId) ?? none()), [kind]: choices });
      return;
    }
    const saved = (this.saving.get(chatId) ?? Promise.resolve())
      .then(() => memory.save(chatId, kind, choices))
      .catch(this.onError);
    this.saving.set(chatId, saved);
    void saved.finally(() => this.saving.get(chatId) === saved && this.saving.delete(chatId));
  }

  /** The options as lines to append to the message ("[1] Sau ›"); remembers them for the chat. */
  render(chatId: string, rows: Choice[][] | null | undefined, kind: ChoiceKind = "reply"): string {
    const choices = (rows?.flat() ?? []).slice(0, kind === "notice" ? LETTERS.length : undefined);
    if (choices.length === 0) return "";
    this.remember(chatId, kind, choices);
    return choices.map((c, i) => `[${keyOf(kind, i)}] ${c.label}`).join("\n");
  }

  /** The text with its options below it, as a text-only chat shows them. */
  attach(chatId: string, text: string, rows: Choice[][] | null | undefined, kind: ChoiceKind = "reply"): string {
    const options = this.render(chatId, rows, kind);
    return options ? `${text}\n\n${options}` : text;
  }

  /** The action a typed key picks, or null when the text is not one of the keys shown. */
  async resolve(chatId: string, text: string): Promise<string | null> {
    const key = /^\s*\[?(\d{1,2}|[a-z])\]?\s*$/i.exec(text)?.[1]?.toLowerCase();
    if (!key) return null;
    const kind: ChoiceKind = /\d/.test(key) ? "reply" : "notice";
    const shown = (await this.current(chatId))[kind];
    const choice = shown.find((_, i) => keyOf(kind, i) === key);
    if (!choice) return null;
    this.remember(chatId, kind, []);
    return choice.action;
  }
}
