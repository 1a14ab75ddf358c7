// A long request keeps the chat's "typing…" shown until its answer, and stops then.
import { afterEach, describe, expect, it, vi } from "vitest";
import { KEEP_ALIVE_MS, withKeepAlive } from "../../src/channels/keep-alive.ts";

afterEach(() => {
  vi.useRealTimers();
});

describe("withKeepAlive", () => {
  it("repeats the action while the work runs, and never after it", async () => {
    vi.useFakeTimers();
    const send = vi.fn();
    let finish!: (value: string) => void;
    const running = withKeepAlive(send, () => new Promise<string>((resolve) => (finish = resolve)));
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(KEEP_ALIVE_MS * 3);
    expect(send).toHaveBeenCalledTimes(4);
    finish("trả lời");
    expect(await running).toBe("trả lời");
    await vi.advanceTimersByTimeAsync(KEEP_ALIVE_MS * 3);
    expect(send).toHaveBeenCalledTimes(4);
  });

  it("stops when the work fails, and passes the failure on", async () => {
    vi.useFakeTimers();
    const send = vi.fn();
    await expect(withKeepAlive(send, () => Promise.reject(new Error("hỏng")))).rejects.toThrow("hỏng");
    await vi.advanceTimersByTimeAsync(KEEP_ALIVE_MS * 2);
    expect(send).toHaveBeenCalledTimes(1);
  });
});
