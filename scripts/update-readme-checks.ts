#!/usr/bin/env node
/**
 * Rewrites the generated sections of README.md: the rules table, the findings of the example content on the pinned
 * test day, and the hosting recipes' header blocks (src/model/host-recipes.ts). Run it after changing a rule or the example content; `tests/checks/readme.test.ts` fails
 * until the README matches.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkContent } from '../src/model/checks/report.ts';
import { findingsTable, rulesTable, writeBlock } from '../src/model/checks/readme.ts';
import { RULES } from '../src/model/checks/rules.ts';
import { recipesBlock } from '../src/model/host-recipes.ts';
import { SITES } from '../src/integration/site-context.ts';
import { formatProblems } from '../src/model/problems.ts';

/** The day the README's example findings are computed for (the test suite's pinned clock). */
const EXAMPLE_DAY = '2026-11-23';

const root = resolve(import.meta.dirname, '..');
const result = checkContent(resolve(root, 'content'), EXAMPLE_DAY);
if (!result.report) {
	console.error(formatProblems(result.problems));
	process.exit(1);
}
const path = resolve(root, 'README.md');
let readme = readFileSync(path, 'utf8');
readme = writeBlock(readme, 'rules', rulesTable(RULES));
readme = writeBlock(readme, 'example-findings', findingsTable(result.report.findings));
for (const site of SITES) readme = writeBlock(readme, `headers-${site}`, recipesBlock(site));
writeFileSync(path, readme);
console.log(`README.md: ${RULES.length} rules, ${result.report.findings.length} example findings`);
