import { appsUnderTest } from '../helpers/app-server';

/** GraphiQL must work on a machine without internet: everything it loads comes from the service. */
const apps = appsUnderTest();

async function graphiqlPage(production: boolean) {
  const url = await apps.serve({ production });
  const response = await fetch(url, { headers: { accept: 'text/html' } });
  return { url, status: response.status, html: await response.text() };
}

const SCRIPT_OR_STYLE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;

/**
 * What the page would load: `src` and `href` of its markup, `url(…)` in its styles, and the
 * modules its scripts import by name (not those computed at run time); inline code is not read for text that only looks like an attribute.
 */
function references(html: string): string[] {
  const markup = html.replace(SCRIPT_OR_STYLE, '<$1$2></$1>');
  const inline = (tag: string) =>
    [...html.matchAll(SCRIPT_OR_STYLE)]
      .filter((match) => match[1].toLowerCase() === tag)
      .map((match) => match[3])
      .join('\n');
  const patterns = [
    [markup, /\b(?:src|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi],
    [inline('style'), /\burl\(\s*["']?([^"')\s]+)/gi],
    [inline('script'), /\bimport\s*\(\s*["']([^"']+)["']/g],
    [inline('script'), /\bfrom\s*["']((?:https?:)?\/\/[^"']+)/g],
  ] as const;
  return patterns.flatMap(([text, pattern]) =>
    [...text.matchAll(pattern)].map((match) => match.slice(1).find((group) => group !== undefined)!),
  );
}

const isOutside = (reference: string) => /^(https?:)?\/\//i.test(reference);
const isInline = (reference: string) => /^(data|blob|javascript):|^#/i.test(reference);

it('serves GraphiQL whole from the service, loading nothing from another host', async () => {
  const page = await graphiqlPage(false);
  expect(page.status).toBe(200);
  expect(page.html).toContain('GraphiQL');
  const referenced = references(page.html);
  expect(referenced.filter(isOutside)).toEqual([]);
  for (const local of referenced.filter((reference) => !isInline(reference))) {
    const response = await fetch(new URL(local, page.url));
    expect({ local, status: response.status }).toEqual({ local, status: 200 });
  }
});

it('has no GraphiQL in production', async () => {
  const page = await graphiqlPage(true);
  expect(page.html).not.toContain('GraphiQL');
  expect(page.status).not.toBe(200);
});
