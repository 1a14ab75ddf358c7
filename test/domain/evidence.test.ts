// An evidence document's kind from its bytes, the name it is kept under, and the task a
// replied-to message names.
import { describe, expect, it } from "vitest";
import { checkEvidence, evidenceKind, refsNamedIn, safeFileName } from "../../src/domain/evidence.ts";
import { EVIDENCE_LIMITS } from "../../src/domain/limits.ts";

const bytes = (text: string) => Buffer.from(text, "latin1");

describe("evidenceKind", () => {
  it.each([
    ["pdf", bytes("%PDF-1.7\n"), null],
    ["doc-or-xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), null],
    ["png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), null],
    ["jpeg", Buffer.from([0xff, 0xd8, 0xff, 0xe0]), null],
    ["docx", bytes("PK\x03\x04"), ["[Content_Types].xml", "word/document.xml"]],
    ["xlsx", bytes("PK\x03\x04"), ["xl/workbook.xml"]],
  ] as const)("tells %s by its bytes", (kind, content, parts) => {
    expect(evidenceKind(content, parts)).toBe(kind);
  });

  it("takes no zip that is not an Office file, no text, no executable, whatever the name", () => {
    expect(evidenceKind(bytes("PK\x03\x04"), ["payload.exe"])).toBeNull();
    expect(evidenceKind(bytes("MZ\x90\x00"), null)).toBeNull();
    expect(evidenceKind(bytes("<html>%PDF-"), null)).toBeNull();
    const refused = checkEvidence({ name: "bao-cao.pdf", content: bytes("MZ") }, null, EVIDENCE_LIMITS);
    expect(refused).toEqual({ ok: false, error: { code: "evidence-kind" } });
  });
});

describe("safeFileName", () => {
  it("drops folders, control and reserved characters, and bounds the length", () => {
    expect(safeFileName("C:\\Users\\a\\..\\Báo cáo <cuối>.pdf", "pdf", 120)).toBe("Báo cáo cuối.pdf");
    expect(safeFileName("../../etc/passwd", "pdf", 120)).toBe("passwd.pdf");
    expect(safeFileName("...", "png", 120)).toBe("tai-lieu.png");
    expect(safeFileName(`${"a".repeat(300)}.docx`, "docx", 120)).toBe(`${"a".repeat(115)}.docx`);
  });

  it("gives the extension the bytes say, keeping one that agrees", () => {
    expect(safeFileName("bao-cao.pdf", "docx", 120)).toBe("bao-cao.pdf.docx");
    expect(safeFileName("so-lieu.XLS", "doc-or-xls", 120)).toBe("so-lieu.xls");
    expect(safeFileName("anh.jpeg", "jpeg", 120)).toBe("anh.jpeg");
  });
});

describe("refsNamedIn", () => {
  it("finds refs as whole words, not as the start of a longer one", () => {
    expect(refsNamedIn("✓ Đã xong II.2.2 (hạn 19/12/2019)", ["II.2", "II.2.1", "II.2.2"])).toEqual(["II.2.2"]);
    expect(refsNamedIn("II.2.1 và II.2.2:", ["II.2.1", "II.2.2"])).toEqual(["II.2.1", "II.2.2"]);
    expect(refsNamedIn("không có mã nào", ["II.2.2"])).toEqual([]);
  });
});
