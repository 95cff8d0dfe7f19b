import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { signToken } from '../../api/token';
import { authSecret } from '../../api/secret';
import { readCatalogueDirectory } from '../../service-items/catalogue-files';
import { exited, spawnLianbanScript } from '../helpers/processes';
import { startTestService, type TestService } from '../helpers/service';
import { tempDir } from '../helpers/temp-dir';

let service: TestService;
let token: string;
const dir = tempDir();

async function catalogue(...args: string[]) {
  const run = spawnLianbanScript('catalogue', [...args, '--url', service.url], { LIANBAN_TOKEN: token });
  return { output: await run.output, code: await exited(run.child) };
}

beforeAll(async () => {
  service = await startTestService();
  token = await signToken(
    { sub: 'admin-importer', role: 'ADMIN' },
    { ...service.config.auth, secret: authSecret(service.config), expiresIn: '1h' },
  );
}, 120_000);

afterAll(async () => {
  await service?.stop();
  dir.remove();
});

it('exports an item as the file the release holds, and imports it back as a new version sent for review', async () => {
  const exported = await catalogue('export', 'XC-0002', '--out', dir.path);
  expect(exported).toEqual({ code: 0, output: `wrote ${path.join(dir.path, 'xc-0002-v2.yaml')}\n` });
  const file = path.join(dir.path, 'xc-0002-v2.yaml');
  const { file: _file, ...released } = readCatalogueDirectory().items.find((item) => item.code === 'XC-0002')!;
  expect(parse(readFileSync(file, 'utf8'))).toEqual({ warningDays: 1, ...released });

  const imported = await catalogue('import', file, '--submit');
  expect(imported).toEqual({
    code: 0,
    output: `${file}: drafted XC-0002 v3\n  sent for review: another administrator approves it\n`,
  });
  const version = await service.prisma.serviceItem.findUniqueOrThrow({
    where: { code_version: { code: 'XC-0002', version: 3 } },
  });
  expect(version).toMatchObject({ status: 'IN_REVIEW', draftedBy: 'admin-importer', current: false });
});

it('imports a file without a code as a new item under the coding rule, and names what is wrong by its path', async () => {
  const content = parse(readFileSync(path.join(dir.path, 'xc-0002-v2.yaml'), 'utf8')) as Record<string, unknown>;
  delete content.code;
  delete content.version;
  // A new item's materials are written short: the code they go under is not known yet.
  content.materials = (content.materials as Array<{ code: string }>).map((material) => ({
    ...material,
    code: material.code.replace('XC-0002-', ''),
  }));
  const fresh = path.join(dir.path, 'new.json');
  writeFileSync(fresh, JSON.stringify({ ...content, promisedDays: 30 }));
  const imported = await catalogue('import', fresh, '--submit');
  expect(imported.code).toBe(1);
  expect(imported.output).toMatch(
    /new\.json: drafted XC-\d{4} v1 with problems:\n {2}promisedDays: 30 is more than the 20 statutory days\n {2}not sent for review:\n {2}promisedDays: 30 is more than the 20 statutory days\n/,
  );
});

it('refuses a file that is not an item, changing nothing', async () => {
  const broken = path.join(dir.path, 'broken.yaml');
  writeFileSync(broken, 'name: 缺少其余字段\nstatutoryDays: twenty\n');
  const before = await service.prisma.serviceItem.count();
  const imported = await catalogue('import', broken);
  expect(imported.code).toBe(1);
  expect(imported.output).toContain(`${broken}: not imported\n`);
  expect(imported.output).toMatch(/statutoryDays: /);
  expect(await service.prisma.serviceItem.count()).toBe(before);
});
