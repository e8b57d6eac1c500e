/** The benchmark's table on stdout: one column per size, one row per figure. */
import { readFileSync } from 'node:fs';
import type { BenchReport, BuildTiming, SizeResult, Timing } from './build-cost.ts';
import { readHistory } from './history.ts';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;
const time = (t: Timing) =>
	`${seconds(t.wallMs)} / ${mib(t.peakRssBytes)} (${mib(t.peakProcessRssBytes)})`;
const share = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

/**
 * Prints the report as a Markdown table: the current figures of the manual (src/docs/performance.md); `--record`
 * keeps each run in scripts/bench/history.jsonl (history.ts).
 */
export function printReport(report: BenchReport): void {
	const { machine } = report;
	console.log(
		`\nFirebreak build cost — ${report.date.slice(0, 10)}, ${machine.cpus} × ${machine.cpuModel}, ${mib(machine.memoryBytes)} RAM, Node ${machine.node}, seed ${report.seed}, median of ${report.repeat.join('/')} round(s) per size\n`
	);
	for (const { entries, check } of report.checkOnly) {
		const runs = (t: Timing & { runsMs: number[] }) =>
			`${seconds(t.wallMs)} median of ${t.runsMs.map(seconds).join(', ')}`;
		console.log(
			`firebreak check, ${entries} entries: ${runs(check.cold)}; with its entry cache ${runs(check.warm)}; peak RSS ${mib(check.cold.peakRssBytes)} (load ${check.cold.loadBefore.toFixed(1)})`
		);
	}
	if (report.sizes.length === 0) return;
	const publish: [string, (size: SizeResult) => string][] = [
		['public build, cold: time / peak RSS (largest process)', (s) => time(s.public)],
		[
			'**time to publish an update**: `incident update` + `build public --incremental`',
			(s) =>
				`**${seconds(s.publishUpdate.wallMs)}** (${seconds(s.publishUpdate.updateMs)} + ${seconds(s.publishUpdate.build.wallMs)})`,
		],
		[
			'how it published',
			(s) =>
				s.publishUpdate.fast
					? 'fast, from the previous build'
					: `with Astro: ${s.publishUpdate.notFastBecause}`,
		],
		[
			'load average at start: update / publish',
			(s) =>
				`${(s.publishUpdate.updateLoadBefore ?? Number.NaN).toFixed(1)} / ${s.publishUpdate.build.loadBefore.toFixed(1)}`,
		],
		[
			'the same update with a full public build instead (warm caches)',
			(s) => seconds(s.publishUpdate.updateMs + s.publishUpdate.fullBuild.wallMs),
		],
	];
	// Every figure but the publish's, absent from a `--publish-only` run.
	const all: [string, (size: Required<SizeResult>) => string][] = [
		[
			'content (runbooks / incidents / postmortems / alerts)',
			(s) =>
				`${s.content.runbooks} / ${s.content.incidents} / ${s.content.postmortems} / ${s.content.alerts}`,
		],
		[
			'`firebreak check`: time / with its entry cache / peak RSS',
			(s) =>
				`${seconds(s.check.cold.wallMs)} / ${seconds(s.check.warm.wallMs)} / ${mib(s.check.cold.peakRssBytes)}`,
		],
		['internal build, cold: time / peak RSS (largest process)', (s) => time(s.internal)],
		['plain Starlight, same bodies: time / peak RSS (largest process)', (s) => time(s.baseline)],
		['**internal ÷ baseline**', (s) => `**${s.ratio.toFixed(2)}×**`],
		[
			'rebuild, unchanged content: internal / baseline',
			(s) => `${seconds(s.internalRebuild.wallMs)} / ${seconds(s.baselineRebuild.wallMs)}`,
		],
		['**rebuild: internal ÷ baseline**', (s) => `**${s.rebuildRatio.toFixed(2)}×**`],
		[
			'pages built: internal / public / baseline',
			(s) => `${s.internal.pages} / ${s.public.pages} / ${s.baseline.pages}`,
		],
		[
			'output: internal / public / baseline',
			(s) =>
				`${mib(s.internal.outputBytes)} / ${mib(s.public.outputBytes)} / ${mib(s.baseline.outputBytes)}`,
		],
		[
			'Pagefind index: internal / public / baseline',
			(s) =>
				`${mib(s.internal.pagefindBytes)} / ${mib(s.public.pagefindBytes)} / ${mib(s.baseline.pagefindBytes)}`,
		],
		[
			'cards, cold internal build: rendered / card process time / build time spent on cards (share)',
			(s) => cardCost(s.internal, s.internal.cards.rendered),
		],
		[
			'cards, cold public build: rendered / card process time / build time spent on cards (share)',
			(s) => cardCost(s.public, s.public.cards.rendered),
		],
		[
			'cards, internal rebuild: from cache / card process time / build time spent on cards (share)',
			(s) => cardCost(s.internalRebuild, s.internalRebuild.cards.fromCache),
		],
		[
			'load average at start: check / internal / public / incremental publish / baseline',
			(s) =>
				[s.check.cold, s.internal, s.public, s.publishUpdate.build, s.baseline]
					.map((t) => t.loadBefore.toFixed(1))
					.join(' / '),
		],
		[
			'builds retried after a failure',
			(s) =>
				String(
					[
						s.internal,
						s.internalRebuild,
						s.public,
						s.publishUpdate.build,
						s.publishUpdate.fullBuild,
						s.baseline,
						s.baselineRebuild,
					].filter((b) => b.retried).length
				),
		],
	];
	const complete = report.sizes.every(
		(size): size is Required<SizeResult> => size.internal !== undefined
	);
	const rows = complete
		? [...(all as [string, (size: SizeResult) => string][]), ...publish]
		: publish;
	console.log(`| entries | ${report.sizes.map((s) => s.entries).join(' | ')} |`);
	console.log(`|---|${report.sizes.map(() => '---:').join('|')}|`);
	for (const [label, cell] of rows)
		console.log(`| ${label} | ${report.sizes.map(cell).join(' | ')} |`);
}

function cardCost(build: BuildTiming, cards: number): string {
	return `${cards} / ${seconds(build.cards.renderMs)} / ${seconds(build.cards.buildMs)} (${share(build.cards.buildMs, build.wallMs)})`;
}

// `node scripts/bench/print-report.ts [dist/bench/report.json | scripts/bench/history.jsonl]` prints a saved report
// again, or every recorded run, newest first.
if (import.meta.main) {
	const file = process.argv[2] ?? 'dist/bench/report.json';
	const reports = file.endsWith('.jsonl')
		? readHistory(file).reverse()
		: [JSON.parse(readFileSync(file, 'utf8')) as BenchReport];
	for (const report of reports) printReport(report);
}
