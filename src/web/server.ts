// dondoc's own HTTP server: the channels' webhooks, the one-time upload and download
// pages, and the operators' health, readiness and metrics (web/operations.ts). Routes are
// added by whoever needs them; the server listens once they are known.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WEB_LIMITS } from "../domain/limits.ts";
import type { Logger } from "../logger.ts";

// Every answer: nothing loaded from elsewhere, no framing (clickjacking), no type sniffing
// (a file served for download is never run as a page), forms posted only here.
const SECURITY_HEADERS = {
  "content-security-policy":
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
};

export interface Route {
  method: "GET" | "POST";
  path: string;
  /** Matches every path under `path` ("/u/" for "/u/<token>"). */
  prefix?: boolean;
  handle(req: IncomingMessage, res: ServerResponse, path: string): unknown;
}

export class WebServer {
  private readonly routes: Route[] = [];
  private server: Server | null = null;

  constructor(private readonly log: Logger) {}

  add(...routes: Route[]): void {
    this.routes.push(...routes);
  }

  get empty(): boolean {
    return this.routes.length === 0;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (Number(req.headers["content-length"] ?? 0) > WEB_LIMITS.maxBodyBytes) {
      res.writeHead(413, { connection: "close" }).end();
      req.destroy();
      return;
    }
    const path = new URL(req.url ?? "/", "http://local").pathname;
    const route = this.routes.find(
      (r) => r.method === req.method && (r.prefix ? path.startsWith(r.path) : r.path === path),
    );
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    try {
      await route.handle(req, res, path);
    } catch (error) {
      // The path may hold a one-time token: log the route, not the path.
      this.log.error({ route: route.path, err: error }, "web request failed");
      if (!res.headersSent) res.writeHead(500).end();
    }
  }

  /** Starts listening; returns the port (useful with port 0). */
  async listen(port: number, host = "0.0.0.0"): Promise<number> {
    const server = createServer(
      {
        headersTimeout: WEB_LIMITS.headersTimeoutMs,
        requestTimeout: WEB_LIMITS.requestTimeoutMs,
        maxHeaderSize: 16 * 1024,
      },
      (req, res) => void this.serve(req, res),
    );
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, resolve);
    });
    return (server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
