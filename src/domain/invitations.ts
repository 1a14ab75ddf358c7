// Invitation codes: random, short enough to type, unambiguous to read aloud
// (Crockford's base32 has no I, L, O or U), and valid once, for a while.

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const CODE_LENGTH = 12;

/** A code from random bytes (at least 8): 12 characters, 60 bits. */
export function codeFromBytes(bytes: Uint8Array): string {
  let bits = 0n;
  for (const b of bytes.subarray(0, 8)) bits = (bits << 8n) | BigInt(b);
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) {
    code += ALPHABET[Number(bits & 31n)];
    bits >>= 5n;
  }
  return code;
}

/** What a person typed, as a code: upper case, separators dropped, look-alikes mapped. */
export function normalizeCode(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s\-_.]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
}

export function looksLikeCode(text: string): boolean {
  const code = normalizeCode(text);
  return code.length === CODE_LENGTH && [...code].every((c) => ALPHABET.includes(c));
}

export type InvitationState = "valid" | "used" | "expired" | "revoked";

export function invitationState(
  invitation: { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationState {
  if (invitation.revokedAt) return "revoked";
  if (invitation.usedAt) return "used";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}

/** Wrong codes allowed in a window before a user must wait. */
export const JOIN_ATTEMPTS = { limit: 5, windowMinutes: 15 };

/** Minutes left to wait, or 0, given the times of a user's recent wrong codes. */
export function joinLockMinutes(failures: Date[], now: Date): number {
  const windowMs = JOIN_ATTEMPTS.windowMinutes * 60_000;
  const recent = failures
    .filter((f) => now.getTime() - f.getTime() < windowMs)
    .sort((a, b) => a.getTime() - b.getTime());
  if (recent.length < JOIN_ATTEMPTS.limit) return 0;
  const freeAt = recent[recent.length - JOIN_ATTEMPTS.limit]!.getTime() + windowMs;
  return Math.max(1, Math.ceil((freeAt - now.getTime()) / 60_000));
}
