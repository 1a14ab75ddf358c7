// A table's time column may write a month as its number and year alone, "01/2026" or "12/2025", beside dates in full
// ("30/11/2025"): with no day, it is that month, due by its end as "Tháng 01/2026" is (a note under such a table says
// so: "Thời gian ghi tháng/năm (mm/yyyy) là … hoàn thành trong tháng đó"). Only the whole cell: "Văn bản số 12/2025"
// or a day written "5/12/2025" is no month.

import { MONTH } from "./month-numbers.ts";

const MONTH_YEAR = new RegExp(String.raw`^(${MONTH})\s*[/.-]\s*(\d{4})$`, "u");

/** The time cell as the month it names when it is a month and year alone ("01/2026" → "Tháng 01/2026"), else as is. */
export function monthYearTime(time: string): string {
  const month = MONTH_YEAR.exec(time.trim());
  return month ? `Tháng ${month[1]}/${month[2]}` : time;
}
