// What every webhook does first: check the platform's secret header in constant time, and
// read a JSON body of bounded size (null when it is too large or not JSON).
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";

const MAX_WEBHOOK_BYTES = 1024 * 1024;

export function sameSecret(given: string | string[] | undefined, secret: string): boolean {
  const a = Buffer.from(typeof given === "string" ? given : "");
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_WEBHOOK_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return null;
  }
}
