// The zip container of .xlsx and .docx files, at the byte level: its central directory
// (read by the upload guard and the plan readers before anything is inflated), one entry
// inflated no further than its declared size, and a writer that copies unchanged
// entries as they are, compressed bytes and all, and deflates only the parts that
// changed — writing an annotated copy then costs the changed sheet, not the workbook.
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import { isOutOfMemory } from "./out-of-memory.ts";

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressed: number;
  inflated: number;
  crc: number;
  localOffset: number;
  /** Where its central directory record is, and how long. */
  central: { offset: number; length: number };
}

/** The entries of a zip's central directory, or null when it has none (not a zip, or truncated). */
export function zipEntries(buffer: Buffer): ZipEntry[] | null {
  const from = Math.max(0, buffer.length - 65_557);
  let eocd = -1;
  for (let i = buffer.length - 22; i >= from; i--) {
    if (buffer.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== CENTRAL) return null;
    const nameLength = buffer.readUInt16LE(offset + 28);
    const length = 46 + nameLength + buffer.readUInt16LE(offset + 30) + buffer.readUInt16LE(offset + 32);
    entries.push({
      flags: buffer.readUInt16LE(offset + 8),
      method: buffer.readUInt16LE(offset + 10),
      crc: buffer.readUInt32LE(offset + 16),
      compressed: buffer.readUInt32LE(offset + 20),
      inflated: buffer.readUInt32LE(offset + 24),
      localOffset: buffer.readUInt32LE(offset + 42),
      name: buffer.toString("utf8", offset + 46, offset + 46 + nameLength),
      central: { offset, length },
    });
    offset += length;
  }
  return entries;
}

/** Where an entry's local header starts and how many bytes (header, data, descriptor) it spans. */
function localSpan(buffer: Buffer, entry: ZipEntry): number | null {
  const at = entry.localOffset;
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== LOCAL) return null;
  let end = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28) + entry.compressed;
  if (entry.flags & 0x08) end += end + 4 <= buffer.length && buffer.readUInt32LE(end) === DESCRIPTOR ? 16 : 12;
  return end <= buffer.length ? end - at : null;
}

function headers(
  name: Buffer,
  data: Buffer,
  inflatedLength: number,
  crc: number,
  offset: number,
): { local: Buffer; central: Buffer } {
  const local = Buffer.alloc(30);
  const central = Buffer.alloc(46);
  local.writeUInt32LE(LOCAL, 0);
  central.writeUInt32LE(CENTRAL, 0);
  central.writeUInt16LE(20, 4);
  // Version 2.0, UTF-8 names, deflated; 1 January 1980 as the time, as exceljs writes it.
  for (const [header, at] of [
    [local, 4],
    [central, 6],
  ] as const) {
    header.writeUInt16LE(20, at);
    header.writeUInt16LE(0x0800, at + 2);
    header.writeUInt16LE(8, at + 4);
    header.writeUInt16LE(0, at + 6);
    header.writeUInt16LE(0x21, at + 8);
    header.writeUInt32LE(crc, at + 10);
    header.writeUInt32LE(data.length, at + 14);
    header.writeUInt32LE(inflatedLength, at + 18);
    header.writeUInt16LE(name.length, at + 22);
  }
  central.writeUInt32LE(offset, 42);
  return { local, central };
}

/**
 * The zip with some entries replaced or added (by name); every other entry is copied
 * byte for byte. Null when the original cannot be copied that way (ZIP64, a damaged
 * directory), for the caller to write the zip some other way.
 */
export function rezip(original: Buffer, changes: Map<string, Uint8Array>): Buffer | null {
  const entries = zipEntries(original);
  if (!entries || entries.some((e) => e.compressed === 0xffffffff || e.localOffset === 0xffffffff)) return null;
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  let count = 0;
  const add = (name: string, content: Uint8Array) => {
    const data = deflateRawSync(content, { level: 1 });
    const nameBytes = Buffer.from(name, "utf8");
    const { local, central } = headers(nameBytes, data, content.length, crc32(content), offset);
    parts.push(local, nameBytes, data);
    directory.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
    count++;
  };
  for (const entry of entries) {
    const changed = changes.get(entry.name);
    if (changed) {
      add(entry.name, changed);
      continue;
    }
    const span = localSpan(original, entry);
    if (span === null) return null;
    parts.push(original.subarray(entry.localOffset, entry.localOffset + span));
    const record = Buffer.from(original.subarray(entry.central.offset, entry.central.offset + entry.central.length));
    record.writeUInt32LE(offset, 42);
    directory.push(record);
    offset += span;
    count++;
  }
  const names = new Set(entries.map((e) => e.name));
  for (const [name, content] of changes) if (!names.has(name)) add(name, content);
  const central = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, central, end]);
}

export type EntryRead = { ok: true; data: Buffer } | { ok: false; problem: "truncated" | "method" | "size" | "crc" };

/**
 * One entry inflated, never to more bytes than the central directory declares: a zip
 * that lies about a size (a bomb declaring a small part) is stopped by zlib at the
 * declared size and refused, as is one whose bytes do not match their checksum.
 */
export function readEntry(buffer: Buffer, entry: ZipEntry): EntryRead {
  const at = entry.localOffset;
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== LOCAL) return { ok: false, problem: "truncated" };
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  if (start + entry.compressed > buffer.length) return { ok: false, problem: "truncated" };
  const raw = buffer.subarray(start, start + entry.compressed);
  let data: Buffer;
  if (entry.method === 0) data = raw;
  else if (entry.method === 8) {
    try {
      data = inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.inflated) });
    } catch (error) {
      // Memory running out is no fault of the entry (`out-of-memory.ts`): it is the caller's to report.
      if (isOutOfMemory(error)) throw error;
      return { ok: false, problem: "size" };
    }
  } else return { ok: false, problem: "method" };
  if (data.length !== entry.inflated) return { ok: false, problem: "size" };
  return crc32(data) === entry.crc ? { ok: true, data } : { ok: false, problem: "crc" };
}
