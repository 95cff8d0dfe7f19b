import chineseDays from 'chinese-days/dist/chinese-days.json';
import type { CalendarYear } from '../domain/calendar';

/**
 * The PRC working-day calendar the seed loads. Announced years come from the `chinese-days`
 * package, which tracks the State Council General Office's yearly notice on public holidays
 * (国务院办公厅关于…部分节假日安排的通知); upgrading the package brings new years.
 */
const CHINESE_DAYS = 'chinese-days 1.5.7 (State Council General Office holiday notices)';

function announcedYear(year: number): CalendarYear {
  const inYear = (dates: Record<string, string>) => Object.keys(dates).filter((date) => date.startsWith(`${year}-`));
  return {
    year,
    version: 1,
    provisional: false,
    source: CHINESE_DAYS,
    holidays: inYear(chineseDays.holidays).sort(),
    workdays: inYear(chineseDays.workdays).sort(),
  };
}

/**
 * 2027 until its notice is published (usually in November of the year before): the statutory
 * days of 《全国年节及纪念日放假办法》 (2024 revision, Art. 2), lunar dates converted. The notice
 * adds bridging days and make-up working days; load it with `loadCalendarYear` when it comes.
 */
const PROVISIONAL_2027: CalendarYear = {
  year: 2027,
  version: 1,
  provisional: true,
  source: '《全国年节及纪念日放假办法》 (2024) Art. 2, statutory days only; no 2027 notice yet',
  holidays: [
    '2027-01-01', // 元旦
    '2027-02-05', // 春节: 除夕 (腊月廿九, no 三十 in 2027) and 初一 to 初三
    '2027-02-06',
    '2027-02-07',
    '2027-02-08',
    '2027-04-05', // 清明
    '2027-05-01', // 劳动节
    '2027-05-02',
    '2027-06-09', // 端午 (五月初五)
    '2027-09-15', // 中秋 (八月十五)
    '2027-10-01', // 国庆节
    '2027-10-02',
    '2027-10-03',
  ],
  workdays: [],
};

export const PRC_CALENDAR_YEARS: CalendarYear[] = [announcedYear(2025), announcedYear(2026), PROVISIONAL_2027];
