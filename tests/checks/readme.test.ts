/** The README documents the rules and the example content's findings; these tests keep it true. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFindingsTable, readBlock, rulesTable } from '../../src/model/checks/readme.ts';
import { RULES } from '../../src/model/checks/rules.ts';
import { recipesBlock } from '../../src/model/host-recipes.ts';
import { firebreak, ROOT, TODAY } from '../helpers/run.ts';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const REGENERATE = 'out of date: run `node scripts/update-readme-checks.ts`';

describe('README', () => {
	it('lists every rule with its default level, summary and fix', () => {
		expect(readBlock(readme, 'rules'), REGENERATE).toBe(rulesTable(RULES));
	});

	it.each(['internal', 'public'] as const)('shows the %s site\'s headers for nginx and CloudFront as _headers has them', (site) => {
		expect(readBlock(readme, `headers-${site}`), REGENERATE).toBe(recipesBlock(site));
	});

	it(`documents exactly the findings the example content gives on ${TODAY}, none of them errors`, () => {
		const result = firebreak(['check', '--format', 'json', '--today', TODAY], 'content');
		expect(result.status, result.output).toBe(0);
		const report = JSON.parse(result.stdout);
		const actual = report.findings.map(({ file, field, rule, level }: Record<string, string>) => ({ file, field, rule, level }));
		expect(actual, REGENERATE).toEqual(parseFindingsTable(readBlock(readme, 'example-findings')));
		expect(report.summary.errors).toBe(0);
		expect(actual.length).toBeGreaterThan(0);
	});
});
