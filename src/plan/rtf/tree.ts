// The tables an RTF file opens with (\fonttbl, \colortbl, \listtable, \listoverridetable) kept as small trees of
// their groups, control words and bytes, read once they close (fonts.ts, colours.ts, lists.ts). Their size is
// bounded: a table that is no font, colour or list table but a flood of tokens is `unreadable-rtf`.
import { refuse } from "../budget.ts";

export type Item = { word: string; param: number | null } | { byte: number } | { group: Group };
export interface Group {
  items: Item[];
  /** Opened by \*: a destination the reader may not know (\falt, \listname's kin), left out. */
  starred: boolean;
}

/** Items of all the trees of one file together. */
const MAX_ITEMS = 200_000;

export class TreeBuilder {
  readonly root: Group = { items: [], starred: false };
  private open: Group[] = [this.root];
  private count = 0;

  private add(item: Item): void {
    if (++this.count > MAX_ITEMS) refuse("unreadable-rtf", "a table too large");
    this.open.at(-1)!.items.push(item);
  }

  word(word: string, param: number | null): void {
    if (word === "*" && this.open.at(-1)!.items.length === 0) this.open.at(-1)!.starred = true;
    else this.add({ word, param });
  }

  bytes(bytes: Iterable<number>): void {
    for (const byte of bytes) this.add({ byte });
  }

  enter(): void {
    const group: Group = { items: [], starred: false };
    this.add({ group });
    this.open.push(group);
  }

  /** Closes a group; true when it was the tree's own (the destination ends). */
  leave(): boolean {
    this.open.pop();
    return this.open.length === 0;
  }
}

/** A group's control words' parameter, the first one named. */
export function param(group: Group, word: string): number | null | undefined {
  for (const item of group.items) if ("word" in item && item.word === word) return item.param;
  return undefined;
}

export const groups = (group: Group): Group[] =>
  group.items.flatMap((item) => ("group" in item && !item.group.starred ? [item.group] : []));

/** The group's first subgroup opening with `word`. */
export function subgroup(group: Group, word: string): Group | undefined {
  return groups(group).find((g) => {
    const first = g.items[0];
    return first !== undefined && "word" in first && first.word === word;
  });
}
