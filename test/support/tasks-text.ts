// Reading a /tasks answer as a focal point reads it.

/** The second line of a /tasks entry (deadline, days left, state) of a task. */
export const taskLine = (tasks: string, ref: string): string => {
  const lines = tasks.split("\n");
  return lines[lines.findIndex((l) => l.startsWith(`${ref}  `)) + 1]!.trim();
};
