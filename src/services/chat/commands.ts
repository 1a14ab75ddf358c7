// The commands of the chat, by who may use them. One list feeds /help and the command
// menus channels register (Telegram's setMyCommands).
export type Audience = "everyone" | "member" | "admin";

export interface CommandInfo {
  name: string;
  audience: Audience;
}

export const COMMANDS: readonly CommandInfo[] = [
  { name: "tasks", audience: "member" },
  { name: "done", audience: "member" },
  { name: "mau", audience: "member" },
  { name: "score", audience: "member" },
  { name: "nop", audience: "member" },
  { name: "link", audience: "member" },
  { name: "help", audience: "everyone" },
  { name: "lang", audience: "everyone" },
  { name: "leave", audience: "member" },
  { name: "invite", audience: "admin" },
  { name: "units", audience: "admin" },
  { name: "whois", audience: "admin" },
  { name: "remove", audience: "admin" },
  { name: "confirm", audience: "admin" },
  { name: "undo", audience: "admin" },
  { name: "progress", audience: "admin" },
  { name: "broadcast", audience: "admin" },
  { name: "deadline", audience: "admin" },
  { name: "assign", audience: "admin" },
  { name: "task", audience: "admin" },
  { name: "history", audience: "admin" },
  { name: "export", audience: "admin" },
  { name: "audit", audience: "admin" },
];

/** The commands a person sees: members and admins see theirs on top of everyone's. */
export function commandsFor(role: { member: boolean; admin: boolean }): CommandInfo[] {
  return COMMANDS.filter(
    (c) =>
      c.audience === "everyone" || (c.audience === "member" && role.member) || (c.audience === "admin" && role.admin),
  );
}
