// What a feature sees of one request: who asked, in which language, and the services.
import type { Logger } from "pino";
import { dayInVietnam, type IsoDate } from "../../domain/dates.ts";
import { QUOTE_CHARS } from "../../domain/limits.ts";
import { quote } from "../../i18n/format.ts";
import type { Translate } from "../../i18n/index.ts";
import type { ChatServices } from "../chat-services.ts";
import type { Access, Member } from "../membership-service.ts";
import type { ChatRequest, ChatResponse, Reply } from "./types.ts";

export interface ChatDeps {
  /** Everything the conversation may do, bound to the store (chat-services.ts). */
  services: ChatServices;
  access: Access;
  now: () => Date;
  /** The link that opens an invitation on the channels that have one (Telegram's deep link). */
  inviteLink: (code: string) => string | null;
  /** dondoc's web server as users reach it, for one-time upload links; null when there is none. */
  publicUrl: string | null;
  log: Logger;
}

export interface Command {
  name: string;
  args: string;
}

export class ChatContext {
  constructor(
    readonly request: ChatRequest,
    readonly member: Member,
    readonly t: Translate,
    readonly deps: ChatDeps,
    readonly command: Command | null,
  ) {}

  get services(): ChatServices {
    return this.deps.services;
  }

  get today(): IsoDate {
    return dayInVietnam(this.deps.now());
  }

  /** Who acts, as audit entries and histories name people: "telegram:123". */
  get actor(): string {
    return `${this.request.from.channel}:${this.request.from.userId}`;
  }

  /** The chat a later message (a delivery report) goes to: "telegram:123". */
  get chatRef(): string {
    return `${this.request.from.channel}:${this.request.from.chatId}`;
  }

  /** The argument of a picked choice ("tasks:2" → "2"). */
  get actionArg(): string {
    return this.request.action?.split(":").slice(1).join(":") ?? "";
  }

  /** A message from the locale files; a long value that echoes the command's argument is quoted, not repeated. */
  say(key: string, args?: Record<string, string | number>): ChatResponse {
    const echo = (v: string | number) =>
      typeof v === "string" && v.length > QUOTE_CHARS && this.command?.args.includes(v) ? quote(v) : v;
    const quoted = args && Object.fromEntries(Object.entries(args).map(([k, v]) => [k, echo(v)]));
    return { replies: [{ text: this.t(key, quoted) }] };
  }

  reply(...replies: Reply[]): ChatResponse {
    return { replies };
  }
}

export interface Feature {
  /** Commands it answers, without the slash. */
  commands?: readonly string[];
  /** Prefixes of the choices it answers ("tasks" for "tasks:2"). */
  actions?: readonly string[];
  /** Who may use it; others get a clear refusal. */
  audience?: "everyone" | "member" | "admin";
  /** Recorded in the audit log like an admin's action (admins' features always are). */
  audited?: boolean;
  handle(ctx: ChatContext): Promise<ChatResponse>;
}
