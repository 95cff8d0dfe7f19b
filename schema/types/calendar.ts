import { z } from 'zod';
import { loadCalendarYear } from '../../calendar/calendar-commands';
import { clientError } from '../../api/errors';
import { calendarYearOf, type StoredCalendarYear } from '../../calendar/calendar-store';
import { builder } from '../builder';

const CalendarYearType = builder.objectRef<StoredCalendarYear>('CalendarYear').implement({
  description: 'One version of a year of the PRC working-day calendar',
  fields: (t) => ({
    year: t.exposeInt('year'),
    version: t.exposeInt('version', { description: '1 for the first load, one more for each correction' }),
    provisional: t.exposeBoolean('provisional', {
      description: "Statutory holidays only, until the State Council's notice fixes the year's arrangement",
    }),
    source: t.exposeString('source'),
    holidays: t.exposeStringList('holidays', { description: 'Days off, YYYY-MM-DD in China time' }),
    workdays: t.exposeStringList('workdays', { description: 'Weekend days worked instead (调休)' }),
    reason: t.exposeString('reason', { nullable: true, description: 'Why this version corrected the one before' }),
    loadedBy: t.exposeString('loadedBy'),
    loadedAt: t.expose('loadedAt', { type: 'DateTime' }),
  }),
});

const year = z.number().int().min(2000).max(2100);
// Whether each entry is a date of the year is the date rule's (calendar-commands), which names
// every bad one at once; a check here would answer first and hide the rest.
const date = z.string().trim();

builder.queryFields((t) => ({
  calendar: t.field({
    type: CalendarYearType,
    description: 'The current version of a year; a year not loaded is an error, never "weekends only"',
    authScopes: { authenticated: true },
    args: { year: t.arg.int({ required: true, validate: year }) },
    resolve: async (_root, args, { prisma }) => {
      const row = await prisma.calendarYear.findFirst({ where: { year: args.year }, orderBy: { version: 'desc' } });
      if (!row) {
        throw clientError(
          'NOT_FOUND',
          `No working-day calendar for ${args.year}: deadlines there count Monday to Friday until an administrator loads it`,
        );
      }
      return calendarYearOf(row);
    },
  }),
  calendarVersions: t.field({
    type: [CalendarYearType],
    description: 'Every version of a year, newest first',
    authScopes: { authenticated: true },
    args: { year: t.arg.int({ required: true, validate: year }) },
    resolve: async (_root, args, { prisma }) =>
      (await prisma.calendarYear.findMany({ where: { year: args.year }, orderBy: { version: 'desc' } })).map(
        calendarYearOf,
      ),
  }),
}));

const CalendarYearInput = builder.inputType('CalendarYearInput', {
  fields: (t) => ({
    year: t.int({ required: true, validate: year }),
    holidays: t.stringList({ required: true, validate: z.array(date).max(120) }),
    workdays: t.stringList({ required: true, validate: z.array(date).max(60) }),
    source: t.string({ required: true, validate: z.string().trim().min(1, 'name the notice or source').max(300) }),
    provisional: t.boolean(),
    reason: t.string({ validate: z.string().max(500) }),
  }),
});

builder.mutationField('loadCalendarYear', (t) =>
  t.field({
    type: CalendarYearType,
    description:
      'Loads or corrects a year (ADMIN). New cases count with it; open cases apply it to their dates from today on',
    authScopes: { role: 'ADMIN' },
    args: { input: t.arg({ type: CalendarYearInput, required: true }) },
    resolve: (_root, { input }, ctx) => loadCalendarYear(ctx, ctx.auth.identity!, input),
  }),
);
