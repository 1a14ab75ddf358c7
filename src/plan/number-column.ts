// The title of a table's number column, folded: "STT", "TT", "Số TT", "STT." — one pattern for every reader that
// tells a table by its header.
export const NUMBER_TITLE = /^(so )?s?tt\.?$/;
