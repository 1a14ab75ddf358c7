// Calls made beside the answer (command menus, chat actions, answering a button press):
// a failure is logged and changes nothing else: the bot goes on and the answer stands.
import type { Logger } from "../logger.ts";

export async function sideCall(
  log: Logger,
  channel: string,
  what: string,
  call: () => Promise<unknown>,
): Promise<void> {
  try {
    await call();
  } catch (error) {
    log.warn({ channel, call: what, err: error }, "side call failed");
  }
}
