// Word's property modifiers ([MS-DOC] 2.6, Sprm): a list of (sprm, operand) pairs where the sprm's
// top three bits (spra) say the operand's size. A property list is read to its end and no further:
// an operand whose size runs past the list ends it, so a hostile length cannot read other bytes.

export interface Sprm {
  code: number;
  /** The operand, without the length byte(s) of a variable-size one. */
  operand: Buffer;
}

/** sprmTDefTable and sprmPChgTabs: variable operands whose size is not one leading byte. */
export const TDEF_TABLE = 0xd608;
export const CHG_TABS = 0xc615;

const FIXED: Record<number, number> = { 0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3 };

export function* sprms(list: Buffer): Generator<Sprm> {
  let at = 0;
  while (at + 2 <= list.length) {
    const code = list.readUInt16LE(at);
    at += 2;
    const spra = code >> 13;
    let size = FIXED[spra];
    if (size === undefined) {
      if (code === TDEF_TABLE) {
        if (at + 2 > list.length) return;
        // Its size counts itself, plus one.
        size = Math.max(0, list.readUInt16LE(at) - 1);
        at += 2;
      } else if (code === CHG_TABS && list[at] === 255) {
        // A size of 255 is a placeholder: the two lists of tabs say their own sizes.
        const deleted = list[at + 1] ?? 0;
        const added = list[at + 2 + deleted * 4] ?? 0;
        size = 1 + deleted * 4 + 1 + added * 3;
        at += 1;
      } else {
        if (at + 1 > list.length) return;
        size = list[at]!;
        at += 1;
      }
    }
    if (at + size > list.length) return;
    yield { code, operand: list.subarray(at, at + size) };
    at += size;
  }
}

/** A toggle's operand: 0 off, 1 on, 0x80 as the style says, 0x81 the opposite of it. */
export function toggle(operand: Buffer, fromStyle: boolean): boolean {
  const value = operand[0] ?? 0;
  if (value === 0x80) return fromStyle;
  if (value === 0x81) return !fromStyle;
  return value === 1;
}
