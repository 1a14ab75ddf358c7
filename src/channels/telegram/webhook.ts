// Telegram's webhook: a request with the secret set with setWebhook carries one update; it
// is written to the inbox and answered at once, whatever it asks (handling comes after, so
// Telegram never times out and sends it again). An update delivered again is answered the
// same and ignored. Without the secret: 401.
import type { Inbox } from "../../services/inbox.ts";
import type { Route } from "../../web/server.ts";
import { readJson, sameSecret } from "../webhook-body.ts";
import { chatOf } from "./updates.ts";

export function webhookRoute(path: string, secret: string, inbox: Inbox): Route {
  return {
    method: "POST",
    path,
    async handle(req, res) {
      if (!sameSecret(req.headers["x-telegram-bot-api-secret-token"], secret)) {
        req.resume();
        return res.writeHead(401).end();
      }
      const update = await readJson(req);
      const id = (update as { update_id?: unknown } | null)?.update_id;
      if (typeof id !== "number" || !Number.isSafeInteger(id)) return res.writeHead(400).end();
      await inbox.record("telegram", String(id), chatOf(update as never), update);
      res.writeHead(200).end();
    },
  };
}
