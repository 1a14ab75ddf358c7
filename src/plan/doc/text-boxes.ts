// Text boxes of a .doc ([MS-DOC] PlcSpaMom, PlcftxbxTxt): a box's text is a story of its own after
// the main text, tied to the shape anchored in the main text by the shape's id (FSPA.spid, the
// story's FTXBXS.lid). LibreOffice saves Word's frames and text boxes this way; the .docx reader
// reads a box's paragraphs where it stands (w:txbxContent), and so does doc/body.ts.

const FSPA = 26;
const FTXBXS = 22;

/**
 * Each text box's story, [from, to) in CPs, by the CP of the character anchoring its shape. `start` and `length`:
 * where the text boxes' stories lie in the text.
 */
export function textBoxStories(
  shapes: Buffer,
  boxes: Buffer,
  start: number,
  length: number,
): Map<number, readonly [number, number]> {
  const stories = new Map<number, readonly [number, number]>();
  const shapeCount = Math.floor((shapes.length - 4) / (4 + FSPA));
  const boxCount = Math.floor((boxes.length - 4) / (4 + FTXBXS));
  if (shapeCount < 1 || boxCount < 1) return stories;
  const byShape = new Map<number, readonly [number, number]>();
  // Stories follow one another; one overlapping the story before would have its text read twice.
  let read = 0;
  for (let i = 0; i < boxCount; i++) {
    const data = (boxCount + 1) * 4 + i * FTXBXS;
    // A reusable entry is a deleted box's, kept for reuse: no shape shows it.
    if (boxes.readUInt16LE(data + 8) !== 0) continue;
    const from = Math.max(read, boxes.readInt32LE(i * 4));
    const to = Math.min(length, boxes.readInt32LE(i * 4 + 4));
    if (from >= to) continue;
    read = to;
    byShape.set(boxes.readInt32LE(data + 14), [start + from, start + to]);
  }
  // Each story is read at one anchor, the first: shapes sharing an id would read it again.
  for (let i = 0; i < shapeCount; i++) {
    const spid = shapes.readInt32LE((shapeCount + 1) * 4 + i * FSPA);
    const story = byShape.get(spid);
    if (!story) continue;
    stories.set(shapes.readInt32LE(i * 4), story);
    byShape.delete(spid);
  }
  return stories;
}
