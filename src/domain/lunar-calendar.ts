// The Vietnamese lunar calendar, for plans that date their work by it ("trước ngày 20 tháng Chạp năm Ất Tỵ"): a
// lunar day's solar day by Hồ Ngọc Đức's algorithm (new moons and the sun's longitude after Jean Meeus'
// "Astronomical Algorithms"), reckoned at Vietnam's meridian, UTC+7. China reckons at UTC+8, so a Chinese table
// differs from Vietnam's in a few months a century: this is why no Chinese-calendar package is used.
import { makeDate, type IsoDate } from "./dates.ts";

const TIME_ZONE = 7;
const DEGREE = Math.PI / 180;
const SYNODIC_MONTH = 29.530588853;
const NEW_MOON_1900 = 2415021.076998695;

/** The Julian day number of a Gregorian day. */
function julianDay(day: number, month: number, year: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return (
    day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045
  );
}

/** The Gregorian day of a Julian day number. */
function gregorianDay(jd: number): IsoDate | null {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  return makeDate(100 * b + d - 4800 + Math.floor(m / 10), month, day);
}

const sin = (degrees: number) => Math.sin(degrees * DEGREE);

/** The Julian day (with its fraction, UTC) of the k-th new moon after the one of 1 January 1900. */
function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  const jd1 = mean + 0.00033 * sin(166.56 + 132.87 * t - 0.009173 * t2);
  const m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
  const mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
  const f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
  const c1 =
    (0.1734 - 0.000393 * t) * sin(m) +
    0.0021 * sin(2 * m) -
    0.4068 * sin(mpr) +
    0.0161 * sin(2 * mpr) -
    0.0004 * sin(3 * mpr) +
    0.0104 * sin(2 * f) -
    0.0051 * sin(m + mpr) -
    0.0074 * sin(m - mpr) +
    0.0004 * sin(2 * f + m) -
    0.0004 * sin(2 * f - m) -
    0.0006 * sin(2 * f + mpr) +
    0.001 * sin(2 * f - mpr) +
    0.0005 * sin(2 * mpr + m);
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd1 + c1 - deltaT;
}

/** The local day number of the k-th new moon. */
const newMoonDay = (k: number): number => Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);

/** Which of the twelve 30° arcs the sun is in at the start of a local day (0 from the March equinox). */
function sunArc(day: number): number {
  const t = (day - 0.5 - TIME_ZONE / 24 - 2451545.0) / 36525;
  const t2 = t * t;
  const m = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const dl =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * sin(m) + (0.019993 - 0.000101 * t) * sin(2 * m) + 0.00029 * sin(3 * m);
  const longitude = ((l0 + dl) * DEGREE) % (2 * Math.PI);
  return Math.floor(((longitude < 0 ? longitude + 2 * Math.PI : longitude) / Math.PI) * 6);
}

/** The first day of the eleventh lunar month (the one holding the winter solstice) of a solar year. */
function month11(year: number): number {
  const k = Math.floor((julianDay(31, 12, year) - 2415021) / SYNODIC_MONTH);
  const day = newMoonDay(k);
  return sunArc(day) >= 9 ? newMoonDay(k - 1) : day;
}

/** In a year of thirteen months, how many months after the eleventh the leap one comes (the first with no term). */
function leapOffset(start11: number): number {
  const k = Math.floor((start11 - NEW_MOON_1900) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunArc(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunArc(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

/**
 * The solar day of a lunar day: `year` is the lunar year as numbered by the solar year its Tết falls in (Ất Tỵ is
 * 2025, so 23 tháng Chạp Ất Tỵ is 10/02/2026). Null for a day its month does not have (30 of a 29-day month) or a
 * leap month the year does not have.
 */
export function lunarToSolar(day: number, month: number, year: number, leap = false): IsoDate | null {
  if (day < 1 || day > 30 || month < 1 || month > 12) return null;
  const [start, end] = month < 11 ? [month11(year - 1), month11(year)] : [month11(year), month11(year + 1)];
  const k = Math.floor(0.5 + (start - NEW_MOON_1900) / SYNODIC_MONTH);
  let offset = (month + 1) % 12; // months after the eleventh
  if (end - start > 365) {
    const leapAt = leapOffset(start);
    const leapMonth = (leapAt + 10) % 12 || 12;
    if (leap && month !== leapMonth) return null;
    if (leap || offset >= leapAt) offset++;
  } else if (leap) return null;
  const first = newMoonDay(k + offset);
  return day <= newMoonDay(k + offset + 1) - first ? gregorianDay(first + day - 1) : null;
}
