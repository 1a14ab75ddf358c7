// The upload page's side of intake, for Zalo users: the unit a link is for, and a file
// taken through it (a list, or a report's evidence document when the link names a task).
// The result is what the chat would have said, a one-time link to the annotated copy, and
// the same result sent to the user's chat through the outbox.
import { fail, ok, type Result } from "../domain/result.ts";
import type { Translate } from "../i18n/index.ts";
import type { PrismaClient } from "../store/database.ts";
import { enqueue } from "../store/outbox-store.ts";
import { stateText } from "../i18n/task-state-text.ts";
import { submitEvidence } from "./evidence-service.ts";
import { createDownloadToken, openLink, useUploadLink } from "./file-link-service.ts";
import { annotatedName, intakeSummary } from "./intake-summary.ts";
import { translatorFor } from "./membership-service.ts";
import { submitList } from "./submission-service.ts";

/** Where the web server answers: `${base}/u/<token>` uploads, `${base}/d/<token>` downloads. */
export const uploadUrl = (base: string, token: string) => `${base}/u/${token}`;
export const downloadUrl = (base: string, token: string) => `${base}/d/${token}`;

async function unitOf(db: PrismaClient, unitId: number | null) {
  return unitId === null
    ? null
    : db.unit.findUnique({ where: { id: unitId }, select: { id: true, name: true, provinceId: true } });
}

export interface UploadPage {
  unit: string;
  /** The report task whose evidence document the link takes, if it is for one. */
  task: string | null;
  t: Translate;
}

export async function uploadPage(db: PrismaClient, token: string, at: Date): Promise<Result<UploadPage>> {
  const link = await openLink(db, token, "upload", at);
  if (!link.ok) return link;
  const unit = await unitOf(db, link.value.unitId);
  if (!unit) return fail("link-unknown");
  const task = link.value.taskId
    ? await db.task.findUnique({ where: { id: link.value.taskId }, select: { ref: true } })
    : null;
  return ok({
    unit: unit.name,
    task: task?.ref ?? null,
    t: await translatorFor(db, link.value.channel, link.value.chatId),
  });
}

export interface UploadResult {
  summary: string;
  download: string | null;
  t: Translate;
}

/** Checks and stores the list sent through an upload link, and tells the user's chat. */
export async function receiveUpload(
  db: PrismaClient,
  token: string,
  file: { name: string; content: Buffer },
  at: Date,
  base: string,
): Promise<Result<UploadResult>> {
  return useUploadLink(db, token, at, async (link) => {
    const unit = await unitOf(db, link.unitId);
    if (!unit) return fail("link-unknown");
    const t = await translatorFor(db, link.channel, link.chatId);
    const owner = { channel: link.channel, chatId: link.chatId, userId: link.userId };
    const inPlan = { unitId: unit.id, unitName: unit.name, provinceId: unit.provinceId };
    if (link.taskId) {
      const sent = await submitEvidence(db, inPlan, link.taskId, file, `${link.channel}:${link.userId}`, at);
      if (!sent.ok) return sent;
      const { duty, fileName } = sent.value;
      const summary = t("evidence-received", { file: fileName, ref: duty.task.ref, state: stateText(t, duty.state) });
      await enqueue(db, {
        key: `evidence|${link.id}`,
        channel: link.channel,
        chatId: link.chatId,
        kind: "notice",
        text: summary,
        notBefore: at,
      });
      return ok({ summary, download: null, t });
    }
    const submitted = await submitList(db, inPlan, file, `${link.channel}:${link.userId}`, at, t, owner);
    if (!submitted.ok) return submitted;
    const annotated = submitted.value.report.annotated;
    // One link for the page, one for the chat: each works once.
    const newDownload = async () =>
      annotated
        ? downloadUrl(
            base,
            await createDownloadToken(db, owner, { name: annotatedName(file.name), content: annotated }, at),
          )
        : null;
    const [download, forChat] = [await newDownload(), await newDownload()];
    const summary = intakeSummary(t, unit.name, file.name, submitted.value);
    const text = forChat ? `${summary}\n\n${t("upload-download-chat", { url: forChat })}` : summary;
    await enqueue(db, {
      key: `upload|${submitted.value.submissionId}`,
      channel: link.channel,
      chatId: link.chatId,
      kind: "notice",
      text,
      notBefore: at,
    });
    return ok({ summary, download, t });
  });
}
