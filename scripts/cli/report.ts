/** `firebreak report`: the /insights/ figures for the quarterly review, as Markdown or JSON, from the same model. */
import { contentDir } from '../../src/model/content-dir.ts';
import { resolveToday } from '../../src/model/clock.ts';
import { insights } from '../../src/model/insights/insights.ts';
import { parseQuarter } from '../../src/model/insights/periods.ts';
import { forQuarter, reportMarkdown } from '../../src/model/insights/report.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { formatProblems } from '../../src/model/problems.ts';
import { parseCommand, SHARED } from './args.ts';
import { UsageError, type Command } from './command.ts';

const FORMATS = ['md', 'json'] as const;

export const reportCommand: Command = {
	summary:
		'incidents, response times and follow-through per quarter, for the quarterly review (Markdown or JSON)',
	usage:
		'firebreak report [--quarter 2026Q3] [--format md|json] [--content <dir>] [--today YYYY-MM-DD]',
	run(args) {
		const { values } = parseCommand({
			args,
			options: {
				...SHARED.content,
				...SHARED.today,
				quarter: { type: 'string' },
				format: { type: 'string', default: 'md' },
			},
		});
		const format = values.format as (typeof FORMATS)[number];
		if (!FORMATS.includes(format))
			throw new UsageError(
				`--format must be one of ${FORMATS.join(', ')}; found ${JSON.stringify(values.format)}`
			);
		const quarter = values.quarter === undefined ? undefined : parseQuarter(values.quarter);
		if (values.quarter !== undefined && quarter === undefined)
			throw new UsageError(
				`--quarter must be a quarter like 2026Q3; found ${JSON.stringify(values.quarter)}`
			);
		const opened = openHandbook(contentDir());
		if (!opened.handbook) {
			console.error(formatProblems(opened.problems));
			return 1;
		}
		const handbook = opened.handbook;
		let today;
		try {
			today = resolveToday(handbook.config.org.timezone, values.today);
		} catch (error) {
			throw new UsageError(error instanceof Error ? error.message : String(error));
		}
		const all = insights(handbook, today);
		if (quarter !== undefined && !all.quarters.includes(quarter))
			throw new UsageError(
				`--quarter ${quarter} has no data as of ${today}: give one of ${all.quarters.join(', ')}`
			);
		const data = quarter === undefined ? all : forQuarter(all, quarter);
		process.stdout.write(
			format === 'json'
				? `${JSON.stringify(data, null, 2)}\n`
				: reportMarkdown(data, `${handbook.config.org.name} incident report`)
		);
		return 0;
	},
};
