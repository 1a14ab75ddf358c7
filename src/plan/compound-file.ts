// The OLE2 compound file ([MS-CFB]) Word 97-2003 .doc and Excel 97-2003 .xls files are stored in: a
// small FAT file system of 512- or 4096-byte sectors holding named streams (WordDocument, 0Table or
// 1Table, Data; Workbook). Read by
// hand rather than with a package: only a few named streams are needed, and every chain,
// index and size comes from the file, so each is bounded here (a chain visits a sector once, a
// stream is no longer than the file or the limits), which a general-purpose reader does not promise. A storage below
// the root (a .doc's ObjectPool, the workbook an embedded object keeps) is read the same way when asked for.
import { refuse } from "./budget.ts";
import type { ReadErrorCode } from "./document.ts";

export const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const END = 0xfffffffe;
const FREE = 0xffffffff;
const DIRECTORY_ENTRY = 128;
const NO_STREAM = 0xffffffff;

export interface CompoundFile {
  /** The stream of that name in the root storage (case-insensitive, as CFB compares), or null. */
  stream(name: string): Buffer | null;
  /** The storage of that name in it (a .doc's ObjectPool, an embedded object's), read as the root is, or null. */
  storage(name: string): CompoundFile | null;
}

interface Entry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

type Fail = (detail: string) => never;

/** The first `most` sectors of a chain, in order; a chain that loops or leaves the table is refused. */
function chain(table: Uint32Array, start: number, most: number, bad: Fail): number[] {
  const sectors: number[] = [];
  const seen = new Set<number>();
  for (let at = start; at !== END && sectors.length < most; at = table[at]!) {
    if (at >= table.length || seen.has(at)) bad("sector chain");
    seen.add(at);
    sectors.push(at);
  }
  return sectors;
}

