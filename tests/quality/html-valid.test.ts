/**
 * Valid-HTML gate: html-validate (config in html-validate-config.ts) finds no error in any HTML file of either example
 * site, and does find the errors planted in a fixture page.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_INTERNAL, EXAMPLE_PUBLIC } from '../helpers/example-site.ts';
import { ROOT } from '../helpers/run.ts';
import { formatHtmlErrors, validateSite } from './html-validate.ts';

describe('valid HTML', () => {
	it.each([
		['internal', EXAMPLE_INTERNAL],
		['public', EXAMPLE_PUBLIC],
	])('has no html-validate error in any HTML file of the example %s site', async (site, dir) => {
		const started = performance.now();
		const { files, errors } = await validateSite(dir);
		console.info(
			`[html-validate] ${site}: ${files} files in ${Math.round(performance.now() - started)} ms`
		);
		expect(files).toBeGreaterThan(10);
		expect(errors, formatHtmlErrors(errors)).toEqual([]);
	});

	it('reports each error of a fixture page with its file, line and rule', async () => {
		const { files, errors } = await validateSite(join(ROOT, 'tests/fixtures/quality-html'));
		expect(files).toBe(1);
		expect(errors.map((e) => `${e.file}:${e.line} ${e.rule}`)).toEqual([
			'invalid.html:10 element-permitted-content',
			'invalid.html:11 no-dup-id',
			'invalid.html:12 no-implicit-button-type',
			'invalid.html:13 wcag/h37',
		]);
	});
});
