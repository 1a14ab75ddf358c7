// Admins change the plan in force in chat, or by sending an amended plan file:
//   /deadline REF DATE            /assign REF UNIT chủ trì|phối hợp|bỏ
//   /task add REF TITLE | DATE    /task remove REF
// with an optional reason after ";". Each shows a preview of who will be told what, with
// buttons to apply (and notify) or cancel. /history lists the changes applied. A plan file
// goes through the import dialogue first (plan-import.ts).
import { fold } from "../../../domain/text.ts";
import { formatDateTime } from "../../../domain/dates.ts";
import { deadlinePreviewText } from "../../../i18n/deadline-text.ts";
import { changeText } from "../../../i18n/format.ts";
import type { Result } from "../../../domain/result.ts";
import { type ChangePreview, type EditRequest, type UnitNotice } from "../../plan-change-service.ts";
import type { ChatContext, Feature } from "../context.ts";
import type { ChatResponse, Choice } from "../types.ts";

/** Lines shown before "+N more": a preview must fit in a chat message. */
export const SHOWN = 25;

export function capped(ctx: ChatContext, lines: string[]): string[] {
  return lines.length > SHOWN ? [...lines.slice(0, SHOWN), ctx.t("list-more", { count: lines.length - SHOWN })] : lines;
}

/** What an import adds to a preview: its summary, the units offered, and how to confirm it. */
export interface PreviewExtras {
  /** Lines before the preview (the answer just recorded) and after the changes (the summary). */
  before?: string[];
  after?: string[];
  notices?: UnitNotice[];
  apply?: Choice;
}

export function previewReply(ctx: ChatContext, preview: ChangePreview, extras: PreviewExtras = {}): ChatResponse {
  const { t } = ctx;
  const notices = extras.notices ?? preview.notices;
  const lines = [
    ...(extras.before ?? []),
    t(preview.isNew ? "plan-preview-new" : "plan-preview-heading", {
      plan: preview.plan,
      count: preview.changes.length,
    }),
  ];
  lines.push(
    ...capped(
      ctx,
      preview.changes.map((c) => `• ${changeText(t, c)}`),
    ),
  );
  lines.push("", t("plan-preview-units", { units: notices.length }));
  lines.push(
    ...capped(
      ctx,
      notices.map(
        (n) =>
          `• ${n.unit}: ${n.changes.map((c) => c.ref).join(", ")} ${n.chats ? t("plan-preview-chats", { chats: n.chats }) : t("plan-preview-no-chat")}`,
      ),
    ),
  );
  if (extras.after?.length) lines.push("", ...extras.after);
  lines.push("", t("plan-preview-confirm"));
  const id = preview.revisionId;
  return ctx.reply({
    text: lines.join("\n"),
    choices: [
      [
        extras.apply ?? { label: t("choice-apply"), action: `plan-apply:${id}` },
        { label: t("choice-cancel"), action: `plan-cancel:${id}` },
      ],
    ],
  });
}

function answer(ctx: ChatContext, preview: Result<ChangePreview>): ChatResponse {
  if (!preview.ok) return ctx.say(`error-${preview.error.code}`, preview.error.args);
  const { deadline } = preview.value;
  return previewReply(ctx, preview.value, deadline ? { after: deadlinePreviewText(ctx.t, deadline) } : {});
}

/** "II.2.1 20/12/2019; lý do" → ["II.2.1 20/12/2019", "lý do"]. */
function withReason(args: string): { body: string; reason: string } {
  const at = args.indexOf(";");
  return at < 0
    ? { body: args.trim(), reason: "" }
    : { body: args.slice(0, at).trim(), reason: args.slice(at + 1).trim() };
}

const ROLES: [RegExp, "lead" | "coordinator" | "none"][] = [
  [/\s+(chu tri|lead)$/, "lead"],
  [/\s+(phoi hop|coordinator)$/, "coordinator"],
  [/\s+(bo|xoa|none|remove)$/, "none"],
];

