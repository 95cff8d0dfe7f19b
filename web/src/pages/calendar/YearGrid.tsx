import { Flex, Tag } from 'antd';
import { defineTexts, useText } from '../../i18n';

const texts = defineTexts(
  { holiday: '休', workday: '班', holidayLong: '放假', workdayLong: '调休上班' },
  { holiday: 'off', workday: 'work', holidayLong: 'day off', workdayLong: 'make-up working day' },
);

const pad = (number: number) => String(number).padStart(2, '0');

/** The month's days in weeks from Monday, as the hall's calendars print them; blanks before the 1st. */
function weeksOf(year: number, month: number): Array<Array<number | undefined>> {
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const blanks = (new Date(Date.UTC(year, month, 1)).getUTCDay() + 6) % 7;
  const cells = [...Array<undefined>(blanks), ...Array.from({ length: days }, (_, index) => index + 1)];
  return Array.from({ length: Math.ceil(cells.length / 7) }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

/** A year on twelve months, its days off (休) and make-up working days (班) marked on each. */
export function YearGrid({ year, holidays, workdays }: { year: number; holidays: string[]; workdays: string[] }) {
  const { t, language } = useText(texts);
  const locale = language === 'zh' ? 'zh-CN' : 'en-GB';
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  // 2024-01-01 was a Monday: the week's names in order from it.
  const weekdays = Array.from({ length: 7 }, (_, day) => weekday.format(Date.UTC(2024, 0, 1 + day)));
  const off = new Set(holidays);
  const worked = new Set(workdays);
  return (
    <>
      <Flex gap="small" style={{ marginBottom: 12 }}>
        <Tag color="red">
          {t('holiday')} = {t('holidayLong')}
        </Tag>
        <Tag color="blue">
          {t('workday')} = {t('workdayLong')}
        </Tag>
      </Flex>
      <div style={{ display: 'grid', gap: 16, gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))' }}>
        {Array.from({ length: 12 }, (_, month) => (
          <table key={month} style={{ borderCollapse: 'collapse', width: '100%', textAlign: 'center' }}>
            <caption style={{ fontWeight: 600, padding: 4 }}>{monthName.format(Date.UTC(year, month, 1))}</caption>
            <thead>
              <tr>
                {weekdays.map((name) => (
                  <th key={name} scope="col" style={{ fontWeight: 400, fontSize: 12 }}>
                    {name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeksOf(year, month).map((week, index) => (
                <tr key={index}>
                  {week.map((day, column) => {
                    if (day === undefined) return <td key={column} />;
                    const date = `${year}-${pad(month + 1)}-${pad(day)}`;
                    const mark = off.has(date) ? 'holiday' : worked.has(date) ? 'workday' : undefined;
                    return (
                      <td
                        key={column}
                        title={mark ? `${date} ${t(mark === 'holiday' ? 'holidayLong' : 'workdayLong')}` : date}
                        style={{
                          padding: 2,
                          borderRadius: 4,
                          background: mark === 'holiday' ? '#fff1f0' : mark === 'workday' ? '#e6f4ff' : undefined,
                          color:
                            mark === 'holiday'
                              ? '#a8071a'
                              : mark === 'workday'
                                ? '#003eb3'
                                : column >= 5
                                  ? '#595959'
                                  : undefined,
                        }}
                      >
                        {day}
                        {mark && <div style={{ fontSize: 11, lineHeight: 1 }}>{t(mark)}</div>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </>
  );
}
