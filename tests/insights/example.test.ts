/**
 * /insights/ and `firebreak report` against figures this test works out itself from the raw example content (its own
 * YAML reading, time zone, quarter, median and percentile code), with the clock pinned: drills excluded.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { insights } from '../../src/model/insights/insights.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { EXAMPLE_INTERNAL } from '../helpers/example-site.ts';
import { firebreak, ROOT, TODAY } from '../helpers/run.ts';

const CONTENT = join(ROOT, 'content');
const ZONE = 'Europe/Berlin';
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw YAML, read as loosely as the example content is written
type Raw = Record<string, any>;
const frontmatter = (file: string): Raw =>
	load(readFileSync(file, 'utf8').split(/^---$/m)[1]!) as Raw;
const entries = (folder: string) =>
	readdirSync(join(CONTENT, folder))
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => ({ id: f.replace(/\.mdx$/, ''), data: frontmatter(join(CONTENT, folder, f)) }));
const config = load(readFileSync(join(CONTENT, 'handbook.yaml'), 'utf8')) as Raw;

/** A timestamp of the content: with an offset as written, without one in Berlin time (tried at +01:00 and +02:00). */
function instant(value: unknown): number {
	const text = value instanceof Date ? value.toISOString() : String(value).replace(' ', 'T');
	if (/(Z|[+-]\d\d:\d\d)$/.test(text)) return Date.parse(text);
	const wall = text.length === 16 ? `${text}:00` : text;
	for (const offset of ['+01:00', '+02:00']) {
		const at = Date.parse(`${wall}${offset}`);
		if (berlinWall(at) === wall.slice(0, 16)) return at;
	}
	throw new Error(`cannot read ${text}`);
}
const berlinWall = (at: number) =>
	new Intl.DateTimeFormat('sv-SE', {
		timeZone: ZONE,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
	})
		.format(at)
		.replace(' ', 'T');
