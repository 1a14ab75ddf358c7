// A page's number as printers set it: "5", "- 5 -", "Trang 5", "Trang 5/12", "Page 5 of 12", "5 trên 12".
export const PAGE_NUMBER = /^[-–—\s]*(?:(?:trang|page)\s*)?\d{1,4}(?:\s*(?:\/|of|trên)\s*\d{1,4})?[-–—\s]*$/iu;

/**
 * A page number standing on a line of copied text, where nothing places it in a page's margin: one that says it
 * is one ("Trang 5", "5/12", "- 5 -"), not a bare number, which may as well be a row's number.
 */
export const isMarkedPageNumber = (line: string): boolean =>
  PAGE_NUMBER.test(line) && /trang|page|\/|of|trên|[-–—]/iu.test(line);
