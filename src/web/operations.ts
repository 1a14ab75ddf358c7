// Routes for operators: GET /healthz (the process answers), GET /readyz (ready to serve:
// 200, or 503 with what is not), GET /metrics (Prometheus).
import type { ReadyReport } from "../services/health.ts";
import { registry } from "../services/metrics.ts";
import type { Route } from "./server.ts";

export function operationRoutes(ready: () => Promise<ReadyReport>): Route[] {
  const json = { "content-type": "application/json" };
  return [
    { method: "GET", path: "/healthz", handle: (_req, res) => res.writeHead(200, json).end('{"ok":true}') },
    {
      method: "GET",
      path: "/readyz",
      async handle(_req, res) {
        const report = await ready();
        res.writeHead(report.ready ? 200 : 503, json).end(JSON.stringify(report));
      },
    },
    {
      method: "GET",
      path: "/metrics",
      async handle(_req, res) {
        res.writeHead(200, { "content-type": registry.contentType }).end(await registry.metrics());
      },
    },
  ];
}
