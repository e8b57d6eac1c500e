/** The secret scanner finds nothing in the example's built public site: its pages, feeds, API, and the CSS and JS under `_astro/`. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSecrets } from '../../src/model/public/secrets.ts';
import { EXAMPLE_PUBLIC } from '../helpers/example-site.ts';

const TEXT_FILE = /\.(?:html|css|m?js|json|xml|txt|svg|webmanifest)$/;

describe('findSecrets on the built public site', () => {
	it('fires on none of its text files', () => {
		const files = readdirSync(EXAMPLE_PUBLIC, { recursive: true, withFileTypes: true }).filter(
			(e) => e.isFile() && TEXT_FILE.test(e.name)
		);
		expect(files.some((e) => e.parentPath.endsWith('_astro') && e.name.endsWith('.js'))).toBe(true);
		const findings = files.flatMap((e) => {
			const file = join(e.parentPath, e.name);
			const text = readFileSync(file, 'utf8');
			return findSecrets(text).map((s) => `${file} ${s.rule}: ${text.slice(s.start, s.end)}`);
		});
		expect(findings).toEqual([]);
	});
});
