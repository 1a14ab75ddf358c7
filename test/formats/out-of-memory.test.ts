// A worker that runs out of memory refuses the file as too complex, never as corrupt.
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { isOutOfMemory } from "../../src/formats/out-of-memory.ts";
import { readEntry, type ZipEntry } from "../../src/formats/zip.ts";

describe("memory running out while a file is read", () => {
  it("is told apart from a fault of the file", () => {
    expect(isOutOfMemory(new RangeError("Array buffer allocation failed"))).toBe(true);
    expect(isOutOfMemory(new RangeError("Invalid array length"))).toBe(false);
    expect(isOutOfMemory(new Error("invalid stored block lengths"))).toBe(false);
  });

  it("leaves a zip entry that does not inflate a problem of the entry", () => {
    const data = deflateRawSync(Buffer.from("Danh sách mẫu".repeat(50)));
    const broken = Buffer.from(data);
    broken.fill(0xff, 2, 12);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    const entry: ZipEntry = {
      name: "a.xml",
      method: 8,
      flags: 0,
      compressed: broken.length,
      inflated: 650,
      crc: 0,
      localOffset: 0,
      central: { offset: 0, length: 0 },
    };
    const read = readEntry(Buffer.concat([local, broken]), entry);
    expect(read).toMatchObject({ ok: false });
  });
});
