// Text typed with the legacy Vietnamese font encodings TCVN3 (ABC, ".VnTime") and VNI
// ("VNI-Times"), which store Vietnamese letters as Latin-1 look-alikes: "NguyÔn V¨n An"
// and "Nguyeãn Vaên An" are both "Nguyễn Văn An". A cell is converted only when the
// conversion turns more of its words into Vietnamese syllables than it had.

const TCVN3: Record<string, string> = {
  µ: "à",
  "¸": "á",
  "¶": "ả",
  "·": "ã",
  "¹": "ạ",
  "¨": "ă",
  "»": "ằ",
  "¾": "ắ",
  "¼": "ẳ",
  "½": "ẵ",
  Æ: "ặ",
  "©": "â",
  Ç: "ầ",
  Ê: "ấ",
  È: "ẩ",
  É: "ẫ",
  Ë: "ậ",
  "®": "đ",
  Ì: "è",
  Ð: "é",
  Î: "ẻ",
  Ï: "ẽ",
  Ñ: "ẹ",
  ª: "ê",
  Ò: "ề",
  Õ: "ế",
  Ó: "ể",
  Ô: "ễ",
  Ö: "ệ",
  "×": "ì",
  Ý: "í",
  Ø: "ỉ",
  Ü: "ĩ",
  Þ: "ị",
  ß: "ò",
  ã: "ó",
  á: "ỏ",
  â: "õ",
  ä: "ọ",
  "«": "ô",
  å: "ồ",
  è: "ố",
  æ: "ổ",
  ç: "ỗ",
  é: "ộ",
  "¬": "ơ",
  ê: "ờ",
  í: "ớ",
  ë: "ở",
  ì: "ỡ",
  î: "ợ",
  ï: "ù",
  ó: "ú",
  ñ: "ủ",
  ò: "ũ",
  ô: "ụ",
  "\u00ad": "ư",
  õ: "ừ",
  ø: "ứ",
  ö: "ử",
  "÷": "ữ",
  ù: "ự",
  ú: "ỳ",
  ý: "ý",
  û: "ỷ",
  ü: "ỹ",
  þ: "ỵ",
  "¡": "Ă",
  "¢": "Â",
  "§": "Đ",
  "£": "Ê",
  "¤": "Ô",
  "¥": "Ơ",
  "¦": "Ư",
};

// VNI writes a base letter followed by a mark character.
const VNI_MARKS: Record<string, string> = {
  ù: "\u0301",
  ø: "\u0300",
  û: "\u0309",
  õ: "\u0303",
  ï: "\u0323",
  Ù: "\u0301",
  Ø: "\u0300",
  Û: "\u0309",
  Õ: "\u0303",
  Ï: "\u0323",
};
// Marks that change the vowel itself (â ê ô ă), alone or with a tone.
const VNI_VOWEL_MARKS: Record<string, [string, string]> = {
  â: ["\u0302", ""],
  á: ["\u0302", "\u0301"],
  à: ["\u0302", "\u0300"],
  å: ["\u0302", "\u0309"],
  ã: ["\u0302", "\u0303"],
  ä: ["\u0302", "\u0323"],
  ê: ["\u0306", ""],
  é: ["\u0306", "\u0301"],
  è: ["\u0306", "\u0300"],
  ú: ["\u0306", "\u0309"],
  ü: ["\u0306", "\u0303"],
  ë: ["\u0306", "\u0323"],
  Â: ["\u0302", ""],
  Á: ["\u0302", "\u0301"],
  À: ["\u0302", "\u0300"],
  Å: ["\u0302", "\u0309"],
  Ã: ["\u0302", "\u0303"],
  Ä: ["\u0302", "\u0323"],
  Ê: ["\u0306", ""],
  É: ["\u0306", "\u0301"],
  È: ["\u0306", "\u0300"],
  Ú: ["\u0306", "\u0309"],
  Ü: ["\u0306", "\u0303"],
  Ë: ["\u0306", "\u0323"],
};
// Letters VNI writes with one character of their own.
const VNI_LETTERS: Record<string, string> = {
  ñ: "đ",
  Ñ: "Đ",
  ô: "ơ",
  Ô: "Ơ",
  ö: "ư",
  Ö: "Ư",
  í: "í",
  ì: "ì",
  æ: "ỉ",
  ó: "ĩ",
  ò: "ị",
  î: "ỵ",
  Í: "Í",
  Ì: "Ì",
  Æ: "Ỉ",
  Ó: "Ĩ",
  Ò: "Ị",
  Î: "Ỵ",
};

