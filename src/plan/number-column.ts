// The title of a table's number column, folded: "STT", "TT", "Số TT", "STT." — one pattern for every reader that
// tells a table by its header. Spelled out ("Số thứ tự", "Thứ tự"), or in a table of steps the step's number ("Bước",
// "Các bước", "Trình tự"): the title alone, never "Các bước thực hiện", which heads the steps' own words.
export const NUMBER_TITLE = /^(?:(so )?(?:s?tt\.?|thu tu)|(?:cac )?buoc|trinh tu)$/;

/** A number column's cell holding a row's number and nothing else: "11", "2.3.", "4.1.2". */
export const NUMBER_CELL = /^\d{1,6}(?:\.\d{1,3})*\.?$/;
