// The upper row of a two-row header, in a Word table or a worksheet: a group title merged
// across its sub-columns ("Trách nhiệm thực hiện" over "Chủ trì" and "Phối hợp") beside
// labels merged down over both rows ("TT", "Nhiệm vụ"). Its labels merged down are shown
// once, as typed, where a value merged down in the body is given to every row it covers.
// A body row may merge across and down too, but it also holds cells merged neither way.

export interface HeaderCell {
  /** Merged across columns only. */
  across: boolean;
  /** The first of cells merged down. */
  down: boolean;
  filled: boolean;
}

export function isGroupHeader(cells: HeaderCell[]): boolean {
  return (
    cells.some((c) => c.across) && cells.some((c) => c.down) && cells.every((c) => c.across || c.down || !c.filled)
  );
}
