/**
 * Generated Markdown blocks of the docs: each sits between `[//]: # (name:start)` and `[//]: # (name:end)` markers in
 * its file (link reference definitions, which Markdown renders as nothing, unlike an HTML comment that every page
 * would ship); `scripts/update-docs.ts` rewrites them and `tests/docs/generated.test.ts` compares them, so the docs cannot
 * drift from the code. This module holds the markers and the tables about checks: the rules (from each rule's
 * `summary` and `fix`) and the findings the example content gives on the pinned day.
 */
import escapeStringRegexp from 'escape-string-regexp';
import type { Finding, Rule } from '../../src/model/checks/types.ts';

/**
 * @returns text fit for one cell of a Markdown table: pipes escaped, one line, and `<` outside code spans written as
 * `&lt;` (descriptions say `<service>`, which Markdown would read as a tag)
 */
export const cell = (text: string) =>
	text
		.replace(/\|/g, '\\|')
		.replace(/\n/g, ' ')
		.split('`')
		.map((part, i) => (i % 2 === 0 ? part.replace(/</g, '&lt;') : part))
		.join('`');

/** @returns the rules table: id, default level, what it checks, how to fix. */
export function rulesTable(rules: readonly Rule[]): string {
	return [
		'| rule | default | checks | fix |',
		'|---|---|---|---|',
		...rules.map(
			(r) => `| \`${r.id}\` | ${r.defaultLevel} | ${cell(r.summary)} | ${cell(r.fix)} |`
		),
	].join('\n');
}

/** The part of a finding the docs document (messages carry day counts; these four say what and where). */
export type DocumentedFinding = Pick<Finding, 'file' | 'field' | 'rule' | 'level'>;

/** @returns the findings as a table of file, field, rule and level. */
export function findingsTable(findings: readonly DocumentedFinding[]): string {
	return [
		'| file | field | rule | level |',
		'|---|---|---|---|',
		...findings.map((f) => `| ${cell(f.file)} | \`${f.field}\` | \`${f.rule}\` | ${f.level} |`),
	].join('\n');
}

/** @returns the rows of a table made by `findingsTable`. */
export function parseFindingsTable(table: string): DocumentedFinding[] {
	return table
		.split('\n')
		.slice(2)
		.filter((line) => line.startsWith('|'))
		.map((line) => {
			const [file, field, rule, level] = line
				.slice(1, -1)
				.split(' | ')
				.map((c) => c.trim().replace(/^`|`$/g, ''));
			return { file: file!, field: field!, rule: rule!, level: level as Finding['level'] };
		});
}

const marker = (name: string, end: 'start' | 'end') => `[//]: # (${name}:${end})`;

/** The block's markers and the text between them, which blank lines keep apart from the markers in Markdown. */
const blockPattern = (name: string) =>
	new RegExp(
		`(${escapeStringRegexp(marker(name, 'start'))}\\n)\\n?([\\s\\S]*?)\\n*(${escapeStringRegexp(marker(name, 'end'))})`
	);

/** @returns the text between the markers of block `name`; throws when they are missing. */
export function readBlock(readme: string, name: string): string {
	const match = blockPattern(name).exec(readme);
	if (!match)
		throw new Error(`the file has no ${marker(name, 'start')} ... ${marker(name, 'end')} block`);
	return match[2]!;
}

/** @returns the text with block `name` replaced by `content`. */
export function writeBlock(readme: string, name: string, content: string): string {
	readBlock(readme, name);
	return readme.replace(
		blockPattern(name),
		(_, start: string, _old: string, end: string) => `${start}\n${content}\n\n${end}`
	);
}
