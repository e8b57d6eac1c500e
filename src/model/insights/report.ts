/** `firebreak report`: the figures of /insights/ for one quarter or all, as Markdown for the review meeting or JSON. */
import { formatDuration } from '../time.ts';
import { MEASURES, type Insights } from './insights.ts';
import { quarterOf } from './periods.ts';

export const showMinutes = (minutes: number | undefined) =>
	minutes === undefined ? '—' : formatDuration(minutes);
export const showPercent = (value: number | undefined) => (value === undefined ? '—' : `${value}%`);

/** @returns the insights narrowed to one quarter (every per-quarter list, the months of that quarter). */
export function forQuarter(data: Insights, quarter: string): Insights {
	const months = data.months.filter((month) => quarterOf(month) === quarter);
	return {
		...data,
		quarters: [quarter],
		months,
		byQuarter: data.byQuarter.filter((row) => row.period === quarter),
		byMonth: data.byMonth.filter((row) => months.includes(row.period)),
		response: data.response.filter((row) => row.quarter === quarter),
		followThrough: data.followThrough.filter((row) => row.quarter === quarter),
		recurring: data.recurring.map((row) => ({
			...row,
			byQuarter: { [quarter]: row.byQuarter[quarter] ?? 0 },
		})),
		readiness: data.readiness.filter((column) => column.quarter === quarter),
		drills: data.drills.filter((drill) => drill.quarter === quarter),
	};
}

const table = (head: string[], rows: (string | number)[][]) =>
	[
		`| ${head.join(' | ')} |`,
		`|${head.map(() => '---').join('|')}|`,
		...rows.map((row) => `| ${row.join(' | ')} |`),
	].join('\n');

/** @returns the report as Markdown, one section per page section, in the page's order. */
export function reportMarkdown(data: Insights, title: string): string {
	const label = (id: string) => data.severities.find((s) => s.id === id)!.label;
	const top = data.severities[0]!;
	const range =
		data.quarters.length === 1
			? data.quarters[0]
			: `${data.quarters[0]} to ${data.quarters.at(-1)}`;
	const sections = [
		`# ${title}: ${range}`,
		`As of ${data.today}. Drills are not counted; see Drills.`,
		'## Incidents by severity',
		table(
			['Quarter', ...data.severities.map((s) => s.label), 'Total', `Share at ${top.label}`],
			data.byQuarter.map((row) => [
				row.period,
				...data.severities.map((s) => row.bySeverity[s.id]!),
				row.total,
				showPercent(row.topShare),
			])
		),
		table(
			['Month', ...data.severities.map((s) => s.label), 'Total'],
			data.byMonth.map((row) => [
				row.period,
				...data.severities.map((s) => row.bySeverity[s.id]!),
				row.total,
			])
		),
		'## Response times (median / p90)',
		table(
			[
				'Quarter',
				'Severity',
				'Incidents',
				...MEASURES.map((m) => m.id.toUpperCase()),
				'Acknowledged within target',
			],
			data.response
				.filter((row) => row.measures.ttd.count > 0)
				.map((row) => [
					row.quarter,
					label(row.severity),
					row.measures.ttd.count,
					...MEASURES.map(
						(m) =>
							`${showMinutes(row.measures[m.id].medianMinutes)} / ${showMinutes(row.measures[m.id].p90Minutes)}`
					),
					`${row.ack.withinTarget} of ${row.ack.acknowledged} (${showPercent(row.ack.share)}; target ${showMinutes(row.ack.target)})`,
				])
		),
		'## Postmortems and action items',
		table(
			[
				'Quarter',
				'Postmortems due',
				'On time',
				'Items created',
				'Done by due date',
				'Done late',
				'Open past due',
				"Won't fix",
				'Completion rate',
			],
			data.followThrough.map((row) => [
				row.quarter,
				row.postmortemsDue,
				row.postmortemsOnTime,
				row.created,
				row.doneByDue,
				row.doneLate,
				row.openPastDue,
				row.wontFix,
				showPercent(row.completionRate),
			])
		),
		'## Hotspots (all time)',
		table(
			['Service', 'Incidents', 'Open action items'],
			data.hotspots.map((row) => [row.name, row.incidents, row.openActionItems])
		),
		'### Contributing factors that recur',
		data.recurring.length === 0
			? 'None.'
			: table(
					['Factor', ...data.quarters],
					data.recurring.map((row) => [
						row.factor,
						...data.quarters.map((q) => row.byQuarter[q] ?? 0),
					])
				),
		'## Readiness by quarter',
		table(
			['Measure', ...data.readiness.map((c) => c.quarter)],
			(data.readiness[0]?.scores ?? []).map((score, i) => [
				score.label,
				...data.readiness.map((c) => {
					const s = c.scores[i]!;
					return s.value === undefined ? '—' : s.unit === '%' ? `${s.value}%` : `${s.value} days`;
				}),
			])
		),
		'## Drills',
		data.daysSinceDrill === undefined
			? 'No drill recorded.'
			: `${data.daysSinceDrill} days since the last drill.`,
		...(data.drills.length === 0
			? []
			: [
					table(
						['Day', 'Quarter', 'Drill'],
						data.drills.map((d) => [d.day, d.quarter, d.title])
					),
				]),
	];
	return `${sections.join('\n\n')}\n`;
}
