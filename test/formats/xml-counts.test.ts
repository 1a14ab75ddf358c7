// The cheap bounds checked on a part's bytes before it is parsed: how many elements of a name it holds and the prefix
// its root uses. A part saved as UTF-16 (Word 2003 XML from older tools) is counted in its own code units, so a file
// of too many paragraphs is refused before its parse whatever its encoding.
import { describe, expect, it } from "vitest";
import { holdsMoreThan, rootPrefix } from "../../src/formats/xml-stream.ts";

const doc = (paragraphs: number) =>
  `<?xml version="1.0"?><w:wordDocument xmlns:w="urn:w"><w:body>${"<w:p><w:pPr/><w:r><w:t>Việc</w:t></w:r></w:p>".repeat(paragraphs)}</w:body></w:wordDocument>`;
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]);

describe("a part's element count", () => {
  it("counts the elements of a name, not those whose name begins with it", () => {
    expect(holdsMoreThan(Buffer.from(doc(3)), "w:p", 2)).toBe(true);
    expect(holdsMoreThan(Buffer.from(doc(3)), "w:p", 3)).toBe(false);
  });

  it("counts a UTF-16 part's elements in either byte order", () => {
    for (const encode of [utf16le, utf16be]) {
      expect(holdsMoreThan(encode(doc(3)), "w:p", 2)).toBe(true);
      expect(holdsMoreThan(encode(doc(3)), "w:p", 3)).toBe(false);
    }
  });

  it("stops at the limit on a large part", () => {
    expect(holdsMoreThan(utf16le(doc(50_000)), "w:p", 40_000)).toBe(true);
    expect(holdsMoreThan(utf16le(doc(50_000)), "w:p", 50_000)).toBe(false);
  });
});

describe("a part's root prefix", () => {
  it("is read from UTF-8 and UTF-16 alike", () => {
    expect(rootPrefix(Buffer.from(doc(1)))).toBe("w");
    expect(rootPrefix(utf16le(doc(1)))).toBe("w");
    expect(rootPrefix(utf16be(doc(1)))).toBe("w");
  });
});
