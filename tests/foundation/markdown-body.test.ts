/** The Markdown fast path on the example content: every MDX body there is plain Markdown plus `<Internal>`. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownEquivalent } from '../../src/model/markdown-body.ts';
import { INTERNAL_MARKUP } from '../../src/model/internal-markup.ts';
import { bodyOf } from '../../src/model/source-file.ts';
import { ROOT } from '../helpers/run.ts';

const plain = (body: string) => markdownEquivalent(body, INTERNAL_MARKUP);

describe('markdownEquivalent on the example content', () => {
	it('takes every MDX body of the example content', () => {
		const root = join(ROOT, 'content');
		const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) =>
			file.endsWith('.mdx')
		);
		expect(files.length).toBeGreaterThan(20);
		const needMdx = files.filter(
			(file) => plain(bodyOf(readFileSync(join(root, file), 'utf8'))) === undefined
		);
		expect(needMdx).toEqual([]);
	});
});
