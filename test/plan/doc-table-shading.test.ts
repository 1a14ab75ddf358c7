// A .doc row's cell shadings come in three lists of at most 22 cells each (sprmTDefTableShd, …Shd2nd, …Shd3rd): a
// weekly Gantt of 52 week columns keeps the bars of its later weeks in the second and third lists.
import { describe, expect, it } from "vitest";
import { rowLayout } from "../../src/plan/doc/tables.ts";

const sprm = (code: number, operand: Buffer) => {
  const head = Buffer.alloc(3);
  head.writeUInt16LE(code, 0);
  head[2] = operand.length;
  return Buffer.concat([head, operand]);
};

/** sprmTDefTable for `count` cells 100 twips wide, with no merges nor borders. */
function defTable(count: number): Buffer {
  const operand = Buffer.alloc(1 + (count + 1) * 2 + count * 20);
  operand[0] = count;
  for (let i = 0; i <= count; i++) operand.writeInt16LE(i * 100, 1 + i * 2);
  const head = Buffer.alloc(4);
  head.writeUInt16LE(0xd608, 0);
  head.writeUInt16LE(operand.length + 1, 2);
  return Buffer.concat([head, operand]);
}

/** SHDs for `count` cells: the listed ones with an orange background, the others automatic. */
function shadings(count: number, shaded: number[]): Buffer {
  const shd = Buffer.alloc(count * 10);
  for (let i = 0; i < count; i++) {
    shd.writeUInt32LE(0xff000000, i * 10);
    shd.writeUInt32LE(shaded.includes(i) ? 0x0031b0f4 : 0xff000000, i * 10 + 4);
  }
  return shd;
}

describe(".doc table shading", () => {
  it("reads the shading of cells after the 22nd from the second and third lists", () => {
    const grpprl = Buffer.concat([
      defTable(50),
      sprm(0xd612, shadings(22, [3])),
      sprm(0xd616, shadings(22, [5])),
      sprm(0xd60c, shadings(6, [1])),
    ]);
    const fills = rowLayout(grpprl, 60).cells.flatMap((c, i) => (c.fill ? [[i, c.fill]] : []));
    expect(fills).toEqual([
      [3, "f4b031"],
      [27, "f4b031"],
      [45, "f4b031"],
    ]);
  });
});
