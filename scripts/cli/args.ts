/**
 * The argument parser of every `firebreak` verb: node:util's `parseArgs`, strict, with `--help` added and its errors
 * turned into one-line usage errors. The flags several verbs share, `--content <dir>`, `--out <dir>` and
 * `--today YYYY-MM-DD`, are set into FIREBREAK_CONTENT, FIREBREAK_OUT and FIREBREAK_TODAY, so the flag wins over the
 * variable and every process the verb starts (validation, Astro) sees the same value.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolveToday } from '../../src/model/clock.ts';
import { HelpRequested, UsageError } from './command.ts';

/** The shared flags, for a verb's `options`: `{ ...SHARED.content, format: ... }`. */
export const SHARED = {
	content: { content: { type: 'string' } },
	out: { out: { type: 'string' } },
	today: { today: { type: 'string' } },
} as const;

const ENV = {
	content: 'FIREBREAK_CONTENT',
	out: 'FIREBREAK_OUT',
	today: 'FIREBREAK_TODAY',
} as const;

/** What `--help` says of each shared flag. */
export const SHARED_HELP: Record<keyof typeof SHARED, string> = {
	content:
		'--content <dir>     the content folder; overrides FIREBREAK_CONTENT (default ./content)',
	out: '--out <dir>         where the sites go, <dir>/internal/ and <dir>/public/; overrides FIREBREAK_OUT (default ./dist)',
	today:
		"--today YYYY-MM-DD  the day every age and deadline is computed against; overrides FIREBREAK_TODAY (default today in the handbook's timezone)",
};

/** @returns what `parseArgs` returns; throws {@link HelpRequested} for `--help`, {@link UsageError} for a wrong argument */
export function parseCommand<const T extends ParseArgsConfig>(
	config: T
): ReturnType<typeof parseArgs<T>> {
	let parsed;
	try {
		parsed = parseArgs({
			...config,
			options: { ...config.options, help: { type: 'boolean', short: 'h' } },
			strict: true,
		});
	} catch (error) {
		throw new UsageError(usageMessage(error as Error & { code?: string }));
	}
	const values = parsed.values as Record<string, unknown>;
	if (values.help) throw new HelpRequested();
	delete values.help;
	for (const [flag, variable] of Object.entries(ENV)) {
		const value = values[flag];
		if (typeof value !== 'string' || !(flag in (config.options ?? {}))) continue;
		if (flag === 'today') checkDay(value);
		process.env[variable] = value;
	}
	return parsed as ReturnType<typeof parseArgs<T>>;
}

function checkDay(value: string): void {
	try {
		resolveToday('UTC', value);
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
}

/** parseArgs words its errors at length ("To specify a positional argument starting with a '-', place it..."). */
function usageMessage(error: Error & { code?: string }): string {
	const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
	if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${quoted}`;
	if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
		return `unexpected argument ${JSON.stringify(quoted)}`;
	if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
		const option = quoted.split(' ')[0];
		return error.message.includes('argument missing')
			? `option ${option} needs a value`
			: `option ${option} takes no value`;
	}
	throw error;
}
