// A bar that moves while a long check runs, so a terminal user knows dondoc is working.
// It is drawn only where the output is a terminal (the bin says so) and never with --json.
import type { CliContext } from "./io.ts";

const WIDTH = 20;
const FRAME_MS = 200;

export function startProgress(ctx: CliContext, file: string): { stop(): void } {
  const status = ctx.io.status;
  if (!status || ctx.jsonOutput) return { stop: () => {} };
  const started = Date.now();
  let frame = 0;
  const draw = () => {
    // Indeterminate: a block of 5 sweeping the track, since a list's size is known only once read.
    const at = frame++ % (WIDTH - 4);
    const bar = `${" ".repeat(at)}${"█".repeat(5)}`.padEnd(WIDTH + 1).slice(0, WIDTH);
    const seconds = Math.floor((Date.now() - started) / 1000);
    status(`${ctx.t("cli-checking", { file, seconds })} [${bar}]`);
  };
  draw();
  const timer = setInterval(draw, FRAME_MS);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      status(null);
    },
  };
}
