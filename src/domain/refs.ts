// Task refs as people type them: "ii.2.2", "II 2 2", "II.2.2.", "II-2-2" all name II.2.2.
// One rule for every command that takes a ref, so that /done and /deadline agree.

/** A ref reduced to what tells refs apart: upper case, any run of separators one dot, none at the ends. */
export function refKey(ref: string): string {
  return ref
    .normalize("NFC")
    .toUpperCase()
    .replace(/[\s.,;:\-_/\\]+/g, ".")
    .replace(/^\.+|\.+$/g, "");
}

/** The known ref the input names, as the plan writes it; null when it names none. */
export function matchRef(knownRefs: readonly string[], input: string): string | null {
  const key = refKey(input);
  if (!key) return null;
  return knownRefs.find((ref) => ref === input) ?? knownRefs.find((ref) => refKey(ref) === key) ?? null;
}

/** The ref after `ref` in a list: "8" → "9", "2.3" → "2.4"; a ref not ending in a number gets a first sub-number. */
export function nextRef(ref: string): string {
  const last = /(\d+)$/.exec(ref);
  return last ? `${ref.slice(0, last.index)}${Number(last[1]) + 1}` : `${ref}${ref ? "." : ""}1`;
}
