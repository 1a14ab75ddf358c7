// A table as a text copy holds it (a plan pasted from Word or Excel): one line per row, cells parted by tabs.

export const table = (rows: string[][]) => rows.map((cells) => cells.join("\t")).join("\n");
