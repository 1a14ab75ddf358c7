// Access follows membership (issue 12): an upload link works only while its user is the
// unit's focal point and goes with /leave and /remove; a chat holds a few live links; /link
// only in a private chat, audited and rate-limited; the web server's pages send CSP,
// nosniff and frame-ancestors and refuse a body larger than any upload.
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WEB_LIMITS } from "../../src/domain/limits.ts";
import { silentLogger } from "../../src/logger.ts";
import { LINK_CODES_PER_DAY } from "../../src/services/membership-service.ts";
import { MAX_LIVE_LINKS } from "../../src/services/file-link-service.ts";
import type { Sender } from "../../src/services/chat/types.ts";
import { uploadRoutes } from "../../src/web/upload-pages.ts";
import { WebServer } from "../../src/web/server.ts";
import { chatWorld, type ChatWorld } from "../support/chat.ts";
import { t } from "../support/intake.ts";

const zalo = (id: string, chatKind: "private" | "group" = "private"): Sender => ({
  channel: "zalo",
  chatId: id,
  chatKind,
  userId: id,
  name: `Cán bộ ${id}`,
});

let world: ChatWorld;
let web: WebServer;
let base: string;

const say = async (from: Sender, text: string) => (await world.core.handle({ from, text })).replies[0]!.text;
const uploadLink = async (from: Sender) => (await say(from, "/nop")).match(/(http:\/\/\S+\/u\/[\w-]+)/)![1]!;
const pageSays = async (link: string) => {
  const res = await fetch(link);
  return { status: res.status, body: await res.text() };
};

beforeAll(async () => {
  web = new WebServer(silentLogger);
  const port = await web.listen(0, "127.0.0.1");
  base = `http://127.0.0.1:${port}`;
  world = await chatWorld({ today: "2019-11-26", publicUrl: base });
  web.add(...uploadRoutes({ db: world.db.client, base, now: () => world.clock.now }));
});

afterAll(async () => {
  await web.close();
  await world.db.drop();
});

describe("upload links follow membership", () => {
  it("stops a link whose user left, or was removed, and keeps a few live links per chat", async () => {
    const leaver = zalo("a1");
    await say(leaver, `/start ${await world.invite("Sở Xây dựng")}`);
    const kept = await uploadLink(leaver);
    expect((await pageSays(kept)).status).toBe(200);
    await say(leaver, "/leave");
    await world.core.handle({ from: leaver, action: "leave:yes" });
    expect(await pageSays(kept)).toMatchObject({ status: 404 });

    const removed = zalo("a2");
    await say(removed, `/start ${await world.invite("Sở Tư pháp")}`);
    const links = [];
    for (let i = 0; i < MAX_LIVE_LINKS + 2; i++) links.push(await uploadLink(removed));
    const statuses = await Promise.all(links.map(async (l) => (await fetch(l)).status));
    expect(statuses).toEqual([404, 404, 200, 200, 200]);
    // Removed by an admin in a way no chat command saw: the link is checked when used.
    await world.db.client.focalPoint.deleteMany({ where: { userId: "a2" } });
    const page = await pageSays(links.at(-1)!);
    expect(page.status).toBe(410);
    expect(page.body).toContain(t("page-link-revoked").slice(0, 40));
  });
});

describe("/link", () => {
  it("works only in a focal point's private chat, a few times a day, and is audited", async () => {
    const focal = zalo("b1");
    await say(focal, `/start ${await world.invite("Sở Y tế")}`);
    // A unit's group chat: whoever is in it is no focal point.
    const group = zalo("g1", "group");
    await say(group, `/start ${await world.invite("Sở Y tế")}`);
    expect(await say({ ...group, userId: "stranger" }, "/link")).toBe(t("error-link-private-only"));
    for (let i = 0; i < LINK_CODES_PER_DAY; i++) expect(await say(focal, "/link")).not.toContain("24 giờ qua");
    expect(await say(focal, "/link")).toBe(t("error-link-rate-limited", { max: LINK_CODES_PER_DAY }));
    // Every attempt is in the audit log, the refused one too.
    const audited = await world.db.client.auditEntry.count({ where: { actor: "zalo:b1", action: "link" } });
    expect(audited).toBe(LINK_CODES_PER_DAY + 1);
  });
});

describe("the web server", () => {
  it("sends CSP, nosniff and frame-ancestors, and refuses a body past its cap", async () => {
    const res = await fetch(`${base}/u/x`);
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(`${base}/u/x`, {
        method: "POST",
        headers: { "content-length": WEB_LIMITS.maxBodyBytes + 1, "content-type": "multipart/form-data; boundary=x" },
      });
      req.on("response", (res) => resolve(res.statusCode));
      req.on("error", reject);
      req.write("--x\r\n");
    });
    expect(status).toBe(413);
  });
});
