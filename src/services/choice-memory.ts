// Where a text-only channel keeps the numbered options each chat was last shown: in the
// database, so that answering "1" to a reminder sent before a restart still works.
import { z } from "zod";
import type { PrismaClient } from "../store/database.ts";
import { loadShownChoices, saveShownChoices } from "../store/membership-store.ts";
import type { Channel, Choice } from "./chat/types.ts";

export interface ChoiceMemory {
  save(chatId: string, choices: Choice[]): Promise<void>;
  load(chatId: string): Promise<Choice[]>;
}

const choicesSchema = z.array(z.object({ label: z.string(), action: z.string() }));

export function choiceMemory(db: PrismaClient, channel: Channel): ChoiceMemory {
  return {
    save: (chatId, choices) => saveShownChoices(db, channel, chatId, choices.length ? JSON.stringify(choices) : null),
    async load(chatId) {
      const json = await loadShownChoices(db, channel, chatId);
      const parsed = json ? choicesSchema.safeParse(JSON.parse(json)) : null;
      return parsed?.success ? parsed.data : [];
    },
  };
}
