// Word 97-2003 files built byte by byte for the reader's tests: an OLE2 compound file of given
// streams, and a WordDocument whose text, piece table and formatting pages a test sets, so that a
// test can break one structure at a time ([MS-CFB], [MS-DOC]).
const SECTOR = 512;
const END = 0xfffffffe;
const FREE = 0xffffffff;

/** A version 3 compound file holding `streams` in its root storage (each padded to 4096 bytes: no mini stream). */
export function compoundFile(streams: Record<string, Buffer>): Buffer {
  const entries = Object.entries(streams).map(([name, data]) => {
    const padded = Buffer.alloc(Math.max(4096, Math.ceil(data.length / SECTOR) * SECTOR));
    data.copy(padded);
    return { name, data: padded };
  });
  const streamSectors = entries.reduce((n, e) => n + e.data.length / SECTOR, 0);
  const directorySectors = Math.ceil((entries.length + 1) / 4);
  let fatSectors = 1;
  while (fatSectors * 128 < fatSectors + directorySectors + streamSectors) fatSectors++;
  if (fatSectors > 109) throw new Error("too large for the header's FAT list");
  const total = fatSectors + directorySectors + streamSectors;
  const fat = new Uint32Array(fatSectors * 128).fill(FREE);
  for (let i = 0; i < fatSectors; i++) fat[i] = 0xfffffffd;
  const chain = (start: number, count: number) => {
    for (let i = 0; i < count; i++) fat[start + i] = i === count - 1 ? END : start + i + 1;
  };
  chain(fatSectors, directorySectors);
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(fatSectors, 44);
  header.writeUInt32LE(fatSectors, 48);
  header.writeUInt32LE(4096, 56);
  header.writeUInt32LE(END, 60);
  header.writeUInt32LE(END, 68);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i < fatSectors ? i : FREE, 76 + i * 4);
  const directory = Buffer.alloc(directorySectors * SECTOR);
  const entry = (i: number, name: string, type: number, start: number, size: number, child: number, right: number) => {
    const at = i * 128;
    directory.write(name, at, "utf16le");
    directory.writeUInt16LE((name.length + 1) * 2, at + 64);
    directory[at + 66] = type;
    directory.writeUInt32LE(FREE, at + 68);
    directory.writeUInt32LE(right, at + 72);
    directory.writeUInt32LE(child, at + 76);
    directory.writeUInt32LE(start, at + 116);
    directory.writeUInt32LE(size, at + 120);
  };
  entry(0, "Root Entry", 5, END, 0, entries.length ? 1 : FREE, FREE);
  let at = fatSectors + directorySectors;
  entries.forEach((e, i) => {
    const count = e.data.length / SECTOR;
    chain(at, count);
    entry(i + 1, e.name, 2, at, e.data.length, FREE, i + 1 < entries.length ? i + 2 : FREE);
    at += count;
  });
  const fatBytes = Buffer.alloc(fatSectors * SECTOR);
  fat.forEach((v, i) => fatBytes.writeUInt32LE(v, i * 4));
  if (at !== total) throw new Error("sector count");
  return Buffer.concat([header, fatBytes, directory, ...entries.map((e) => e.data)]);
}

export interface WordParts {
  /** The main text, one byte a character (each paragraph ending in "\r"). */
  text: string;
  /** Pieces as [cp, cpEnd, byte offset in WordDocument] (default: one piece of the whole text at 1024). */
  pieces?: [number, number, number][];
  /** Page numbers (of 512 bytes in WordDocument) the paragraph bin table lists. */
  paragraphPages?: number[];
  /** Saved with a password: the FIB's fEncrypted flag set (the text would be ciphered). */
  encrypted?: boolean;
}

const TEXT_AT = 1024;
const PAIRS_AT = 154;

/** A .doc of that text: FIB, text and piece table, with the bin table of paragraph formatting pages if given. */
export function wordFile({ text, pieces, paragraphPages = [], encrypted = false }: WordParts): Buffer {
  const chars = Buffer.from(text, "latin1");
  const word = Buffer.alloc(Math.max(TEXT_AT + chars.length, ...paragraphPages.map((p) => (p + 1) * 512)));
  word.writeUInt16LE(0xa5ec, 0);
  word.writeUInt16LE(0xc1, 2);
  word.writeUInt16LE(encrypted ? 0x0300 : 0x0200, 10);
  word.writeUInt16LE(14, 32);
  word.writeUInt16LE(22, 62);
  word.writeInt32LE(chars.length, 64 + 12);
  word.writeUInt16LE(93, 152);
  chars.copy(word, TEXT_AT);
  // Paragraph formatting pages: each one run over the whole text, with no properties.
  for (const page of paragraphPages) {
    const at = page * 512;
    word.writeUInt32LE(TEXT_AT, at);
    word.writeUInt32LE(TEXT_AT + chars.length, at + 4);
    word[at + 511] = 1;
  }
  const list = pieces ?? [[0, chars.length, TEXT_AT]];
  const plc = Buffer.alloc((list.length + 1) * 4 + list.length * 8);
  list.forEach(([cp, , offset], i) => {
    plc.writeInt32LE(cp, i * 4);
    plc.writeUInt32LE(((offset * 2) | 0x40000000) >>> 0, (list.length + 1) * 4 + i * 8 + 2);
  });
  plc.writeInt32LE(list.at(-1)![1], list.length * 4);
  const clx = Buffer.concat([Buffer.from([2]), Buffer.alloc(4), plc]);
  clx.writeUInt32LE(plc.length, 1);
  const bte = Buffer.alloc(paragraphPages.length ? (paragraphPages.length + 1) * 4 + paragraphPages.length * 4 : 0);
  paragraphPages.forEach((page, i) => {
    bte.writeUInt32LE(TEXT_AT, i * 4);
    bte.writeUInt32LE(page, (paragraphPages.length + 1) * 4 + i * 4);
  });
  if (paragraphPages.length) bte.writeUInt32LE(TEXT_AT + chars.length, paragraphPages.length * 4);
  const table = Buffer.concat([clx, bte]);
  word.writeUInt32LE(0, PAIRS_AT + 33 * 8);
  word.writeUInt32LE(clx.length, PAIRS_AT + 33 * 8 + 4);
  word.writeUInt32LE(clx.length, PAIRS_AT + 13 * 8);
  word.writeUInt32LE(bte.length, PAIRS_AT + 13 * 8 + 4);
  return compoundFile({ WordDocument: word, "1Table": table });
}
