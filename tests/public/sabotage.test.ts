/**
 * A public page forced to carry a confidential value must fail the build: the fixture's public summary repeats a
 * sentence of an `<Internal>` block word for word, which redaction cannot know about and the leak scan must catch.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../helpers/run.ts';
import { freshOutDir } from './output.ts';

describe('a public page that carries internal text', () => {
	const result = build('tests/fixtures/public-sabotage', { out: freshOutDir() });
	afterAll(() => rmSync(result.out, { recursive: true, force: true }));

	it('fails the build, naming the file and the value', () => {
		expect(result.status).not.toBe(0);
		// Found in the pages, before Pagefind indexes them (which `npm run build` does after the build).
		expect(result.output).toMatch(
			/Leak scan: confidential content found 8 times in the public site; its output \(.*\) was deleted/
		);
		expect(result.output).toContain(
			'postmortems/2026-11-02-the-web-app-was-unavailable/index.html: "the rollback waited because the release tooling still needs two approvals at night"'
		);
		expect(result.output).toContain(
			'internal text from postmortems/2026-11-02-app-down.mdx (<Internal> at line 21)'
		);
		// The scan names every file that carries the summary: the postmortem list and each feed with the postmortem's item
		// (all, and its component's, in RSS, Atom and JSON Feed); the API carries no summaries.
		expect(result.output).toMatch(/postmortems\/index\.html/);
		for (const feed of [
			'feed.xml',
			'feed.atom',
			'feed.json',
			'feeds/app.xml',
			'feeds/app.atom',
			'feeds/app.json',
		])
			expect(result.output).toContain(`✖ ${feed}: `);
		// One readable block: no stack trace under it.
		expect(result.output).not.toMatch(/Stack trace|at assertNoLeaks/);
	});

	it('leaves no public output behind, while the internal site (built first) stays', () => {
		expect(existsSync(join(result.out, 'public'))).toBe(false);
		expect(existsSync(join(result.out, 'internal/index.html'))).toBe(true);
	});
});
