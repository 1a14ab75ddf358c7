// The channel-agnostic conversation: a channel turns a platform update into a
// ChatRequest and renders the Replies. Written for the smallest channel (Zalo): text
// only, short messages, string ids; buttons are "choices" a text channel numbers.
export type Channel = "telegram" | "zalo" | "console";

export interface Sender {
  channel: Channel;
  chatId: string;
  chatKind: "private" | "group";
  userId: string;
  /** The person's display name, stored with a focal point; never logged. */
  name: string;
  /** The platform's language for the user (Telegram's language_code), a first guess. */
  langHint?: string | undefined;
}

export interface IncomingFile {
  name: string;
  size: number;
  /** Downloads the file; channels bound the size before calling. */
  read(): Promise<Buffer>;
}

export interface ChatRequest {
  from: Sender;
  /** A message's text, commands included ("/tasks 2"). */
  text?: string | undefined;
  /** A choice the user picked (a button on Telegram, a number elsewhere). */
  action?: string | undefined;
  file?: IncomingFile | undefined;
  /** The text of the message this one replies to (a reminder naming a task), where the channel says. */
  repliedText?: string | undefined;
  /** Something the channel cannot read (a photo or sticker on Zalo). */
  unsupported?: boolean | undefined;
}

export interface Choice {
  label: string;
  action: string;
}

export interface OutgoingFile {
  name: string;
  content: Buffer;
}

export interface Reply {
  text: string;
  /** Rows of choices shown under the text. */
  choices?: Choice[][];
  file?: OutgoingFile;
  /** A picture (a PNG chart), shown as such where the channel can. */
  image?: OutgoingFile;
  /** Replaces the message whose choice was picked, where the channel can (page turns). */
  replacesChoiceMessage?: boolean;
}

export interface ChatResponse {
  replies: Reply[];
  /** The sender's role changed (joined, left, became admin): channels refresh their command menus. */
  roleChanged?: { admin: boolean };
}
