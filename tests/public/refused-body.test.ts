/** MDX is code: a public postmortem body with an expression never runs; the public build stops naming file, line and field. */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureCopy } from '../helpers/fixture.ts';
import { build } from '../helpers/run.ts';
import { freshOutDir } from './output.ts';

describe('a public postmortem whose body holds an MDX expression', () => {
	const content = fixtureCopy('leaky', [
		{
			file: 'postmortems/2026-11-03-tracking-down.mdx',
			replace: [
				'## What we are changing',
				'The key is {process.env.AWS_SECRET_ACCESS_KEY}.\n\n## What we are changing',
			],
		},
	]);
	const result = build(content, { site: 'public', out: freshOutDir() });
	afterAll(() => {
		rmSync(result.out, { recursive: true, force: true });
		rmSync(content, { recursive: true, force: true });
	});

	it('fails the public build with the problem block: file and line, field, what is allowed', () => {
		expect(result.status).not.toBe(0);
		expect(result.output).toMatch(
			/✖ postmortems\/2026-11-03-tracking-down\.mdx:\d+\n\s+field:\s+body\n\s+expected: Markdown and <Internal> blocks only in a public postmortem/
		);
		expect(result.output).toContain('found:    an MDX expression {…}');
		expect(existsSync(join(result.out, 'public/index.html'))).toBe(false);
	});
});
