import { readFileSync } from 'node:fs';
import { printedSchema, SCHEMA_FILE } from '../../schema/print';

it('matches the committed schema.graphql (run `npm run schema:print` after an intended change)', () => {
  expect(printedSchema()).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
});

it('keeps the contract of API.md for the catalogue', () => {
  const sdl = printedSchema();
  expect(sdl).toContain('serviceItems(search: String): [ServiceItem!]!');
  expect(sdl).toContain('serviceItem(code: String!');
  for (const field of [
    'code: String!',
    'version: Int!',
    'name: String!',
    'agencies: [Agency!]!',
    'statutoryDays: Int!',
  ]) {
    expect(sdl).toMatch(new RegExp(`type ServiceItem \\{[^}]*${field.replace(/[[\]!]/g, '\\$&')}`));
  }
});
