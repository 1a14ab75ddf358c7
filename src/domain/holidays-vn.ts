// Days off of Vietnamese public servants, 2019–2027, as announced each year by the
// Government (Labour Code art. 112 plus the yearly notice that moves bridging days).
// Lunar holidays (Tết, Hùng Kings' day) fall on different solar days every year and the
// notice moves the days off around them, so this is data, not a rule; the lunar days it
// holds agree with the lunar calendar's (lunar-calendar.ts; test `holidays-lunar`).
// `working: true` marks a Saturday worked to make up for a bridging day. 2027 follows
// the law's pattern until the yearly notice is out; admins add or correct days with
// `dondoc calendar add`.
import type { CalendarEntry } from "./calendar.ts";

const NEW_YEAR = "Tết Dương lịch";
const TET = "Tết Nguyên đán";
const HUNG_KINGS = "Giỗ Tổ Hùng Vương";
const REUNIFICATION = "Ngày Chiến thắng 30/4";
const LABOUR = "Ngày Quốc tế Lao động 1/5";
const NATIONAL = "Quốc khánh 2/9";
const MAKE_UP = "Làm bù";

function off(name: string, ...dates: string[]): CalendarEntry[] {
  return dates.map((date) => ({ date, name, working: false }));
}
function makeUp(date: string): CalendarEntry {
  return { date, name: MAKE_UP, working: true };
}

export const VIETNAM_DAYS_OFF: readonly CalendarEntry[] = [
  // 2019
  ...off(NEW_YEAR, "2018-12-31", "2019-01-01"),
  makeUp("2019-01-05"),
  ...off(TET, "2019-02-04", "2019-02-05", "2019-02-06", "2019-02-07", "2019-02-08"),
  ...off(HUNG_KINGS, "2019-04-15"),
  ...off(REUNIFICATION, "2019-04-29", "2019-04-30"),
  ...off(LABOUR, "2019-05-01"),
  makeUp("2019-05-04"),
  ...off(NATIONAL, "2019-09-02"),
  // 2020
  ...off(NEW_YEAR, "2020-01-01"),
  ...off(TET, "2020-01-23", "2020-01-24", "2020-01-27", "2020-01-28", "2020-01-29"),
  ...off(HUNG_KINGS, "2020-04-02"),
  ...off(REUNIFICATION, "2020-04-30"),
  ...off(LABOUR, "2020-05-01"),
  ...off(NATIONAL, "2020-09-02"),
  // 2021
  ...off(NEW_YEAR, "2021-01-01"),
  ...off(TET, "2021-02-10", "2021-02-11", "2021-02-12", "2021-02-15", "2021-02-16"),
  ...off(HUNG_KINGS, "2021-04-21"),
  ...off(REUNIFICATION, "2021-04-30"),
  ...off(LABOUR, "2021-05-03"),
  ...off(NATIONAL, "2021-09-02", "2021-09-03"),
  // 2022
  ...off(NEW_YEAR, "2022-01-03"),
  ...off(TET, "2022-01-31", "2022-02-01", "2022-02-02", "2022-02-03", "2022-02-04"),
  ...off(HUNG_KINGS, "2022-04-11"),
  ...off(REUNIFICATION, "2022-05-02"),
  ...off(LABOUR, "2022-05-03"),
  ...off(NATIONAL, "2022-09-01", "2022-09-02"),
  // 2023
  ...off(NEW_YEAR, "2023-01-02"),
  ...off(TET, "2023-01-20", "2023-01-23", "2023-01-24", "2023-01-25", "2023-01-26"),
  ...off(HUNG_KINGS, "2023-05-02"),
  ...off(REUNIFICATION, "2023-05-03"),
  ...off(LABOUR, "2023-05-01"),
  ...off(NATIONAL, "2023-09-01", "2023-09-04"),
  // 2024
  ...off(NEW_YEAR, "2024-01-01"),
  ...off(TET, "2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14"),
  ...off(HUNG_KINGS, "2024-04-18"),
  ...off(REUNIFICATION, "2024-04-29", "2024-04-30"),
  ...off(LABOUR, "2024-05-01"),
  makeUp("2024-05-04"),
  ...off(NATIONAL, "2024-09-02", "2024-09-03"),
  // 2025
  ...off(NEW_YEAR, "2025-01-01"),
  ...off(TET, "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"),
  ...off(HUNG_KINGS, "2025-04-07"),
  ...off(REUNIFICATION, "2025-04-30"),
  ...off(LABOUR, "2025-05-01", "2025-05-02"),
  makeUp("2025-04-26"),
  ...off(NATIONAL, "2025-09-01", "2025-09-02"),
  // 2026
  ...off(NEW_YEAR, "2026-01-01"),
  ...off(TET, "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"),
  ...off(HUNG_KINGS, "2026-04-27"),
  ...off(REUNIFICATION, "2026-04-30"),
  ...off(LABOUR, "2026-05-01"),
  ...off(NATIONAL, "2026-09-01", "2026-09-02"),
  // 2027 (by the law's pattern; check against the yearly notice)
  ...off(NEW_YEAR, "2027-01-01"),
  ...off(TET, "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11"),
  ...off(HUNG_KINGS, "2027-04-16"),
  ...off(REUNIFICATION, "2027-04-30"),
  ...off(LABOUR, "2027-05-03"),
  ...off(NATIONAL, "2027-09-02", "2027-09-03"),
];
