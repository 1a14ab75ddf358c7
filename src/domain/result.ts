// Errors are values the user can act on: a stable code plus what the message needs.
export interface Failure<C extends string = string> {
  code: C;
  args?: Record<string, string | number>;
}

export type Result<T, C extends string = string> = { ok: true; value: T } | { ok: false; error: Failure<C> };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <C extends string>(
  code: C,
  args?: Record<string, string | number>,
): { ok: false; error: Failure<C> } => ({
  ok: false,
  error: args ? { code, args } : { code },
});
