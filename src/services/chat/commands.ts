// The commands of the chat, by who may use them, with their aliases. One list feeds /help
// and the command menus channels register (Telegram's setMyCommands).
export type Audience = "everyone" | "member" | "admin";

export interface CommandInfo {
  name: string;
  /** Other names that work the same, Vietnamese first; each name belongs to one command only. */
  aliases: readonly string[];
  audience: Audience;
}

export const COMMANDS: readonly CommandInfo[] = [
  { name: "tasks", aliases: ["nhiemvu"], audience: "member" },
  { name: "done", aliases: ["xong"], audience: "member" },
  { name: "mau", aliases: ["template"], audience: "member" },
  { name: "score", aliases: ["diem"], audience: "member" },
  { name: "rules", aliases: ["quydinh"], audience: "everyone" },
  { name: "nop", aliases: ["submit"], audience: "member" },
  { name: "link", aliases: ["lienket"], audience: "member" },
  { name: "help", aliases: ["trogiup"], audience: "everyone" },
  { name: "lang", aliases: ["ngonngu"], audience: "everyone" },
  { name: "leave", aliases: ["roi"], audience: "member" },
  { name: "staff", aliases: ["bienche"], audience: "member" },
  { name: "invite", aliases: ["moi"], audience: "admin" },
  { name: "units", aliases: ["donvi"], audience: "admin" },
  { name: "whois", aliases: [], audience: "admin" },
  { name: "remove", aliases: ["xoa"], audience: "admin" },
  { name: "confirm", aliases: [], audience: "admin" },
  { name: "undo", aliases: [], audience: "admin" },
  { name: "evidence", aliases: ["minhchung"], audience: "admin" },
  { name: "return", aliases: ["tralai"], audience: "admin" },
  { name: "progress", aliases: ["tiendo"], audience: "admin" },
  { name: "broadcast", aliases: ["thongbao"], audience: "admin" },
  { name: "deadline", aliases: ["han"], audience: "admin" },
  { name: "assign", aliases: ["giao"], audience: "admin" },
  { name: "task", aliases: ["suanhiemvu"], audience: "admin" },
  { name: "history", aliases: ["lichsu"], audience: "admin" },
  { name: "quota", aliases: ["chitieu"], audience: "admin" },
  { name: "export", aliases: ["xuat"], audience: "admin" },
  { name: "audit", aliases: ["nhatky"], audience: "admin" },
];

/** The commands a person sees: members and admins see theirs on top of everyone's. */
export function commandsFor(role: { member: boolean; admin: boolean }): CommandInfo[] {
  return COMMANDS.filter(
    (c) =>
      c.audience === "everyone" || (c.audience === "member" && role.member) || (c.audience === "admin" && role.admin),
  );
}

/** What a command does, with its aliases: "xem nhiệm vụ… (/nhiemvu)", as /help and menus show it. */
export function commandDescription(command: CommandInfo, t: (key: string) => string): string {
  const text = t(`command-${command.name}`);
  return command.aliases.length ? `${text} (${command.aliases.map((a) => `/${a}`).join(", ")})` : text;
}