function parseEdit(command: string, body: string): EditRequest | null {
  const [ref, ...rest] = body.split(/\s+/);
  const tail = rest.join(" ");
  if (!ref || !tail) return null;
  if (command === "deadline") return { kind: "deadline", ref, wording: tail };
  if (command === "assign") {
    const role = ROLES.find(([pattern]) => pattern.test(fold(tail)));
    if (!role) return null;
    const words = fold(tail).match(role[0])![0].trim().split(/\s+/).length;
    return { kind: "assign", ref, unitName: tail.split(/\s+/).slice(0, -words).join(" "), role: role[1] };
  }
  // /task add REF TITLE | DATE, /task remove REF
  const [verb, taskRef, ...words] = body.split(/\s+/);
  if (!taskRef) return null;
  if (["remove", "bo", "xoa"].includes(fold(verb!))) return { kind: "remove-task", ref: taskRef };
  if (!["add", "them"].includes(fold(verb!)) || words.length === 0) return null;
  const [title, wording] = words
    .join(" ")
    .split("|")
    .map((s) => s.trim());
  return title ? { kind: "add-task", ref: taskRef, title, wording: wording || null } : null;
}

export const planChange: Feature = {
  commands: ["deadline", "han", "assign", "giao", "task", "suanhiemvu"],
  audience: "admin",
  async handle(ctx) {
    const name = ctx.command!.name;
    const command = ["deadline", "han"].includes(name)
      ? "deadline"
      : ["assign", "giao"].includes(name)
        ? "assign"
        : "task";
    const { body, reason } = withReason(ctx.command!.args);
    const edit = parseEdit(command, body);
    if (!edit) return ctx.say(`${command}-usage`);
    return answer(
      ctx,
      await ctx.services.proposeEdit(ctx.deps.access, edit, { by: ctx.actor, reason, at: ctx.deps.now() }),
    );
  },
};

export const planDecision: Feature = {
  actions: ["plan-apply", "plan-apply-foreign", "plan-cancel"],
  audience: "admin",
  async handle(ctx) {
    const id = Number(ctx.actionArg);
    const action = ctx.request.action!.split(":")[0];
    if (action === "plan-cancel") {
      return ctx.say(
        (await ctx.services.cancelRevision(id, ctx.deps.now())) ? "plan-cancelled" : "error-revision-decided",
      );
    }
    const serving = { province: ctx.deps.access.province, foreignConfirmed: action === "plan-apply-foreign" };
    const applied = await ctx.services.applyRevision(id, ctx.deps.now(), serving);
    if (!applied.ok && applied.error.code === "plan-changed-since") {
      // Applying it would silently undo the other change: say why, and preview it afresh.
      const fresh = answer(ctx, await ctx.services.refreshRevision(id, ctx.deps.now()));
      return ctx.reply({ text: ctx.t("error-plan-changed-since", applied.error.args) }, ...fresh.replies);
    }
    if (!applied.ok) return ctx.say(`error-${applied.error.code}`, applied.error.args);
    return ctx.say("plan-applied", {
      changes: applied.value.changes.length,
      messages: applied.value.messages,
      units: applied.value.units,
    });
  },
};

export const history: Feature = {
  commands: ["history", "lichsu"],
  audience: "admin",
  async handle(ctx) {
    const revisions = await ctx.services.appliedRevisions(10);
    if (revisions.length === 0) return ctx.say("history-empty");
    const lines = [ctx.t("history-heading")];
    for (const r of revisions) {
      lines.push(
        "",
        ctx.t("history-entry", {
          when: formatDateTime(r.decidedAt ?? r.createdAt),
          by: r.createdBy,
          reason: r.reason || "—",
          count: r.changes.length,
        }),
      );
      lines.push(
        ...capped(
          ctx,
          r.changes.map((c) => `  • ${changeText(ctx.t, c)}`),
        ).slice(0, 6),
      );
    }
    return ctx.reply({ text: lines.join("\n") });
  },
};
