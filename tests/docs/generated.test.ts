/**
 * The docs' generated blocks are what the code makes today (the content reference from the zod schemas, the CLI
 * reference from the command definitions, the rules, the header recipes, the example findings), and the README stays
 * the short entry point it is meant to be.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCS_PAGES } from '../../src/integration/docs.ts';
import { COMMANDS } from '../../scripts/cli/commands.ts';
import { RULES } from '../../src/model/checks/rules.ts';
import { EXAMPLE_DAY, GENERATED, ROOT } from '../../scripts/docs/generated.ts';
import { parseFindingsTable, readBlock } from '../../scripts/docs/tables.ts';
import { firebreak } from '../helpers/run.ts';

const REGENERATE = 'out of date: run `node scripts/update-docs.ts`';
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe('generated blocks of the docs', () => {
	it.each(GENERATED.map((g) => [`${g.file} ${g.block}`, g] as const))(
		'%s is what the code makes',
		(_, { file, block, make }) => {
			expect(readBlock(read(file), block), REGENERATE).toBe(make());
		}
	);

	it('name every rule, every CLI verb and every field of handbook.yaml', () => {
		const checks = read('src/docs/checks.md');
		for (const rule of RULES) expect(checks).toContain(`| \`${rule.id}\` |`);
		const cli = read('src/docs/cli.md');
		for (const name of Object.keys(COMMANDS)) expect(cli).toContain(`### firebreak ${name}\n`);
		const reference = read('src/docs/content-reference.md');
		for (const field of [
			'org.timezone',
			'severities[].ackMinutes',
			'redaction.publicTerms',
			'onCall.rotations[].handoffTime',
		]) {
			expect(reference).toContain(`| \`${field}\` |`);
		}
	});

	it(`document exactly the findings the example content gives on ${EXAMPLE_DAY}, none of them errors`, () => {
		const result = firebreak(['check', '--format', 'json', '--today', EXAMPLE_DAY], 'content');
		expect(result.status, result.output).toBe(0);
		const report = JSON.parse(result.stdout);
		const actual = report.findings.map(({ file, field, rule, level }: Record<string, string>) => ({
			file,
			field,
			rule,
			level,
		}));
		expect(actual, REGENERATE).toEqual(
			parseFindingsTable(readBlock(read('CONTRIBUTING.md'), 'example-findings'))
		);
		expect(report.summary.errors).toBe(0);
		expect(actual.length).toBeGreaterThan(0);
	});
});

describe('the manual and the README', () => {
	const files = readdirSync(join(ROOT, 'src/docs')).filter((file) => file.endsWith('.md'));

	it('lists every page of src/docs/ in the sidebar, in order, and no page that does not exist', () => {
		expect(DOCS_PAGES.map((p) => `${p.page}.md`).sort()).toEqual([...files].sort());
	});

	it.each(files)('%s has a title and a description', (file) => {
		const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(read(`src/docs/${file}`))?.[1] ?? '';
		expect(frontmatter).toMatch(/^title: \S/m);
		expect(frontmatter).toMatch(/^description: \S/m);
	});

	it('keeps the README at most 150 lines', () => {
		expect(read('README.md').trimEnd().split('\n').length).toBeLessThanOrEqual(150);
	});

	it('links the README to every page of the manual, CONTRIBUTING.md and the architecture records', () => {
		const readme = read('README.md');
		for (const file of files) expect(readme).toContain(`](src/docs/${file})`);
		for (const file of ['CONTRIBUTING.md', 'src/ARCHITECTURE.md', 'scripts/bench/HISTORY.md']) {
			expect(readme).toContain(`](${file})`);
			expect(read(file).length).toBeGreaterThan(0);
		}
	});
});
