/**
 * Links gate: every same-site link and fragment of both example sites resolves, the public site links nowhere
 * internal, and a broken link in the content fails `npm run build` with the page and the target named.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	checkLinks,
	formatBrokenLinks,
	linkCheckOptions,
} from '../../src/integration/link-check.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { EXAMPLE_INTERNAL, EXAMPLE_PUBLIC } from '../helpers/example-site.ts';
import { fixtureCopy } from '../helpers/fixture.ts';
import { build, ROOT } from '../helpers/run.ts';

const handbook = openHandbook(join(ROOT, 'content')).handbook!;

describe('links', () => {
	it.each([
		['internal', EXAMPLE_INTERNAL],
		['public', EXAMPLE_PUBLIC],
	] as const)('resolve on every page of the example %s site', (site, dir) => {
		const started = performance.now();
		const result = checkLinks(dir, linkCheckOptions(site, handbook));
		console.info(
			`[links] ${site}: ${result.links} same-site links in ${result.files} files, ${Math.round(performance.now() - started)} ms`
		);
		expect(result.links).toBeGreaterThan(100);
		expect(result.broken, formatBrokenLinks(result.broken)).toEqual([]);
	});

	it('fail the build on a broken link, naming the page and the target', () => {
		const content = fixtureCopy('minimal', [
			{
				file: 'runbooks/web/WebsiteDown.mdx',
				replace: [
					'Roll back the last deploy.',
					'Roll back the last deploy ([how](/runbooks/web/rollback/), [ladder](/severity/#sev0)).',
				],
			},
		]);
		const result = build(content, { site: 'internal' });
		expect(result.status).not.toBe(0);
		expect(result.output).toContain('Link check: 2 broken links');
		expect(result.output).toContain(
			'/runbooks/web/websitedown/ → /runbooks/web/rollback/ (no such page)'
		);
		expect(result.output).toContain(
			'/runbooks/web/websitedown/ → /severity/#sev0 (no element with id "sev0" on /severity/)'
		);
	});
});
