/**
 * A problem is content the build cannot accept: a file that does not parse, a field that breaks its schema, an id that
 * points nowhere. Each one names the file (relative to the content folder), the field, what was expected and what was
 * found, and prints as one block, file first (the habit of Starlight's `error-map.ts`).
 */
export interface Problem {
	/** Path relative to the content folder, like `incidents/2026-03-04-checkout.mdx`. */
	file: string;
	/** Dotted path of the field, like `actionItems.2.owner`; `(file)` for the file as a whole, `body` for MDX. */
	field: string;
	expected: string;
	found?: string;
	line?: number;
	/** How to fix it, when the usual cause is known (an unquoted `#`, a tab in the indentation...). */
	fix?: string;
}

/** @returns one readable block for a problem. */
export function formatProblem(problem: Problem): string {
	const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
	const lines = [`✖ ${where}`, `  field:    ${problem.field}`, `  expected: ${problem.expected}`];
	if (problem.found !== undefined) lines.push(`  found:    ${problem.found}`);
	if (problem.fix !== undefined) lines.push(`  fix:      ${problem.fix}`);
	return lines.join('\n');
}

/** @returns every problem as a block, then a count line, for the terminal and for thrown build errors. */
export function formatProblems(problems: readonly Problem[]): string {
	const blocks = [...problems].sort(byFile).map(formatProblem);
	const noun = problems.length === 1 ? 'problem' : 'problems';
	return `${blocks.join('\n\n')}\n\nFirebreak found ${problems.length} content ${noun}; nothing was built.`;
}

function byFile(a: Problem, b: Problem): number {
	return (
		a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field)
	);
}

/** @returns a short, quoted description of a value as found in the content. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing (the field is missing)';
	if (value === null) return 'an empty value';
	if (value instanceof Date)
		return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString();
	if (typeof value === 'string')
		return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
	if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
	if (typeof value === 'object')
		return `a mapping with ${
			Object.keys(value)
				.map((k) => `"${k}"`)
				.join(', ') || 'no keys'
		}`;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return `a ${typeof value}`;
}
