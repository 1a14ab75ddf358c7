// The title of a table's number column, folded: "STT", "TT", "Số TT", "STT." — one pattern for every reader that
// tells a table by its header.
export const NUMBER_TITLE = /^(so )?s?tt\.?$/;

/** A number column's cell holding a row's number and nothing else: "11", "2.3.", "4.1.2". */
export const NUMBER_CELL = /^\d{1,6}(?:\.\d{1,3})*\.?$/;
