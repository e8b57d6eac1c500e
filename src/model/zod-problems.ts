/**
 * Turns zod 4 issues into `Problem`s a person can act on: the dotted field, what was expected in words, what was found.
 * Custom `error` texts in our schemas are already phrased as "what was expected"; zod's own defaults are reworded.
 */
import type { z } from 'zod';
import { describeValue, type Problem } from './problems.ts';

const TYPE_WORDS: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a mapping of fields',
	date: 'a date',
};

/** Parses `data` with `schema`; on failure returns problems for `file` instead of throwing. */
export function validate<S extends z.ZodType>(
	schema: S,
	data: unknown,
	file: string,
	fieldPrefix = '',
): { data: z.output<S>; problems: [] } | { data?: undefined; problems: Problem[] } {
	const result = schema.safeParse(data, { reportInput: true });
	if (result.success) return { data: result.data, problems: [] };
	return { problems: result.error.issues.map((issue) => issueToProblem(issue, file, fieldPrefix)) };
}

function issueToProblem(issue: z.core.$ZodIssue, file: string, prefix: string): Problem {
	const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
	const field = path || '(file)';
	const input = 'input' in issue ? issue.input : undefined;
	switch (issue.code) {
		case 'unrecognized_keys':
			return {
				file,
				field: issue.keys.map((k) => (path ? `${path}.${k}` : k)).join(', '),
				expected: 'only the documented fields (check the spelling; see the README for this kind of file)',
				found: `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
			};
		case 'invalid_value':
			return { file, field, expected: ownMessage(issue) ?? `one of ${issue.values.map(String).join(', ')}`, found: describeValue(input) };
		case 'invalid_type':
			return {
				file,
				field,
				expected: ownMessage(issue) ?? TYPE_WORDS[issue.expected] ?? issue.expected,
				found: describeValue(input),
			};
		case 'too_small':
			return { file, field, expected: ownMessage(issue) ?? sizeWords('at least', issue.origin, issue.minimum), found: describeValue(input) };
		case 'too_big':
			return { file, field, expected: ownMessage(issue) ?? sizeWords('at most', issue.origin, issue.maximum), found: describeValue(input) };
		default:
			return { file, field, expected: ownMessage(issue) ?? issue.message, found: describeValue(input) };
	}
}

/** zod's default messages start with "Invalid" or "Too"; ours say what is expected. */
function ownMessage(issue: z.core.$ZodIssue): string | undefined {
	return /^(Invalid|Too (small|big))/.test(issue.message) ? undefined : issue.message;
}

function sizeWords(bound: string, origin: string, n: number | bigint): string {
	if (origin === 'array' || origin === 'set') return `${bound} ${n} item${n === 1 ? '' : 's'}`;
	if (origin === 'string') return `${bound} ${n} character${n === 1 ? '' : 's'}`;
	return `a number ${bound} ${n}`;
}
