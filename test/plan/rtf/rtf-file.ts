// Small RTF files for the tests, written control word by control word.

/** Text as RTF writes characters beyond ASCII: \uN with a "?" for readers that know no Unicode. */
export const u = (text: string) =>
  [...text.normalize("NFC")]
    .map((c) => {
      const code = c.charCodeAt(0);
      return code < 0x80 ? c : `\\u${code > 0x7fff ? code - 0x10000 : code}?`;
    })
    .join("");

/** A file around a body: Windows-1258, a Vietnamese font, a one-level list (ls1) numbering "1.", "2.". */
export const rtf = (body: string) =>
  Buffer.from(
    String.raw`{\rtf1\ansi\ansicpg1258\deff0{\fonttbl{\f0\froman\fcharset163 Times New Roman;}{\f1\fcharset2 Symbol;}}` +
      String.raw`{\*\listtable{\list\listtemplateid1{\listlevel\levelnfc0\levelstartat1{\leveltext\'02\'00.;}` +
      String.raw`{\levelnumbers\'01;}}\listid7}}{\listoverridetable{\listoverride\listid7\listoverridecount0\ls1}}` +
      String.raw`{\info{\title ${u("Không phải nội dung")}}}` +
      body +
      "}",
    "latin1",
  );
