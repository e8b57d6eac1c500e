/**
 * Turns zod 4 issues into `Problem`s a person can act on: the dotted field, its line, what was expected in words, what
 * was found, and the fix for the YAML traps behind most type errors. Custom `error` texts in our schemas are already
 * phrased as "what was expected"; zod's own defaults are reworded.
 */
import type { z } from 'zod';
import { didYouMean } from '../schemas/did-you-mean.ts';
import { describeValue, type Problem } from './problems.ts';
import type { FieldLocator } from './source-file.ts';

const TYPE_WORDS: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a mapping of fields',
	date: 'a date',
};

/**
 * Parses `data` with `schema`; on failure returns problems for `file` instead of throwing.
 * @param locate where the fields of `data` are written (see `fieldLocator`), for the line of each problem
 */
export function validate<S extends z.ZodType>(
	schema: S,
	data: unknown,
	file: string,
	fieldPrefix = '',
	locate?: FieldLocator
): { data: z.output<S>; problems: [] } | { data?: undefined; problems: Problem[] } {
	const result = schema.safeParse(data, { reportInput: true });
	if (result.success) return { data: result.data, problems: [] };
	return {
		problems: result.error.issues.map((issue) => {
			const problem = issueToProblem(issue, file, fieldPrefix);
			const at = locate?.(
				issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path
			);
			const fix = yamlTrap(issue, at?.source) ?? suggestion(schema, issue);
			return { ...problem, ...(at ? { line: at.line } : {}), ...(fix ? { fix } : {}) };
		}),
	};
}

/** YAML 1.2 (js-yaml's core schema) reads these as text, where YAML 1.1 read them as true and false. */
const YAML11_BOOLEANS = /^(y|yes|on|n|no|off)$/i;

/**
 * @param source the value as written in the file, when known
 * @returns how to fix a type error that comes from how YAML reads an unquoted value, if it does
 */
function yamlTrap(issue: z.core.$ZodIssue, source: string | undefined): string | undefined {
	const input = 'input' in issue ? issue.input : undefined;
	const written = source ?? String(input);
	const readAsOther = typeof input === 'boolean' || typeof input === 'number';
	if (
		readAsOther &&
		((issue.code === 'invalid_type' && issue.expected === 'string') ||
			(issue.code === 'invalid_value' && issue.values.map(String).includes(written)))
	) {
		return `quote it: "${written}" (YAML reads an unquoted true, false or number as that type, not as text)`;
	}
	if (
		issue.code === 'invalid_type' &&
		issue.expected === 'boolean' &&
		typeof input === 'string' &&
		YAML11_BOOLEANS.test(input)
	) {
		return `write ${/^(y|yes|on)$/i.test(input) ? 'true' : 'false'}: YAML 1.2 reads an unquoted yes, no, on or off as text, not as true or false`;
	}
	if (
		issue.code === 'invalid_type' &&
		issue.expected === 'array' &&
		typeof input === 'string' &&
		/^-\S/.test(input)
	) {
		return 'write a space after each "-" of the list ("- item"): without it the lines are read as one text';
	}
	return undefined;
}

/**
 * @returns "did you mean" for a value outside an enum (a severity, a status), an unknown field name, or a custom
 * issue whose schema worked out its own suggestion (`params.didYouMean`)
 */
function suggestion(schema: z.ZodType, issue: z.core.$ZodIssue): string | undefined {
	const input = 'input' in issue ? issue.input : undefined;
	if (issue.code === 'invalid_value' && typeof input === 'string')
		return didYouMean(input, issue.values.map(String));
	if (issue.code === 'custom' && typeof issue.params?.didYouMean === 'string')
		return issue.params.didYouMean;
	if (issue.code !== 'unrecognized_keys') return undefined;
	const fields = fieldsAt(schema, issue.path);
	const each = issue.keys.flatMap((key) => {
		const hint = didYouMean(key, fields);
		return hint ? [issue.keys.length === 1 ? hint : `"${key}": ${hint}`] : [];
	});
	return each.length > 0 ? each.join('; ') : undefined;
}

/** The parts of zod 4's schema definitions (`schema._zod.def`) that lead from a schema to the fields at a path. */
interface SchemaDef {
	type: string;
	innerType?: z.ZodType;
	in?: z.ZodType;
	shape?: Record<string, z.ZodType>;
	element?: z.ZodType;
	valueType?: z.ZodType;
}

/** @returns the field names of the object schema at `path` inside `schema` (none when it is not an object). */
function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
	const def = schema._zod.def as SchemaDef;
	const inner = def.innerType ?? def.in; // optional, default, prefault, nullable...; a pipe's input
	if (inner) return fieldsAt(inner, path);
	if (path.length === 0) return def.type === 'object' ? Object.keys(def.shape!) : [];
	const [key, ...rest] = path;
	const next = def.type === 'object' ? def.shape![String(key)] : (def.element ?? def.valueType);
	return next ? fieldsAt(next, rest) : [];
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
				expected:
					'only the documented fields (check the spelling; see the content reference, /firebreak/content-reference/ in the handbook)',
				found: `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
			};
		case 'invalid_value':
			return {
				file,
				field,
				expected: ownMessage(issue) ?? `one of ${issue.values.map(String).join(', ')}`,
				found: describeValue(input),
			};
		case 'invalid_type':
			return {
				file,
				field,
				expected: ownMessage(issue) ?? TYPE_WORDS[issue.expected] ?? issue.expected,
				found: describeValue(input),
			};
		case 'too_small':
			return {
				file,
				field,
				expected: ownMessage(issue) ?? sizeWords('at least', issue.origin, issue.minimum),
				found: describeValue(input),
			};
		case 'too_big':
			return {
				file,
				field,
				expected: ownMessage(issue) ?? sizeWords('at most', issue.origin, issue.maximum),
				found: describeValue(input),
			};
		default:
			return {
				file,
				field,
				expected: ownMessage(issue) ?? issue.message,
				found: describeValue(input),
			};
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
