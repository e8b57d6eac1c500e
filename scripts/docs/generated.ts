/**
 * Every generated block of the docs: which file holds it, its marker name and how it is made. `scripts/update-docs.ts`
 * writes them; `tests/docs/generated.test.ts` fails while any file differs from what the code makes.
 */
import { join } from 'node:path';
import { checkContent } from '../../src/model/checks/report.ts';
import { RULES } from '../../src/model/checks/rules.ts';
import { recipesBlock } from '../../src/model/host-recipes.ts';
import { RUNBOOK_URL_PLACEHOLDERS } from '../../src/schemas/runbook-url.ts';
import { formatProblems } from '../../src/model/problems.ts';
import { cliReference } from './cli-reference.ts';
import { contentReference } from './content-reference.ts';
import { cell, findingsTable, rulesTable } from './tables.ts';

export const ROOT = join(import.meta.dirname, '../..');

/** The day the example findings are computed for (the test suite's pinned clock). */
export const EXAMPLE_DAY = '2026-11-23';

export interface GeneratedBlock {
	/** The file, relative to the repository root. */
	file: string;
	/** The marker name: `[//]: # (name:start)` … `[//]: # (name:end)`. */
	block: string;
	make: () => string;
}

/** @returns the findings the example content (`content/`) gives on {@link EXAMPLE_DAY}, as a table. */
function exampleFindings(): string {
	const result = checkContent(join(ROOT, 'content'), EXAMPLE_DAY);
	if (!result.report)
		throw new Error(`The example content is invalid:\n${formatProblems(result.problems)}`);
	return findingsTable(result.report.findings);
}

const placeholders = () =>
	[
		'| placeholder | stands for |',
		'|---|---|',
		...Object.entries(RUNBOOK_URL_PLACEHOLDERS).map(
			([name, meaning]) => `| \`{${name}}\` | ${cell(meaning)} |`
		),
	].join('\n');

export const GENERATED: GeneratedBlock[] = [
	{ file: 'src/docs/content-reference.md', block: 'content-reference', make: contentReference },
	{ file: 'src/docs/cli.md', block: 'cli-reference', make: cliReference },
	{ file: 'src/docs/checks.md', block: 'rules', make: () => rulesTable(RULES) },
	{ file: 'src/docs/alerts.md', block: 'runbook-url-placeholders', make: placeholders },
	{
		file: 'src/docs/deployment.md',
		block: 'headers-internal',
		make: () => recipesBlock('internal'),
	},
	{ file: 'src/docs/deployment.md', block: 'headers-public', make: () => recipesBlock('public') },
	{ file: 'CONTRIBUTING.md', block: 'example-findings', make: exampleFindings },
];
