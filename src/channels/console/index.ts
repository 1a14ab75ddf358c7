// A local chat in the terminal, on the same core as Telegram: type commands as you
// would in Telegram, answer choices with their number, send a file by its path
// ("/send ./danh-sach.xlsx"). Files dondoc sends back are saved under ./data/files, each
// under a name of its own (an earlier file is never overwritten).
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import type { ChatCore } from "../../services/chat/core.ts";
import { translator, type Lang } from "../../i18n/index.ts";
import { CONSOLE_USER } from "../../services/membership-service.ts";
import type { ChatRequest, Reply, Sender } from "../../services/chat/types.ts";
import { NumberedChoices } from "../numbered-choices.ts";

export { CONSOLE_USER };

export interface ConsoleOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  filesDir: string;
  name: string;
  lang: Lang;
}

/** How long a file may take before the console says it is still checking. */
const SLOW_MS = 2000;

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

export async function consoleRequest(
  from: Sender,
  line: string,
  choices: NumberedChoices,
): Promise<ChatRequest | SendProblem> {
  const action = await choices.resolve(from.chatId, line);
  if (action) return { from, action };
  const sent = /^\/send(?:\s+(\S.*|[^\S\n\r\u2028\u2029]))?$/.exec(line.trim());
  if (!sent) return { from, text: line };
  const path = sent[1]?.trim() ?? "";
  return sendProblem(path) ?? fileRequest(from, path);
}

/** Why /send cannot send that path, or null when it is a file. */
function sendProblem(path: string): SendProblem | null {
  if (!path) return { key: "console-send-usage" };
  if (!existsSync(path)) return { key: "console-send-missing", path };
  if (!statSync(path).isFile()) return { key: "console-send-not-file", path };
  return null;
}

interface SendProblem {
  key: string;
  path?: string;
}

/** A name in the folder no earlier file has: mau.xlsx, then mau-2.xlsx, mau-3.xlsx… */
function freshPath(dir: string, name: string): string {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  let path = join(dir, name);
  for (let n = 2; existsSync(path); n++) path = join(dir, `${stem}-${n}${ext}`);
  return path;
}

function print(options: ConsoleOptions, replies: Reply[], choices: NumberedChoices): void {
  for (const reply of replies) {
    const options_ = choices.render(CONSOLE_USER, reply.choices);
    options.output.write(`\n${reply.text}\n${options_ ? `${options_}\n` : ""}`);
    for (const file of [reply.image, reply.file]) {
      if (!file) continue;
      mkdirSync(options.filesDir, { recursive: true });
      const path = freshPath(options.filesDir, file.name);
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
  const request = await consoleRequest(sender(options.name), line, choices);
  if ("key" in request) {
    // Said in the console's language: this terminal's own mistake, not a chat command.
    const t = translator(options.lang);
    return void options.output.write(`\n${t(request.key, { path: request.path ?? "" })}\n`);
  }
  // A file (a list or a plan) that takes long gets a line at once, so the terminal does not look stuck.
  const slow = request.file
    ? setTimeout(() => options.output.write(`\n${translator(options.lang)("console-checking")}\n`), SLOW_MS)
    : undefined;
  const response = await core.handle(request).finally(() => clearTimeout(slow));
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
