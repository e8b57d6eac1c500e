/**
 * Load and link a content folder in one step: the entry point of the CLI, the integration and the pages.
 * File I/O: reads a file again to find the line of a problem's field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkHandbook } from './link-handbook.ts';
import { loadContent, type LoadOptions } from './load-content.ts';
import type { Handbook } from './handbook.ts';
import type { Problem } from './problems.ts';
import { fieldLocator, type FieldLocator } from './source-file.ts';

/** @returns the handbook, or the complete list of problems that keep it from being built. */
export function openHandbook(
	dir: string,
	options: LoadOptions = {}
): { handbook: Handbook; problems: [] } | { handbook?: undefined; problems: Problem[] } {
	const loaded = loadContent(dir, options);
	if (!loaded.content) return { problems: loaded.problems };
	const linked = linkHandbook(loaded.content);
	const problems = [...loaded.problems, ...withLines(dir, linked.problems)];
	return problems.length > 0 ? { problems } : { handbook: linked.handbook, problems: [] };
}

/**
 * @returns the problems, each found after validation (a broken reference, an unknown rule id) with the line of its
 * field; the files are read again only when they have such a problem
 */
export function withLines(dir: string, problems: readonly Problem[]): Problem[] {
	const locators = new Map<string, FieldLocator | undefined>();
	return problems.map((problem) => {
		if (
			problem.line !== undefined ||
			problem.field.startsWith('(') ||
			!/\.(ya?ml|mdx?)$/.test(problem.file)
		)
			return problem;
		if (!locators.has(problem.file)) locators.set(problem.file, locatorOf(dir, problem.file));
		const line = locators.get(problem.file)?.(problem.field.split('.')).line;
		return line === undefined ? problem : { ...problem, line };
	});
}

function locatorOf(dir: string, file: string): FieldLocator | undefined {
	try {
		return fieldLocator(readFileSync(join(dir, file), 'utf8'), file);
	} catch {
		return undefined; // gone since it was loaded: the problem keeps its file and field
	}
}
