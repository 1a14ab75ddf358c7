// The conversation core: one request in, replies out, for every channel. Like a grammY
// bot with one Composer per feature, but free of any platform: features are picked by
// command or by choice, and an error in one request is logged and answered politely.
import { looksLikeCode } from "../../domain/invitations.ts";
import { pickLang, translator, type Lang } from "../../i18n/index.ts";
import { ChatContext, type ChatDeps, type Command, type Feature } from "./context.ts";
import { confirm, done, undo } from "./features/done.ts";
import { evidence, returnDocument } from "./features/evidence.ts";
import { fallback } from "./features/fallback.ts";
import { files } from "./features/files.ts";
import { help } from "./features/help.ts";
import { invite } from "./features/invite.ts";
import { lang } from "./features/lang.ts";
import { leave } from "./features/leave.ts";
import { staff } from "./features/staff.ts";
import { quota } from "./features/quota.ts";
import { mau } from "./features/mau.ts";
import { remove } from "./features/remove.ts";
import { rules, rulesDecision } from "./features/rules.ts";
import { score } from "./features/score.ts";
import { start } from "./features/start.ts";
import { tasks } from "./features/tasks.ts";
import { units } from "./features/units.ts";
import { whois } from "./features/whois.ts";
import { audit } from "./features/audit.ts";
import { broadcast, broadcastDecision } from "./features/broadcast.ts";
import { exportWorkbook } from "./features/export.ts";
import { history, planChange, planDecision } from "./features/plan-change.ts";
import { importAnswer } from "./features/plan-import.ts";
import { progress } from "./features/progress.ts";
import { link, submit } from "./features/submit.ts";
import { MESSAGE_LIMITS } from "../../domain/limits.ts";
import type { Translate } from "../../i18n/index.ts";
import type { Channel, ChatRequest, ChatResponse } from "./types.ts";

export const FEATURES: readonly Feature[] = [
  start,
  tasks,
  done,
  mau,
  score,
  rules,
  rulesDecision,
  help,
  lang,
  leave,
  staff,
  quota,
  invite,
  units,
  whois,
  remove,
  confirm,
  undo,
  evidence,
  returnDocument,
  planChange,
  planDecision,
  importAnswer,
  history,
  broadcast,
  broadcastDecision,
  progress,
  exportWorkbook,
  audit,
  submit,
  link,
];

export function parseCommand(text: string | undefined): Command | null {
  const match = text?.trim().match(/^\/([A-Za-z_]+)(?:@\S+)?(?:\s+(\S[\s\S]*|))?$/);
  return match ? { name: match[1]!.toLowerCase(), args: (match[2] ?? "").trim() } : null;
}

function pick(request: ChatRequest, command: Command | null): Feature | null {
  if (request.action) {
    const prefix = request.action.split(":")[0]!;
    return FEATURES.find((f) => f.actions?.includes(prefix)) ?? fallback;
  }
  if (command) return FEATURES.find((f) => f.commands?.includes(command.name)) ?? fallback;
  if (request.file) return files;
  if (request.unsupported) return request.from.chatKind === "group" ? null : submit;
  // Groups hear every message; the bot answers only commands there.
  if (request.from.chatKind === "group") return null;
  if (looksLikeCode(request.text ?? "")) return start;
  return fallback;
}

/** What an admin did, for the audit log: the command and its arguments, or the choice. */
function auditAction(request: ChatRequest, command: Command | null): { action: string; detail: string } {
  if (command) return { action: command.name, detail: command.args };
  const [action, ...arg] = (request.action ?? "").split(":");
  return { action: action!, detail: arg.join(":") };
}

/**
 * A response within the reply ceiling: a reply past its characters is cut at a line
 * break and says where the rest is; replies past their number are dropped, saying so.
 */
export function bounded(response: ChatResponse, t: Translate, limits = MESSAGE_LIMITS): ChatResponse {
  const { maxReplyChars: max, maxReplies } = limits;
  const tooLong = response.replies.some((r) => r.text.length > max);
  if (!tooLong && response.replies.length <= maxReplies) return response;
  const replies = response.replies.slice(0, maxReplies).map((reply) => {
    if (reply.text.length <= max) return reply;
    const cut = reply.text.lastIndexOf("\n", max);
    return { ...reply, text: `${reply.text.slice(0, cut > max / 2 ? cut : max)}\n…\n${t("reply-cut")}` };
  });
  const last = replies[maxReplies - 1];
  if (last && response.replies.length > maxReplies)
    replies[maxReplies - 1] = { ...last, text: `${last.text}\n${t("reply-cut")}` };
  return { ...response, replies };
}

/** A message longer than any platform sends: refused without reading it (and without echoing it). */
const oversized = (request: ChatRequest) => (request.text?.length ?? 0) > MESSAGE_LIMITS.maxTextChars;

export interface ChatCore {
  handle(request: ChatRequest): Promise<ChatResponse>;
  /** The language dondoc speaks in a chat. */
  languageOf(request: ChatRequest): Promise<Lang>;
  /** User ids of a channel's admins, for channels that give admins their own menus. */
  admins(channel: Channel): Promise<string[]>;
}

export function createChatCore(deps: ChatDeps): ChatCore {
  async function context(request: ChatRequest) {
    const member = await deps.services.identify(deps.access, request.from);
    const chosen = member.chat.lang ? pickLang(member.chat.lang) : pickLang(request.from.langHint);
    return { member, lang: chosen };
  }

  async function answer(request: ChatRequest): Promise<ChatResponse> {
    const started = Date.now();
    if (oversized(request)) {
      const heard = request.from.chatKind !== "group" || request.text!.trimStart().startsWith("/");
      const { lang: language } = await context(request);
      const t = translator(language);
      return { replies: heard ? [{ text: t("error-message-too-long", { max: MESSAGE_LIMITS.maxTextChars }) }] : [] };
    }
    const command = parseCommand(request.text);
    const { member, lang: language } = await context(request);
    const ctx = new ChatContext(request, member, translator(language), deps, command);
    const feature = pick(request, command);
    const where = { channel: request.from.channel, command: command?.name, action: request.action?.split(":")[0] };
    if (!feature) return { replies: [] };
    try {
      if (feature.audience === "member" && !member.unit)
        return ctx.say(member.isAdmin ? "admin-no-unit" : "not-a-member");
      if (feature.audience === "admin" && !member.isAdmin) return ctx.say("admin-only");
      const response = bounded(await feature.handle(ctx), ctx.t);
      if (feature.audience === "admin" || feature.audited)
        await deps.services.recordAudit({ at: deps.now(), actor: ctx.actor, ...auditAction(request, command) });
      deps.log.debug({ ...where, ms: Date.now() - started }, "chat request handled");
      return response;
    } catch (error) {
      // Never the message text or names: they may be personal data. The feature may have
      // written before it failed, so the apology claims nothing about what changed.
      deps.log.error({ ...where, err: error }, "chat request failed");
      return ctx.say("error-internal");
    }
  }

  return {
    admins: (channel) => deps.services.adminIds(deps.access, channel),

    async languageOf(request) {
      return (await context(request)).lang;
    },

    async handle(request) {
      try {
        return await answer(request);
      } catch (error) {
        // Identifying the sender failed (the database did not answer): nothing was done.
        deps.log.error({ channel: request.from.channel, err: error }, "chat request failed");
        return { replies: [{ text: translator(pickLang(request.from.langHint))("error-unavailable") }] };
      }
    },
  };
}