const berlinDay = (at: number) => berlinWall(at).slice(0, 10);
const quarter = (day: string) =>
	`${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
const day = (value: unknown) =>
	value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
const minutes = (from: unknown, to: unknown) => Math.round((instant(to) - instant(from)) / 60_000);
function medianOf(values: number[]) {
	const s = [...values].sort((a, b) => a - b);
	if (s.length === 0) return undefined;
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}
function p90Of(values: number[]) {
	const s = [...values].sort((a, b) => a - b);
	for (const v of s) if (s.filter((x) => x <= v).length / s.length >= 0.9) return v;
	return undefined;
}
const pct = (part: number, whole: number) =>
	whole === 0 ? undefined : Math.round((1000 * part) / whole) / 10;

const all = entries('incidents');
const real = all.filter((i) => !i.data.drill && berlinDay(instant(i.data.startedAt)) <= TODAY);
const drills = all.filter((i) => i.data.drill);
const postmortems = entries('postmortems');
const ladder: Raw[] = config.severities;
const QUARTERS = ['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];
const realIds = new Set(real.map((i) => i.id));
const items = postmortems
	.filter((p) => realIds.has(p.data.incident))
	.flatMap((p) => p.data.actionItems as Raw[]);

const hb = openHandbook(CONTENT).handbook!;
const model = insights(hb, TODAY);
const cli = JSON.parse(firebreak(['report', '--format', 'json', '--today', TODAY]).stdout);
const html = readFileSync(join(EXAMPLE_INTERNAL, 'insights', 'index.html'), 'utf8');
const text = html
	.replace(/<[^>]+>/g, ' ')
	.replace(/&#39;/g, "'")
	.replace(/&amp;/g, '&')
	.replace(/\s+/g, ' ');

describe(`insights of the example content (clock at ${TODAY})`, () => {
	it('has every quarter from the first incident to today, with something in each chart', () => {
		expect(model.quarters).toEqual(QUARTERS);
		expect(cli.quarters).toEqual(QUARTERS);
		expect(model.byQuarter.every((row) => row.total > 0)).toBe(true);
		expect(
			model.followThrough.filter(
				(row) => row.doneByDue + row.doneLate + row.openPastDue + row.wontFix > 0
			).length
		).toBeGreaterThanOrEqual(4);
	});

	it('counts incidents per quarter and severity, drills apart, with the share at the top severity', () => {
		expect(drills.length).toBeGreaterThan(0);
		for (const q of QUARTERS) {
			const inQ = real.filter((i) => quarter(berlinDay(instant(i.data.startedAt))) === q);
			const counts = Object.fromEntries(
				ladder.map((s) => [s.id, inQ.filter((i) => i.data.severity === s.id).length])
			);
			const expected = {
				period: q,
				bySeverity: counts,
				total: inQ.length,
				topShare: pct(counts[ladder[0]!.id], inQ.length),
			};
			expect(model.byQuarter.find((r) => r.period === q)).toEqual(expected);
			expect(cli.byQuarter.find((r: Raw) => r.period === q)).toEqual(expected);
		}
		expect(model.drills.map((d) => d.id)).toEqual(drills.map((d) => d.id).sort());
		expect(model.byMonth.reduce((sum, row) => sum + row.total, 0)).toBe(real.length);
	});

	it('gives medians, 90th percentiles and the acknowledgement target per quarter and severity', () => {
		const rows = QUARTERS.flatMap((q) =>
			ladder.map((s) => {
				const inQ = real
					.filter(
						(i) => i.data.severity === s.id && quarter(berlinDay(instant(i.data.startedAt))) === q
					)
					.map((i) => i.data);
				const values = {
					ttd: inQ.map((d) => minutes(d.startedAt, d.detectedAt)),
					tta: inQ
						.filter((d) => d.acknowledgedAt)
						.map((d) => minutes(d.detectedAt, d.acknowledgedAt)),
					ttm: inQ.filter((d) => d.mitigatedAt).map((d) => minutes(d.startedAt, d.mitigatedAt)),
					ttr: inQ.filter((d) => d.resolvedAt).map((d) => minutes(d.startedAt, d.resolvedAt)),
				};
				const figure = (v: number[]) => ({
					count: v.length,
					...(v.length ? { medianMinutes: medianOf(v), p90Minutes: p90Of(v) } : {}),
				});
				const met = values.tta.filter((m) => m <= s.ackMinutes).length;
				return {
					quarter: q,
					severity: s.id,
					measures: {
						ttd: figure(values.ttd),
						tta: figure(values.tta),
						ttm: figure(values.ttm),
						ttr: figure(values.ttr),
					},
					ack: {
						target: s.ackMinutes,
						acknowledged: values.tta.length,
						withinTarget: met,
						...(values.tta.length ? { share: pct(met, values.tta.length) } : {}),
					},
				};
			})
		);
		expect(model.response).toEqual(rows);
		expect(cli.response).toEqual(rows);
	});

	it('counts postmortems on time and action-item outcomes per quarter, with the completion rate', () => {
		const holidays = new Set((config.holidays as unknown[]).map(day));
		const deadline = (from: string, n: number) => {
			let d = new Date(`${from}T12:00:00Z`);
			while (n > 0) {
				d = new Date(d.getTime() + 86_400_000);
				const iso = d.toISOString().slice(0, 10);
				if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6 && !holidays.has(iso)) n--;
			}
			return d.toISOString().slice(0, 10);
		};
		const decided = real.flatMap((i) => {
			const rung = ladder.find((s) => s.id === i.data.severity)!;
			if (!rung.postmortem.required || !i.data.resolvedAt) return [];
			const due = deadline(berlinDay(instant(i.data.resolvedAt)), rung.postmortem.dueBusinessDays);
			const pm = postmortems.find((p) => p.data.incident === i.id)?.data;
			const published = pm?.status === 'published' ? day(pm.publishedAt) : undefined;
			if (published === undefined && due >= TODAY) return [];
			return due <= TODAY
				? [{ q: quarter(due), onTime: published !== undefined && published <= due }]
				: [];
		});
		const rows = QUARTERS.map((q) => {
			const due = items.filter((it) => it.due && day(it.due) < TODAY && quarter(day(it.due)) === q);
			const byDue = due.filter(
				(it) => it.status === 'done' && it.closedAt && day(it.closedAt) <= day(it.due)
			).length;
			const counted = due.filter((it) => it.status !== 'wont-fix').length;
			return {
				quarter: q,
				postmortemsDue: decided.filter((d) => d.q === q).length,
				postmortemsOnTime: decided.filter((d) => d.q === q && d.onTime).length,
				created: items.filter((it) => quarter(day(it.createdAt)) === q).length,
				doneByDue: byDue,
				doneLate: due.filter((it) => it.status === 'done').length - byDue,
				openPastDue: due.filter((it) => it.status === 'open' || it.status === 'in-progress').length,
				wontFix: due.filter((it) => it.status === 'wont-fix').length,
				...(counted ? { completionRate: pct(byDue, counted) } : {}),
			};
		});
		expect(model.followThrough).toEqual(rows);
		expect(cli.followThrough).toEqual(rows);
	});

	it('ranks services by incidents and open action items, and counts the recurring factor per quarter', () => {
		const services = readdirSync(join(CONTENT, 'services')).map(
			(f) => load(readFileSync(join(CONTENT, 'services', f), 'utf8')) as Raw
		);
		const rows = services
			.map((s) => {
				const touching = real.filter((i) => i.data.services.includes(s.id));
				const ids = new Set(touching.map((i) => i.id));
				const open = postmortems
					.filter((p) => ids.has(p.data.incident))
					.flatMap((p) => p.data.actionItems as Raw[])
					.filter((it) => it.status === 'open' || it.status === 'in-progress').length;
				return { service: s.id, name: s.name, incidents: touching.length, openActionItems: open };
			})
			.filter((r) => r.incidents > 0 || r.openActionItems > 0)
			.sort(
				(a, b) =>
					b.incidents - a.incidents ||
					b.openActionItems - a.openActionItems ||
					a.name.localeCompare(b.name)
			);
		expect(model.hotspots).toEqual(rows);
		expect(cli.hotspots).toEqual(rows);
		const factor = model.recurring[0]!.factor.toLowerCase();
		const byQuarter = Object.fromEntries(QUARTERS.map((q) => [q, 0]));
		for (const p of postmortems) {
			const incident = real.find((i) => i.id === p.data.incident);
			if (
				incident &&
				(p.data.contributingFactors as string[]).some((f) => f.toLowerCase().trim() === factor)
			)
				byQuarter[quarter(berlinDay(instant(incident.data.startedAt)))]! += 1;
		}
		expect(model.recurring[0]!.byQuarter).toEqual(byQuarter);
	});

	it("gives the readiness measures per quarter, today's snapshot last, and the days since the last drill", () => {
		const lastDrill = drills
			.map((d) => berlinDay(instant(d.data.startedAt)))
			.sort()
			.at(-1)!;
		const days = Math.round(
			(Date.parse(`${TODAY}T00:00:00Z`) - Date.parse(`${lastDrill}T00:00:00Z`)) / 86_400_000
		);
		expect(model.daysSinceDrill).toBe(days);
		expect(model.readiness.map((c) => c.asOf)).toEqual([
			'2025-12-31',
			'2026-03-31',
			'2026-06-30',
			'2026-09-30',
			TODAY,
		]);
		const since = (asOf: string) =>
			model.readiness.find((c) => c.asOf === asOf)!.scores.find((s) => s.id === 'daysSinceDrill')!
				.value;
		expect(since('2025-12-31')).toBeUndefined();
		expect(since('2026-09-30')).toBe(
			Math.round((Date.parse('2026-09-30') - Date.parse(lastDrill)) / 86_400_000)
		);
	});

	it('shows the same figures on the built page, each chart with its data table', () => {
		const charts = html.match(/<svg class="fb-stacked"[^>]*>/g) ?? [];
		expect(charts.length).toBe(3);
		for (const svg of charts)
			expect(svg).toMatch(/role="img" aria-labelledby="[^"]+" aria-describedby="[^"]+"/);
		expect(html.match(/<details>\s*<summary>Data table:/g)?.length).toBe(3);
		for (const row of model.byQuarter) {
			expect(text).toContain(
				`${row.period} ${ladder
					.map((s) => row.bySeverity[s.id])
					.reverse()
					.join(' ')} ${row.total} ${row.topShare}%`
			);
		}
		for (const row of model.followThrough)
			expect(text).toContain(
				`${row.quarter} ${row.postmortemsDue} ${row.postmortemsOnTime} ${row.created} ${row.completionRate === undefined ? '—' : `${row.completionRate}%`}`
			);
		expect(text).toContain(`${model.daysSinceDrill} days since the last drill.`);
		expect(html.slice(html.indexOf('<main'), html.indexOf('</main>'))).not.toContain('<script');
	});
});

describe('firebreak report', () => {
	it('narrows to one quarter in Markdown, and refuses a wrong option with exit 2 and one line', () => {
		const md = firebreak(['report', '--quarter', '2026Q3', '--today', TODAY]);
		expect(md.status).toBe(0);
		const q3 = model.followThrough.find((r) => r.quarter === '2026-Q3')!;
		expect(md.stdout).toContain(
			`| 2026-Q3 | ${q3.postmortemsDue} | ${q3.postmortemsOnTime} | ${q3.created} | ${q3.doneByDue} | ${q3.doneLate} | ${q3.openPastDue} | ${q3.wontFix} | ${q3.completionRate}% |`
		);
		expect(md.stdout).not.toContain('| 2026-Q2 |');
		for (const args of [
			['--format', 'xml'],
			['--quarter', '2026-13'],
			['--quarter', '2031Q1'],
			['--bogus'],
		]) {
			const wrong = firebreak(['report', ...args, '--today', TODAY]);
			expect(wrong.status, args.join(' ')).toBe(2);
			expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
		}
		expect(firebreak(['report', '--help']).stdout).toContain(
			'firebreak report [--quarter 2026Q3] [--format md|json]'
		);
	});
});
