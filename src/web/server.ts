// dondoc's own HTTP server: the channels' webhooks, the one-time upload and download
// pages, and the operators' health, readiness and metrics (web/operations.ts). Routes are
// added by whoever needs them; the server listens once they are known.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../logger.ts";

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
    const server = createServer((req, res) => void this.serve(req, res));
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
