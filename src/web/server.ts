// dondoc's own HTTP server: the Telegram webhook now, the upload page for Zalo users later.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Logger } from "../logger.ts";

export interface Route {
  method: "GET" | "POST";
  path: string;
  handle(req: IncomingMessage, res: ServerResponse): unknown;
}

export function createWebServer(routes: Route[], port: number, log: Logger, host = "0.0.0.0"): Promise<Server> {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://local").pathname;
    const route = routes.find((r) => r.method === req.method && r.path === path);
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    try {
      await route.handle(req, res);
    } catch (error) {
      log.error({ path, err: error }, "web request failed");
      if (!res.headersSent) res.writeHead(500).end();
    }
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}