/** The file's root streams; a broken structure is refused as `unreadable` (the .doc's or the .xls's code). */
export function openCompoundFile(
  file: Buffer,
  maxStreamBytes: number,
  unreadable: ReadErrorCode = "unreadable-doc",
): CompoundFile {
  const bad: Fail = (detail) => refuse(unreadable, detail);
  if (file.length < 512 || !file.subarray(0, 8).equals(CFB_SIGNATURE)) bad("not a compound file");
  const shift = file.readUInt16LE(30);
  if (shift !== 9 && shift !== 12) bad("sector size");
  const size = 1 << shift;
  const miniShift = file.readUInt16LE(32);
  if (miniShift !== 6) bad("mini sector size");
  const sectorCount = Math.floor((file.length - size) / size) + 1;
  const sector = (n: number): Buffer => {
    const from = (n + 1) * size;
    if (n >= sectorCount || from >= file.length) bad("sector past the end");
    return file.subarray(from, Math.min(from + size, file.length));
  };
  const perSector = size / 4;
  const words = (buffers: Buffer[]) => {
    const out = new Uint32Array(buffers.length * perSector);
    buffers.forEach((b, i) => {
      for (let k = 0; k * 4 + 4 <= b.length; k++) out[i * perSector + k] = b.readUInt32LE(k * 4);
    });
    return out;
  };

  // The FAT's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const n = file.readUInt32LE(76 + i * 4);
    if (n !== FREE) fatSectors.push(n);
  }
  const seenDifat = new Set<number>();
  for (let at = file.readUInt32LE(68); at !== END && at !== FREE;) {
    if (seenDifat.has(at) || fatSectors.length > sectorCount) bad("DIFAT chain");
    seenDifat.add(at);
    const s = sector(at);
    for (let k = 0; k < perSector - 1; k++) {
      const n = s.readUInt32LE(k * 4);
      if (n !== FREE) fatSectors.push(n);
    }
    at = s.readUInt32LE(size - 4);
  }
  if (fatSectors.length > sectorCount) bad("FAT size");
  const fat = words(fatSectors.map(sector));

  const read = (start: number, length: number): Buffer => {
    const data = Buffer.concat(chain(fat, start, Math.ceil(length / size), bad).map(sector));
    if (data.length < length) bad("stream past the end");
    return data.subarray(0, length);
  };

  const directoryStart = file.readUInt32LE(48);
  const directory = Buffer.concat(chain(fat, directoryStart, sectorCount, bad).map(sector));
  const entries: Entry[] = [];
  for (let at = 0; at + DIRECTORY_ENTRY <= directory.length; at += DIRECTORY_ENTRY) {
    const nameBytes = Math.min(64, directory.readUInt16LE(at + 64));
    entries.push({
      name: directory.toString("utf16le", at, at + Math.max(0, nameBytes - 2)),
      type: directory[at + 66]!,
      left: directory.readUInt32LE(at + 68),
      right: directory.readUInt32LE(at + 72),
      child: directory.readUInt32LE(at + 76),
      start: directory.readUInt32LE(at + 116),
      // Version 3 files may leave garbage in the size's high word: only its low word is read.
      size: directory.readUInt32LE(at + 120),
    });
  }
  const root = entries[0];
  if (!root || root.type !== 5) bad("no root storage");

  // A storage's children: a tree of siblings, walked once each.
  const childrenOf = (first: number): Map<string, Entry> => {
    const children = new Map<string, Entry>();
    const pending = [first];
    const visited = new Set<number>();
    while (pending.length) {
      const id = pending.pop()!;
      if (id === NO_STREAM || id >= entries.length || visited.has(id)) continue;
      visited.add(id);
      const entry = entries[id]!;
      children.set(entry.name.toLowerCase(), entry);
      pending.push(entry.left, entry.right);
    }
    return children;
  };

  const cutoff = file.readUInt32LE(56);
  let mini: { fat: Uint32Array; stream: Buffer } | null = null;
  const miniStream = () => {
    if (mini) return mini;
    const miniFatStart = file.readUInt32LE(60);
    const miniFat = miniFatStart === END ? [] : chain(fat, miniFatStart, sectorCount, bad).map(sector);
    const stream = root!.size > 0 ? read(root!.start, Math.min(root!.size, sectorCount * size)) : Buffer.alloc(0);
    return (mini = { fat: words(miniFat), stream });
  };

  const stream = (entry: Entry, name: string): Buffer => {
    if (entry.size > maxStreamBytes) refuse("plan-too-complex", `stream ${name}`);
    // A stream longer than the file: the file was cut short (in sending), not too complex.
    if (entry.size > file.length) bad("stream past the end");
    if (entry.size === 0) return Buffer.alloc(0);
    if (entry.size >= cutoff) return read(entry.start, entry.size);
    const { fat: miniFat, stream } = miniStream();
    const parts = chain(miniFat, entry.start, Math.ceil(entry.size / 64), bad).map((n) => {
      if ((n + 1) * 64 > stream.length) bad("mini sector past the end");
      return stream.subarray(n * 64, n * 64 + 64);
    });
    const data = Buffer.concat(parts);
    if (data.length < entry.size) bad("stream past the end");
    return data.subarray(0, entry.size);
  };

  // The root's streams and storages; a storage's own, each read when asked for (every entry is in the one directory).
  const storage = (children: Map<string, Entry>): CompoundFile => ({
    stream(name) {
      const entry = children.get(name.toLowerCase());
      return entry?.type === 2 ? stream(entry, name) : null;
    },
    storage(name) {
      const entry = children.get(name.toLowerCase());
      return entry?.type === 1 ? storage(childrenOf(entry.child)) : null;
    },
  });
  return storage(childrenOf(root!.child));
}

const WORKBOOK_NAME = Buffer.from("Workbook", "utf16le");
/** An Excel 97-2003 workbook's first record: BOF, 16 bytes, BIFF8, the workbook's globals. */
const WORKBOOK_START = Buffer.from([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00]);

/**
 * Whether a compound file too broken to open is an .xls cut short: its directory (which may have been cut off, as
 * LibreOffice writes it last) names a Workbook, or a sector of its first ones opens as a workbook does.
 */
export function looksLikeWorkbook(buffer: Buffer): boolean {
  if (buffer.includes(WORKBOOK_NAME)) return true;
  for (let at = 512; at + WORKBOOK_START.length <= Math.min(buffer.length, 64 * 512); at += 512)
    if (buffer.subarray(at, at + WORKBOOK_START.length).equals(WORKBOOK_START)) return true;
  return false;
}
