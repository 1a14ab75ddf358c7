// author38a: Windows-1258 (Vietnamese) encoding as Windows writes it: a letter the code page holds whole (á, Â, ơ,
// Đ) is one byte; any other is its base letter's byte followed by the tone mark as a separate combining byte
// (grave CC, hook D2, tilde DE, acute EC, dot below F2): "ở" = F5 D2, "ấ" = E2 EC, "ạ" = 61 F2.
// eslint-disable-next-line no-undef -- a Node global the project config does not list
const DEC = new TextDecoder("windows-1258");
const TO = new Map();
for (let b = 0x80; b < 0x100; b++) {
  const ch = DEC.decode(Uint8Array.of(b));
  if (ch && ch !== "\ufffd" && !TO.has(ch)) TO.set(ch, b);
}
const TONES = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);

function byteOf(ch) {
  const code = ch.codePointAt(0);
  if (code < 0x80) return [code];
  if (TO.has(ch)) return [TO.get(ch)];
  return null;
}

/** The Windows-1258 bytes of a text (NFC in). */
export function encode1258(text) {
  const out = [];
  for (const ch of String(text).normalize("NFC")) {
    const whole = byteOf(ch);
    if (whole) {
      out.push(...whole);
      continue;
    }
    const d = ch.normalize("NFD");
    const tones = [...d].filter((c) => TONES.has(c));
    const base = [...d].filter((c) => !TONES.has(c)).join("").normalize("NFC");
    const b = byteOf(base);
    const t = tones.map((c) => TO.get(c));
    if (!b || t.some((x) => x === undefined)) throw new Error(`no Windows-1258 byte for ${ch}`);
    out.push(...b, ...t);
  }
  return out;
}

/** RTF text: ASCII as is (\, { and } escaped), every other byte of Windows-1258 as \'xx. No \u escapes. */
export function rtfText(text) {
  return encode1258(text).map((b) => (b === 0x5c ? "\\\\" : b === 0x7b ? "\\{" : b === 0x7d ? "\\}" :
    b >= 0x80 ? "\\'" + b.toString(16).padStart(2, "0") : String.fromCharCode(b))).join("");
}
