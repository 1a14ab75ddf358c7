// Excel 97-2003 workbook streams built record by record for the .xls reader's tests ([MS-XLS]), so that a test can
// split a string across CONTINUE records, hide a row or point sheets anywhere; wrapped in a compound file by
// test/plan/doc/word-file.ts's `compoundFile`.
export const record = (type: number, data: Buffer = Buffer.alloc(0)): Buffer => {
  const head = Buffer.alloc(4);
  head.writeUInt16LE(type, 0);
  head.writeUInt16LE(data.length, 2);
  return Buffer.concat([head, data]);
};

const u16 = (...values: number[]) => Buffer.from(new Uint16Array(values).buffer);
const u32 = (...values: number[]) => Buffer.from(new Uint32Array(values).buffer);

/** BOF of the globals (0x0005) or of a worksheet (0x0010), BIFF8. */
export const bof = (kind: 0x0005 | 0x0010) => record(0x0809, Buffer.concat([u16(0x0600, kind), Buffer.alloc(12)]));
export const eof = () => record(0x000a);

/** A string with a 2-byte count, UTF-16 when it needs to be. */
export function xlString(text: string): Buffer {
  const wide = [...text].some((ch) => ch.charCodeAt(0) > 0xff);
  return Buffer.concat([u16(text.length), Buffer.from([wide ? 1 : 0]), Buffer.from(text, wide ? "utf16le" : "latin1")]);
}

/** The SST's data: its counts and the strings, one after another (to be cut into CONTINUE records by a test). */
export const sstData = (strings: string[]) =>
  Buffer.concat([u32(strings.length, strings.length), ...strings.map(xlString)]);

export const format = (id: number, code: string) => record(0x041e, Buffer.concat([u16(id), xlString(code)]));
export const xf = (formatId: number) => record(0x00e0, Buffer.concat([u16(0, formatId), Buffer.alloc(16)]));
export const boundSheet = (at: number, name: string, hidden = false) =>
  record(
    0x0085,
    Buffer.concat([u32(at), Buffer.from([hidden ? 1 : 0, 0, name.length, 0]), Buffer.from(name, "latin1")]),
  );

export const labelSst = (row: number, column: number, index: number) =>
  record(0x00fd, Buffer.concat([u16(row, column, 0), u32(index)]));
export const label = (row: number, column: number, text: string) =>
  record(0x0204, Buffer.concat([u16(row, column, 0), xlString(text)]));
export function number(row: number, column: number, style: number, value: number): Buffer {
  const data = Buffer.alloc(14);
  data.writeUInt16LE(row, 0);
  data.writeUInt16LE(column, 2);
  data.writeUInt16LE(style, 4);
  data.writeDoubleLE(value, 6);
  return record(0x0203, data);
}
/** An RK holding an integer. */
export const rk = (row: number, column: number, style: number, value: number) =>
  record(0x027e, Buffer.concat([u16(row, column, style), u32(((value << 2) | 2) >>> 0)]));
export const mulRk = (row: number, first: number, values: number[]) =>
  record(
    0x00bd,
    Buffer.concat([
      u16(row, first),
      ...values.map((v) => Buffer.concat([u16(0), u32(((v << 2) | 2) >>> 0)])),
      u16(first + values.length - 1),
    ]),
  );
/** A formula whose cached result is a string, given in the STRING record that follows. */
export const stringFormula = (row: number, column: number, text: string) =>
  Buffer.concat([
    record(0x0006, Buffer.concat([u16(row, column, 0), Buffer.from([0, 0, 0, 0, 0, 0, 0xff, 0xff]), Buffer.alloc(6)])),
    record(0x0207, xlString(text)),
  ]);
export const mergeCells = (...ranges: [number, number, number, number][]) =>
  record(0x00e5, Buffer.concat([u16(ranges.length), ...ranges.map((r) => u16(...r))]));
/** A ROW record: its outline level (bits 0-2 of its options), hidden (0x20) or not. */
export const rowRecord = (row: number, level: number, hidden: boolean) =>
  record(0x0208, Buffer.concat([u16(row, 0, 10, 255, 0, 0, (hidden ? 0x20 : 0) | level), Buffer.alloc(2)]));
export const hiddenRow = (row: number) => rowRecord(row, 0, true);
export const hiddenColumns = (first: number, last: number) =>
  record(0x007d, Buffer.concat([u16(first, last, 2000, 15, 1), u16(0)]));

/** A workbook stream: the globals (their records, then the sheets' BOUNDSHEETs placed right) and the sheets. */
export function workbook(globals: Buffer[], sheets: { name: string; hidden?: boolean; records: Buffer[] }[]): Buffer {
  const bodies = sheets.map((s) => Buffer.concat([bof(0x0010), ...s.records, eof()]));
  const boundLength = (s: { name: string }) => boundSheet(0, s.name).length;
  const globalsLength =
    bof(0x0005).length + Buffer.concat(globals).length + sheets.reduce((n, s) => n + boundLength(s), 0) + eof().length;
  let at = globalsLength;
  const bounds = sheets.map((s, i) => {
    const b = boundSheet(at, s.name, s.hidden);
    at += bodies[i]!.length;
    return b;
  });
  return Buffer.concat([bof(0x0005), ...globals, ...bounds, eof(), ...bodies]);
}
