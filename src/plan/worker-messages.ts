// What the bot sends its plan worker besides a plan's bytes.

/** Load the readers now, while no plan is waiting (a worker started ahead of the first plan). */
export const PRELOAD = "preload";
