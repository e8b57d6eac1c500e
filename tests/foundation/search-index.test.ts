/**
 * `npm run build` writes the search index after Astro's process has exited (src/integration/upstream/search-index.ts); a plain
 * `astro build` keeps Starlight's own Pagefind run. Both give the site the same index.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../helpers/run.ts';

const entry = (out: string) =>
	JSON.parse(readFileSync(join(out, 'internal/pagefind/pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};

describe('the search index', () => {
	const script = build('tests/fixtures/minimal', { site: 'internal' });
	const plain = build('tests/fixtures/minimal', { site: 'internal', direct: true });
	afterAll(() =>
		[script, plain].forEach(({ out }) => rmSync(out, { recursive: true, force: true }))
	);

	it('is written by npm run build once Astro has finished, not by Starlight inside it', () => {
		expect(script.status, script.output).toBe(0);
		expect(script.output).not.toContain('[starlight:pagefind]');
		expect(script.output).toMatch(/\[search\] \d+ pages indexed in \d+ ms/);
		expect(existsSync(join(script.out, 'internal/pagefind/pagefind.js'))).toBe(true);
	});

	it('is written by Starlight in a plain astro build, with the same pages', () => {
		expect(plain.status, plain.output).toBe(0);
		expect(plain.output).toContain('[starlight:pagefind] Found');
		expect(entry(plain.out).languages).toEqual(entry(script.out).languages);
	});
});
