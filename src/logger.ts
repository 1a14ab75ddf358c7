// Structured logs (pino). What dondoc logs is operational: channels, commands, timings,
// errors. Message texts, names, phone numbers and addresses are never passed to it.
import pino, { type Logger } from "pino";

export type { Logger };

export function createLogger(level: string, destination: "stdout" | "stderr" = "stdout"): Logger {
  return pino({ level, base: { app: "dondoc" } }, pino.destination(destination === "stdout" ? 1 : 2));
}

export const silentLogger: Logger = pino({ level: "silent" });
