/** `firebreak check`: load, validate and check the content folder; print the findings; exit 1 on errors. */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentDir } from '../../src/model/content-dir.ts';
import { DEFAULT_ENTRY_CACHE } from '../../src/model/entry-cache.ts';
import { FORMATS, formatReport, type Format } from '../../src/model/checks/format.ts';
import { changedFiles, GitError } from '../../src/model/checks/git-changes.ts';
import { contentPath, PathError } from '../../src/model/checks/path-filter.ts';
import { checkContent } from '../../src/model/checks/report.ts';
import { inPaths, selectFindings } from '../../src/model/checks/select.ts';
import { formatProblems } from '../../src/model/problems.ts';
import { parseCommand, SHARED } from './args.ts';
import { UsageError, type Command } from './command.ts';

export const check: Command = {
	summary: 'validate the content and run the policy checks',
	usage:
		'firebreak check [PATH...] [--changed] [--base REF] [--errors-only] [--content <dir>] [--today YYYY-MM-DD] [--format text|json|github] [--strict] [--no-cache]',
	run(args) {
		const { values, positionals } = parseCommand({
			args,
			options: {
				...SHARED.content,
				...SHARED.today,
				format: { type: 'string', default: 'text' },
				strict: { type: 'boolean', default: false },
				cache: { type: 'boolean', default: true },
				changed: { type: 'boolean', default: false },
				base: { type: 'string' },
				'errors-only': { type: 'boolean', default: false },
			},
			allowNegative: true,
			allowPositionals: true,
		});
		const format = values.format as Format;
		if (!FORMATS.includes(format))
			throw new UsageError(
				`--format must be one of ${FORMATS.join(', ')}; found ${JSON.stringify(values.format)}`
			);
		if (values.strict && values['errors-only'])
			throw new UsageError(
				'--strict fails on warnings, which --errors-only does not list: give one of them'
			);
		const dir = contentDir();
		const paths = selectedPaths(
			dir,
			positionals,
			values.changed || values.base !== undefined,
			values.base
		);
		let result;
		try {
			result = checkContent(
				dir,
				values.today,
				process.env,
				values.cache ? { cacheDir: DEFAULT_ENTRY_CACHE } : {}
			);
		} catch (error) {
			// Only the clock throws here: a --today or FIREBREAK_TODAY that is not a date.
			throw new UsageError(error instanceof Error ? error.message : String(error));
		}
		if (!result.report) {
			console.error(formatProblems(result.problems));
			return 1;
		}
		const report = selectFindings(result.report, paths, {
			tiedToFile: (file) => existsSync(join(dir, file)),
			errorsOnly: values['errors-only'],
		});
		console.log(formatReport(report, format, relative(process.cwd(), dir) || '.'));
		const { errors, warnings } = report.summary;
		return errors > 0 || (values.strict && warnings > 0) ? 1 : 0;
	},
};

/**
 * @returns the content-relative files and folders to report on: those named, the changed ones (within those named,
 * when both are given), or undefined for the whole handbook
 */
function selectedPaths(
	dir: string,
	named: readonly string[],
	changed: boolean,
	base: string | undefined
): string[] | undefined {
	try {
		const paths = named.map((arg) => contentPath(arg, dir));
		if (!changed) return paths.length > 0 ? paths : undefined;
		const files = changedFiles(dir, base);
		return paths.length > 0 ? files.filter((file) => inPaths(file, paths)) : files;
	} catch (error) {
		if (error instanceof PathError || error instanceof GitError)
			throw new UsageError(error.message);
		throw error;
	}
}
