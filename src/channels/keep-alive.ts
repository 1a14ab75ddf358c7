// A chat action ("typing…") fades after about 5 seconds on Telegram and Zalo: while a long
// request runs (a 50,000-row list takes many seconds), it is sent again until the answer goes.

/** How often the action is repeated: inside the platforms' 5 s display time. */
export const KEEP_ALIVE_MS = 4000;

/** Calls `send` now and every KEEP_ALIVE_MS until `work` settles; returns what `work` returns. */
export async function withKeepAlive<T>(send: () => void, work: () => Promise<T>): Promise<T> {
  send();
  const timer = setInterval(send, KEEP_ALIVE_MS);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