function fromTcvn3(text: string): string {
  return [...text].map((c) => TCVN3[c] ?? c).join("");
}

function fromVni(text: string): string {
  let out = "";
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const next = chars[i + 1] ?? "";
    if (/[aeiouyAEIOUYơưƠƯ]/.test(c) || (/[ôÔöÖ]/.test(c) && (VNI_MARKS[next] || VNI_VOWEL_MARKS[next]))) {
      const base = VNI_LETTERS[c] ?? c;
      if (VNI_MARKS[next]) {
        out += base + VNI_MARKS[next];
        i++;
        continue;
      }
      const vowel = VNI_VOWEL_MARKS[next];
      if (vowel && /[aeoAEO]/.test(c)) {
        // VNI's "ê" after a, and "â" after a, e, o: ă, â, ê, ô.
        const shape = /[aA]/.test(c) ? vowel[0] : "\u0302";
        if (!/[aA]/.test(c) && vowel[0] === "\u0306") {
          out += c;
          continue;
        }
        out += c + shape + vowel[1];
        i++;
        continue;
      }
      out += base;
      continue;
    }
    out += VNI_LETTERS[c] ?? c;
  }
  return out.normalize("NFC");
}

// The vowel groups a Vietnamese syllable can have, longest first.
const NUCLEI = (
  "uyê uya uyu iêu yêu oai oay oao oeo uây uôi ươi ươu " +
  "ai ao au ay âu ây eo êu ia iê iu oa oă oe oi oo ôi ơi ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê " +
  "a ă â e ê i o ô ơ u ư y"
).split(" ");
const SYLLABLE = new RegExp(
  `^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?(${NUCLEI.join("|")})(ch|ng|nh|[cmnpt])?$`,
);

/** Share of a text's words that are Vietnamese syllables (tone marks set aside). */
function syllableScore(text: string): number {
  const words =
    text
      .normalize("NFD")
      .toLowerCase()
      .match(/[\p{L}\p{M}]+/gu) ?? [];
  if (words.length === 0) return 0;
  const ok = words.filter((w) => {
    const tones = (w.match(/[\u0300\u0301\u0303\u0309\u0323]/g) ?? []).length;
    const bare = w.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, "").normalize("NFC");
    return tones <= 1 && SYLLABLE.test(bare);
  });
  return ok.length / words.length;
}

const SUSPECT =
  /[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce\u00cf\u00d0\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ad]/;
// Pairs VNI writes and Unicode Vietnamese never has ("aù", "aâ", "eá"); pairs that are
// also Vietnamese ("uâ" in "quân", "yê" in "Nguyên", "oà" in "hoà") are left out.
const VNI_PAIR = /[aeiouyAEIOUY][ùõúøïûüåäë]|[aAeE][áàãâ]|[aA][êéè]/;

export type LegacyEncoding = "tcvn3" | "vni";

/** The text in Unicode NFC, and the legacy encoding it was converted from, if any. */
export function fromLegacy(text: string): { text: string; encoding: LegacyEncoding | null } {
  const nfc = text.normalize("NFC");
  if (!SUSPECT.test(nfc) && !VNI_PAIR.test(nfc)) return { text: nfc, encoding: null };
  const original = syllableScore(nfc);
  const converted: { text: string; encoding: LegacyEncoding }[] = [
    { text: fromTcvn3(nfc).normalize("NFC"), encoding: "tcvn3" },
    { text: fromVni(nfc), encoding: "vni" },
  ];
  const candidates = converted.map((c) => ({ ...c, score: syllableScore(c.text) }));
  const best = candidates.sort((a, b) => b.score - a.score)[0]!;
  return best.score > original ? { text: best.text, encoding: best.encoding } : { text: nfc, encoding: null };
}
