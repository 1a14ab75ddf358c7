// Command menus (setMyCommands): everyone's in Vietnamese by default and in English for
// English-speaking users; admins get theirs in their own private chat.
import type { Api } from "grammy";
import { commandDescription, commandsFor } from "../../services/chat/commands.ts";
import { translator, type Lang } from "../../i18n/index.ts";

function menu(lang: Lang, admin: boolean) {
  const t = translator(lang);
  return commandsFor({ member: true, admin }).map((c) => ({ command: c.name, description: commandDescription(c, t) }));
}

export async function registerDefaultCommands(api: Api): Promise<void> {
  await api.setMyCommands(menu("vi", false));
  await api.setMyCommands(menu("en", false), { language_code: "en" });
}

/** Gives an admin's private chat the admin menu, or takes it back. */
export async function registerChatCommands(api: Api, chatId: number, admin: boolean): Promise<void> {
  const scope = { type: "chat" as const, chat_id: chatId };
  if (!admin) {
    await api.deleteMyCommands({ scope });
    await api.deleteMyCommands({ scope, language_code: "en" });
    return;
  }
  await api.setMyCommands(menu("vi", true), { scope });
  await api.setMyCommands(menu("en", true), { scope, language_code: "en" });
}
