// VNI-Windows (the 8-bit encoding of the VNI-Times family of fonts): a Vietnamese letter is its base Latin letter
// followed by one mark byte for the vowel's hat (circumflex, breve) and tone together; ơ ư đ and the i-family (and ỵ)
// are single bytes. Here the bytes are written as the Latin-1 characters Word stores for them (a run in VNI-Times).
// Lower-case marks after a lower-case base, upper-case marks after an upper-case base (what Unikey/Vietkey type).
const TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]; // none, sắc, huyền, hỏi, ngã, nặng
const PLAIN = ["", "ù", "ø", "û", "õ", "ï"]; // a e o u y ơ ư
const HAT = ["â", "á", "à", "å", "ã", "ä"]; // â ê ô
const BREVE = ["ê", "é", "è", "ú", "ü", "ë"]; // ă
const I_LOW = ["i", "í", "ì", "æ", "ó", "ò"];
const I_UP = ["I", "Í", "Ì", "Æ", "Ó", "Ò"];

export function toVni(text) {
  let out = "";
  for (const ch of String(text).normalize("NFC")) {
    if (ch === "đ") { out += "ñ"; continue; }
    if (ch === "Đ") { out += "Ñ"; continue; }
    const d = ch.normalize("NFD");
    const base = d[0];
    if (!/[aeiouyAEIOUY]/.test(base) || d.length === 1) { out += ch; continue; }
    const marks = d.slice(1);
    const tone = Math.max(0, TONES.findIndex((t, i) => i > 0 && marks.includes(t)));
    const up = base === base.toUpperCase();
    const cap = (s) => (up ? s.toUpperCase() : s);
    let enc;
    if (/[iI]/.test(base)) enc = (up ? I_UP : I_LOW)[tone];
    else if (marks.includes("\u0302")) enc = base + cap(HAT[tone]);
    else if (marks.includes("\u0306")) enc = base + cap(BREVE[tone]);
    else if (marks.includes("\u031B")) enc = (base === "o" ? "ô" : base === "O" ? "Ô" : base === "u" ? "ö" : "Ö") + cap(PLAIN[tone]);
    else if (tone === 5 && /[yY]/.test(base)) enc = up ? "Î" : "î";
    else enc = base + cap(PLAIN[tone]);
    out += enc;
  }
  return out;
}
