/** FIREBREAK_CONTENT points the build at another folder (a team's own repository, a fixture). */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureCopy } from '../helpers/fixture.ts';
import { build } from '../helpers/run.ts';

describe('FIREBREAK_CONTENT', () => {
	it('builds the internal site from another folder', () => {
		const result = build('tests/fixtures/minimal', { site: 'internal' });
		expect(result.status, result.output).toBe(0);
		const site = join(result.out, 'internal');
		const runbook = readFileSync(join(site, 'runbooks/web/websitedown/index.html'), 'utf8');
		expect(runbook).toContain('Website is down');
		expect(runbook).toContain('Tiny Co Handbook');
		expect(readFileSync(join(site, 'severity/index.html'), 'utf8')).toContain('Major');
		expect(existsSync(join(site, 'guides/on-call/index.html'))).toBe(true);
		// Nothing of ./content leaks into a build of another folder.
		expect(existsSync(join(site, 'services/checkout-api'))).toBe(false);
	});

	it('skips folders and files starting with _ or . in the model and in Astro alike', () => {
		const dir = fixtureCopy('minimal');
		mkdirSync(join(dir, 'runbooks/_drafts'));
		// Invalid on purpose: were Astro's collection to read it, its schema would fail the build.
		writeFileSync(
			join(dir, 'runbooks/_drafts/Unfinished.mdx'),
			'---\ntitle: Unfinished\nstatus: someday\n---\n'
		);
		writeFileSync(join(dir, 'guides/_notes.mdx'), '---\ndescription: no title\n---\n');
		const result = build(dir, { site: 'internal' });
		expect(result.status, result.output).toBe(0);
		expect(existsSync(join(result.out, 'internal/runbooks/_drafts'))).toBe(false);
	});
});
