// What the local Bot API servers of the tests share: an HTTP server on a free port, the
// calls the bot made, waiting for one, and long polls woken when a user writes.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export abstract class LocalApi<Call> {
  readonly calls: Call[] = [];
  private readonly waiting: (() => void)[] = [];
  private server!: Server;
  url = "";

  protected abstract route(req: IncomingMessage, res: ServerResponse): Promise<void>;

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.route(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.wake();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Ends the long polls waiting for an update. */
  protected wake(): void {
    for (const wake of this.waiting.splice(0)) wake();
  }

  /** A long poll: waits until woken or `seconds` have passed (at most 2, so tests stay quick). */
  protected async poll(seconds: number): Promise<void> {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, Math.min(seconds, 2) * 1000);
      this.waiting.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Waits for the first call (after `since`) that matches; the ceiling is generous, since a loaded machine is slow. */
  async waitFor(match: (call: Call) => boolean, since = 0, timeoutMs = 30_000): Promise<Call> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = this.calls.slice(since).find(match);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(
      `no matching call within ${timeoutMs} ms; calls: ${this.calls.map((c) => (c as { method: string }).method).join(", ")}`,
    );
  }
}

export function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}
