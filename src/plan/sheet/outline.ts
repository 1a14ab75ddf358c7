// Excel's outline (Data > Group): a task's sub-task rows grouped under it, each row carrying its outline level
// (1 in a group, 2 in a group inside it …), a +/- button beside the group to fold it. An office folds groups to
// show the plan's headings on one screen; folding hides every row of the group, and the rows folded away are
// still the plan's tasks, unlike a row hidden on its own (a superseded deadline, a drafting note), which the sheet
// readers leave out. The summary row's "collapsed" flag is no help: LibreOffice's .xls leaves it out. So a group
// is folded when all its rows are hidden: one hidden by hand in a group left open stays hidden.

/** Excel's deepest outline level; a file claiming deeper is read as that deep. */
const DEEPEST = 7;

/**
 * The rows (numbers) of the folded groups: for each level, every run of adjacent rows at that level or deeper
 * (a group, with the groups inside it) whose rows are all hidden.
 */
export function rowsInFoldedGroups(levels: Map<number, number>, hidden: Set<number>): Set<number> {
  const rows = [...levels].filter(([, level]) => level > 0).sort((a, b) => a[0] - b[0]);
  const folded = new Set<number>();
  for (let level = 1; level <= DEEPEST; level++) {
    let run: number[] = [];
    const close = () => {
      if (run.every((row) => hidden.has(row))) for (const row of run) folded.add(row);
      run = [];
    };
    for (const [row, rowLevel] of rows) {
      if (Math.min(rowLevel, DEEPEST) < level || (run.length > 0 && row !== run[run.length - 1]! + 1)) close();
      if (Math.min(rowLevel, DEEPEST) >= level) run.push(row);
    }
    close();
  }
  return folded;
}
