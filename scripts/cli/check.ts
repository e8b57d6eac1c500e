/** `firebreak check`: load, validate and check the content folder; print the findings; exit 1 on errors. */
import { relative } from 'node:path';
import { contentDir } from '../../src/model/content-dir.ts';
import { DEFAULT_ENTRY_CACHE } from '../../src/model/entry-cache.ts';
import { FORMATS, formatReport, type Format } from '../../src/model/checks/format.ts';
import { checkContent } from '../../src/model/checks/report.ts';
import { formatProblems } from '../../src/model/problems.ts';
import { parseCommand, SHARED } from './args.ts';
import { UsageError, type Command } from './command.ts';

export const check: Command = {
	summary: 'validate the content and run the policy checks',
	usage: 'firebreak check [--content <dir>] [--today YYYY-MM-DD] [--format text|json|github] [--strict] [--no-cache]',
	run(args) {
		const { values } = parseCommand({
			args,
			options: { ...SHARED.content, ...SHARED.today, format: { type: 'string', default: 'text' }, strict: { type: 'boolean', default: false }, cache: { type: 'boolean', default: true } },
			allowNegative: true,
		});
		const format = values.format as Format;
		if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; found ${JSON.stringify(values.format)}`);
		const dir = contentDir();
		let result;
		try {
			result = checkContent(dir, values.today, process.env, values.cache ? { cacheDir: DEFAULT_ENTRY_CACHE } : {});
		} catch (error) {
			// Only the clock throws here: a --today or FIREBREAK_TODAY that is not a date.
			throw new UsageError(error instanceof Error ? error.message : String(error));
		}
		if (!result.report) {
			console.error(formatProblems(result.problems));
			return 1;
		}
		console.log(formatReport(result.report, format, relative(process.cwd(), dir) || '.'));
		const { errors, warnings } = result.report.summary;
		return errors > 0 || (values.strict && warnings > 0) ? 1 : 0;
	},
};
