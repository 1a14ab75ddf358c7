import { describe, expect, it } from "vitest";
import {
  codeFromBytes,
  invitationState,
  joinLockMinutes,
  looksLikeCode,
  normalizeCode,
} from "../../src/domain/invitations.ts";

describe("invitation codes", () => {
  it("are 12 unambiguous characters", () => {
    const code = codeFromBytes(Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]));
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(codeFromBytes(Uint8Array.from([255, 255, 255, 255, 255, 255, 255, 255]))).not.toBe(code);
  });

  it("are read the way people type them", () => {
    expect(normalizeCode(" abcd-efgh-jk0o ")).toBe("ABCDEFGHJK00");
    expect(looksLikeCode("abcd efgh jkmn")).toBe(true);
    expect(looksLikeCode("xin chào")).toBe(false);
    expect(looksLikeCode("ABCDEFGHJKMNP")).toBe(false);
  });

  it("are valid once, until they expire or are revoked", () => {
    const now = new Date("2019-11-25T01:00:00Z");
    const later = new Date("2019-12-02T01:00:00Z");
    const base = { usedAt: null, revokedAt: null, expiresAt: later };
    expect(invitationState(base, now)).toBe("valid");
    expect(invitationState(base, later)).toBe("expired");
    expect(invitationState({ ...base, usedAt: now }, now)).toBe("used");
    expect(invitationState({ ...base, revokedAt: now, usedAt: now }, now)).toBe("revoked");
  });
});

describe("joinLockMinutes", () => {
  const now = new Date("2019-11-25T01:00:00Z");
  const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

  it("lets four wrong codes pass and locks at the fifth, until the window frees one", () => {
    expect(joinLockMinutes([ago(1), ago(2), ago(3), ago(4)], now)).toBe(0);
    expect(joinLockMinutes([ago(1), ago(2), ago(3), ago(4), ago(10)], now)).toBe(5);
    expect(joinLockMinutes([ago(1), ago(2), ago(3), ago(4), ago(16)], now)).toBe(0);
  });
});
