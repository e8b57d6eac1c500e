/**
 * A failed build leaves nothing to deploy: after a good public build, a build of the same output folder that fails
 * (invalid content, an error-level check, a broken link), by `npm run build` or by a plain `astro build`, exits
 * non-zero and leaves no public output folder, neither the previous one nor a part of its own.
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCopy } from '../helpers/fixture.ts';
import { build } from '../helpers/run.ts';
import { freshOutDir } from './output.ts';

const made: string[] = [];
let previous: string;
beforeAll(() => {
	const good = build('tests/fixtures/minimal', { site: 'public', out: freshOutDir() });
	made.push(good.out);
	expect(good.status, good.output.slice(-2000)).toBe(0);
	previous = join(good.out, 'public');
	expect(existsSync(join(previous, 'index.html'))).toBe(true);
});
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Builds `content` into an output folder that holds the previous good public build. */
function buildOverPrevious(content: string, direct: boolean) {
	const out = freshOutDir();
	cpSync(previous, join(out, 'public'), { recursive: true });
	made.push(out, content);
	return build(content, { site: 'public', out, direct });
}

const invalid = () =>
	fixtureCopy('minimal', [
		{
			file: 'postmortems/2026-10-02-website-down.mdx',
			replace: ['status: published', 'status: publishd'],
		},
	]);
const checkError = () =>
	fixtureCopy('minimal', [
		{ file: 'postmortems/2026-10-02-website-down.mdx', replace: ['owner: sam', 'owner: web'] },
	]);
// A link to the public site's own host survives redaction, so the link check reads it as a same-site link.
const brokenLink = () =>
	fixtureCopy('leaky', [
		{
			file: 'postmortems/2026-11-03-tracking-down.mdx',
			replace: [
				'## What we are changing',
				'See [the details](https://status.quokka.example/no-such-page/).\n\n## What we are changing',
			],
		},
	]);

describe.each([
	['npm run build -- public', false],
	['a plain astro build', true],
])('%s that fails', (_, direct) => {
	it.each([
		['on invalid content', invalid, 'status'],
		['on an error-level check', checkError, 'action-item-owner'],
		['on a broken link', brokenLink, 'Link check: 1 broken link'],
	])('%s exits non-zero and leaves no public output', (_, content, message) => {
		const result = buildOverPrevious(content(), direct);
		expect(result.status).not.toBe(0);
		expect(result.output).toContain(message);
		expect(existsSync(join(result.out, 'public'))).toBe(false);
	});
});
