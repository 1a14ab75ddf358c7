// Where a text-only channel keeps the options each chat was last shown, replies' and
// notices' apart: in the database, so that answering "1" or "a" to a message sent before a
// restart still works.
import { z } from "zod";
import type { PrismaClient } from "../store/database.ts";
import { loadShownChoices, saveShownChoices } from "../store/membership-store.ts";
import type { Channel, Choice } from "./chat/types.ts";

export interface ShownChoices {
  /** Under the last reply (numbered). */
  reply: Choice[];
  /** Under the last message dondoc sent on its own, a reminder (lettered). */
  notice: Choice[];
}

export interface ChoiceMemory {
  save(chatId: string, kind: keyof ShownChoices, choices: Choice[]): Promise<void>;
  load(chatId: string): Promise<ShownChoices>;
}

const choices = z.array(z.object({ label: z.string(), action: z.string() }));
// Before notices were kept apart, a chat's column held one list: a reply's.
const stored = z.union([
  z.object({ reply: choices.default([]), notice: choices.default([]) }),
  choices.transform((reply) => ({ reply, notice: [] })),
]);

function parse(json: string | null): ShownChoices {
  if (!json) return { reply: [], notice: [] };
  try {
    const parsed = stored.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : { reply: [], notice: [] };
  } catch {
    return { reply: [], notice: [] };
  }
}

export function choiceMemory(db: PrismaClient, channel: Channel): ChoiceMemory {
  const load = async (chatId: string) => parse(await loadShownChoices(db, channel, chatId));
  return {
    load,
    async save(chatId, kind, list) {
      const shown = await load(chatId);
      // Most replies show the options the chat already has (or none again): nothing to write.
      if (JSON.stringify(shown[kind]) === JSON.stringify(list)) return;
      const next = { ...shown, [kind]: list };
      const empty = next.reply.length === 0 && next.notice.length === 0;
      await saveShownChoices(db, channel, chatId, empty ? null : JSON.stringify(next));
    },
  };
}
