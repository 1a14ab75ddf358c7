// A local chat in the terminal, on the same core as Telegram: type commands as you
// would in Telegram, answer choices with their number, send a file by its path
// ("/send ./danh-sach.xlsx"). Files dondoc sends back are saved under ./data/files.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import type { ChatCore } from "../../services/chat/core.ts";
import { CONSOLE_USER } from "../../services/membership-service.ts";
import type { ChatRequest, Reply, Sender } from "../../services/chat/types.ts";
import { NumberedChoices } from "../numbered-choices.ts";

export { CONSOLE_USER };

export interface ConsoleOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  filesDir: string;
  name: string;
}

const sender = (name: string): Sender => ({
  channel: "console",
  chatId: CONSOLE_USER,
  chatKind: "private",
  userId: CONSOLE_USER,
  name,
});

function fileRequest(from: Sender, path: string): ChatRequest {
  const full = resolve(path);
  return { from, file: { name: basename(full), size: statSync(full).size, read: async () => readFileSync(full) } };
}

export async function consoleRequest(from: Sender, line: string, choices: NumberedChoices): Promise<ChatRequest> {
  const action = await choices.resolve(from.chatId, line);
  if (action) return { from, action };
  const sent = /^\/send\s+(.+)$/.exec(line.trim())?.[1]?.trim();
  if (sent && existsSync(sent) && statSync(sent).isFile()) return fileRequest(from, sent);
  return { from, text: line };
}

function print(options: ConsoleOptions, replies: Reply[], choices: NumberedChoices): void {
  for (const reply of replies) {
    const options_ = choices.render(CONSOLE_USER, reply.choices);
    options.output.write(`\n${reply.text}\n${options_ ? `${options_}\n` : ""}`);
    for (const file of [reply.image, reply.file]) {
      if (!file) continue;
      mkdirSync(options.filesDir, { recursive: true });
      const path = join(options.filesDir, file.name);
      writeFileSync(path, file.content);
      options.output.write(`📎 ${path}\n`);
    }
  }
}

/** Sends one line as the console user and prints the answer (used for --as). */
export async function say(
  core: ChatCore,
  options: ConsoleOptions,
  choices: NumberedChoices,
  line: string,
): Promise<void> {
  const response = await core.handle(await consoleRequest(sender(options.name), line, choices));
  print(options, response.replies, choices);
}

/** Runs until the input ends or the user types /quit. */
export async function runConsole(
  core: ChatCore,
  options: ConsoleOptions,
  choices = new NumberedChoices(),
): Promise<void> {
  const lines = createInterface({ input: options.input, terminal: false });
  options.output.write("> ");
  for await (const line of lines) {
    if (/^\/(quit|exit|thoat)\b/.test(line.trim())) break;
    if (line.trim()) await say(core, options, choices, line);
    options.output.write("> ");
  }
  lines.close();
}
