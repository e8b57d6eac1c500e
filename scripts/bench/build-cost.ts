#!/usr/bin/env node
/**
 * `npm run bench [-- --sizes 200,1000,5000] [--check-sizes 10000] [--seed 1] [--check-runs 3] [--repeat 1|3,3,1] [--publish-only] [--record]`: the cost of
 * Firebreak at scale, next to plain Starlight on the same pages. For each size it generates a content folder, times
 * `firebreak check`, the internal build (cold, then again with unchanged content and warm caches), the public build,
 * the time from `firebreak incident update` to a deployable public site (`firebreak build public --incremental`, which
 * publishes fast from the previous build, and a full build for comparison), and a plain-Starlight project built from the same MDX bodies; it prints a table and writes `dist/bench/report.json`.
 * A benchmark, not a test: nothing here asserts on time. Everything it writes stays under `dist/bench/` (git-ignored),
 * but for `--record`'s line in scripts/bench/history.jsonl.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cardFigures, pagesBuilt, type CardFigures } from './build-log.ts';
import { writeBaselineProject } from './baseline-project.ts';
import { withBuildLock } from '../build-lock.ts';
import { clearFirebreakCaches } from './clear-caches.ts';
import { ASTRO_SCRIPT } from '../../src/integration/site-context.ts';
import { DEFAULT_ENTRY_CACHE, entryCacheFile } from '../../src/model/entry-cache.ts';
import { folderSize } from './folder-size.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { slugify } from '../../src/model/skeletons.ts';
import { generateContent, type GeneratedCounts } from './generate-content.ts';
import { measure, type Measured } from './measure.ts';
import { printReport } from './print-report.ts';
import { HISTORY_FILE, recordReport } from './history.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BENCH = join(ROOT, 'dist/bench');
const CLI = join(ROOT, 'scripts/firebreak.ts');
/** The installed `firebreak` command (the compile cache on, see scripts/bin/firebreak.js): what an IC runs to publish. */
const FIREBREAK = join(ROOT, 'scripts/bin/firebreak.js');
const BUILD = join(ROOT, 'scripts/build.ts');
const TODAY = '2026-11-23';
const INCREMENTAL_LOG = 'public-incremental, after an update.log';

export interface Timing {
	wallMs: number;
	/** Peak of the process tree (see measure.ts). */
	peakRssBytes: number;
	/** Peak of its largest process. */
	peakProcessRssBytes: number;
	/** 1-minute load average when the step started: other work on the machine skews the time. */
	loadBefore: number;
}

export interface BuildTiming extends Timing {
	/** The first attempt failed and this is the second. */
	retried: boolean;
	pages: number;
	outputBytes: number;
	pagefindBytes: number;
	cards: CardFigures;
}

export interface PublishTiming {
	/** The two steps together: what a customer waits for after the IC posts. */
	wallMs: number;
	updateMs: number;
	/** Load average when `firebreak incident update` started. */
	updateLoadBefore: number;
	/** `firebreak build public --incremental`, on the output of the build before the update. */
	build: BuildTiming;
	/** Whether it published fast (src/integration/fast-publish.ts) or, and why not, built with Astro. */
	fast: boolean;
	notFastBecause?: string;
	/** The same content built in full afterwards (`npm run build -- public`), for comparison. */
	fullBuild: BuildTiming;
}

/** `firebreak check` without its entry cache (removed before each run, which then writes it) and with it. */
export interface CheckTimings {
	cold: Timing & { runsMs: number[] };
	warm: Timing & { runsMs: number[] };
}

/** The figures of one size; with `--publish-only`, only the public build and the publish. */
export interface SizeResult extends Partial<OtherFigures> {
	entries: number;
	content: GeneratedCounts;
	public: BuildTiming;
	/** From `firebreak incident update` on an open public incident to a deployable `dist/public/` (warm caches). */
	publishUpdate: PublishTiming;
}

interface OtherFigures {
	check: CheckTimings;
	internal: BuildTiming;
	internalRebuild: BuildTiming;
	baseline: BuildTiming;
	baselineRebuild: BuildTiming;
	/** Internal build time ÷ baseline build time (both cold). */
	ratio: number;
	/** The same for a second build with unchanged content (Astro's caches and the card cache warm). */
	rebuildRatio: number;
}

export interface BenchReport {
	date: string;
	/** Rounds of every build, per size; each figure is the median round. */
	repeat: number[];
	machine: { cpus: number; cpuModel: string; memoryBytes: number; node: string };
	seed: number;
	checkOnly: { entries: number; check: CheckTimings }[];
	sizes: SizeResult[];
}

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '200,1000,5000' },
		'check-sizes': { type: 'string', default: '10000' },
		seed: { type: 'string', default: '1' },
		'check-runs': { type: 'string', default: '3' },
		repeat: { type: 'string', default: '1' },
		// Only the cold public build and the time to publish an update (a quick run of the publish figures).
		'publish-only': { type: 'boolean', default: false },
		// Append the report to scripts/bench/history.jsonl, to commit with the change it measured.
		record: { type: 'boolean', default: false },
	},
});
const publishOnly = values['publish-only'];
const list = (text: string) => text.split(',').filter(Boolean).map(Number);
const seed = Number(values.seed);
const checkRuns = Number(values['check-runs']);
// Rounds per size: one number for every size, or one per size ("3,3,1" with --sizes 200,1000,5000).
const repeats = list(values.repeat);
const repeatFor = (index: number) => repeats[index] ?? repeats.at(-1) ?? 1;

function step(label: string) {
	console.error(
		`[bench] ${new Date().toISOString().slice(11, 19)} ${label} (load ${loadavg()[0]!.toFixed(2)})`
	);
}

function ok(result: Measured, what: string, logFile: string): Measured {
	if (result.exitCode !== 0)
		throw new Error(
			`${what} failed (exit ${result.exitCode}); log: ${logFile}\n${result.output.slice(-3000)}`
		);
	return result;
}

async function timeCheck(contentDir: string, logDir: string): Promise<CheckTimings> {
	const cacheFile = entryCacheFile(DEFAULT_ENTRY_CACHE, contentDir);
	const cold = await timeCheckRuns(contentDir, logDir, () => rmSync(cacheFile, { force: true }));
	// The last cold run left the cache of this content behind.
	const warm = await timeCheckRuns(contentDir, logDir, () => {});
	return { cold, warm };
}

async function timeCheckRuns(
	contentDir: string,
	logDir: string,
	beforeEach: () => void
): Promise<Timing & { runsMs: number[] }> {
	const runs: Measured[] = [];
	const loadBefore = loadavg()[0]!;
	for (let run = 0; run < checkRuns; run++) {
		beforeEach();
		const logFile = join(logDir, 'check.log');
		const result = await measure(process.execPath, [CLI, 'check', '--today', TODAY], {
			env: { ...process.env, FIREBREAK_CONTENT: contentDir },
			logFile,
		});
		// Exit 1 means error-level findings; the generated content has none, so any non-zero exit is a failure here.
		runs.push(ok(result, 'firebreak check', logFile));
	}
	const sorted = [...runs].sort((a, b) => a.wallMs - b.wallMs);
	const median = sorted[Math.floor(sorted.length / 2)]!;
	const peak = (key: 'peakRssBytes' | 'peakProcessRssBytes') =>
		Math.max(...runs.map((run) => run[key]));
	return {
		wallMs: median.wallMs,
		peakRssBytes: peak('peakRssBytes'),
		peakProcessRssBytes: peak('peakProcessRssBytes'),
		loadBefore,
		runsMs: runs.map((run) => run.wallMs),
	};
}

/** Declares the open public incident whose updates the bench posts (not timed): what an IC has during an incident. */
function declareBenchIncident(contentDir: string, logDir: string): string {
	const handbook = openHandbook(contentDir).handbook!;
	const [service] = handbook.services.keys();
	const [component] = handbook.components.keys();
	const title = 'Bench incident in progress';
	const args = [
		'incident',
		'declare',
		'--title',
		title,
		'--severity',
		handbook.ladder[0]!.id,
		'--service',
		service!,
		'--public-title',
		'Payments are slow',
		...(component ? ['--component', `${component}=partial_outage`] : []),
		'--at',
		'08:00',
	];
	const result = spawnSync(process.execPath, [CLI, ...args], {
		env: { ...process.env, FIREBREAK_CONTENT: contentDir, FIREBREAK_TODAY: TODAY },
		encoding: 'utf8',
	});
	writeFileSync(join(logDir, 'declare.log'), `${result.stdout}${result.stderr}`);
	if (result.status !== 0) throw new Error(`firebreak incident declare failed:\n${result.stderr}`);
	return `${TODAY}-${slugify(title)}`;
}

/**
 * Times `firebreak incident update` (a new customer update) followed by the incremental public build that publishes
 * it, then builds the same content in full for comparison.
 */
async function timePublish(
	incident: string,
	round: number,
	env: NodeJS.ProcessEnv,
	logDir: string,
	build: (incremental: boolean) => Promise<BuildTiming>
): Promise<PublishTiming> {
	const logFile = join(logDir, 'update.log');
	const at = `${String(8 + round).padStart(2, '0')}:00`;
	const updateLoadBefore = loadavg()[0]!;
	const update = ok(
		await measure(
			process.execPath,
			[
				FIREBREAK,
				'incident',
				'update',
				incident,
				'--status',
				'identified',
				'--public',
				`Update ${round}: we found the cause and are fixing it.`,
				'--at',
				at,
			],
			{ env, logFile }
		),
		'firebreak incident update',
		logFile
	);
	const built = await build(true);
	const notFastBecause = /\[incremental\] no fast publish: ([^;]+);/.exec(
		readFileSync(join(logDir, INCREMENTAL_LOG), 'utf8')
	)?.[1];
	const fullBuild = await build(false);
	return {
		wallMs: update.wallMs + built.wallMs,
		updateMs: update.wallMs,
		updateLoadBefore,
		build: built,
		fast: notFastBecause === undefined,
		...(notFastBecause ? { notFastBecause } : {}),
		fullBuild,
	};
}

/**
 * Times one build: Firebreak's as `npm run build -- <site>` runs it (scripts/build.ts, which deletes the site's output
 * folder first, so the sizes are this build's alone and a failed build leaves none), the baseline's as `astro build`.
 */
async function timeBuild(
	label: string,
	args: { command: string[]; cwd: string; env: NodeJS.ProcessEnv; outDir: string; logFile: string }
): Promise<BuildTiming> {
	step(label);
	const loadBefore = loadavg()[0]!;
	const astroBuild = () =>
		measure(process.execPath, args.command, {
			cwd: args.cwd,
			env: { ...args.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
			logFile: args.logFile,
		});
	// Builds in this project's root share its .astro/ folder with the test builds; the baseline has its own root.
	const run = () => (args.cwd === ROOT ? withBuildLock(ROOT, astroBuild) : astroBuild());
	let result = await run();
	// Other people's builds in this tree may not take the lock: retry a failed build once, and say so in the report.
	const retried = result.exitCode !== 0;
	if (retried) {
		console.error(
			`[bench] ${label} failed (exit ${result.exitCode}), retrying once; first log kept in ${args.logFile}.failed`
		);
		renameSync(args.logFile, `${args.logFile}.failed`);
		result = await run();
	}
	ok(result, label, args.logFile);
	return {
		retried,
		wallMs: result.wallMs,
		peakRssBytes: result.peakRssBytes,
		peakProcessRssBytes: result.peakProcessRssBytes,
		loadBefore,
		pages: pagesBuilt(result.output),
		outputBytes: folderSize(args.outDir),
		pagefindBytes: folderSize(join(args.outDir, 'pagefind')),
		cards: cardFigures(result.output),
	};
}

async function benchSize(entries: number, repeat: number): Promise<SizeResult> {
	const dir = join(BENCH, String(entries));
	const contentDir = join(dir, 'content');
	const outRoot = join(dir, 'out');
	mkdirSync(dir, { recursive: true });
	step(`${entries} entries: generating content`);
	const content = generateContent(contentDir, { entries, seed });

	if (!publishOnly) step(`${entries} entries: firebreak check ×${checkRuns}`);
	const check = publishOnly ? undefined : await timeCheck(contentDir, dir);

	const env = {
		...process.env,
		FIREBREAK_CONTENT: contentDir,
		FIREBREAK_OUT: outRoot,
		FIREBREAK_TODAY: TODAY,
		FIREBREAK_CHECKS_REPORTED: '1',
	};
	const baselineDir = join(dir, 'baseline');
	const rounds: (Partial<
		Record<'internal' | 'internalRebuild' | 'baseline' | 'baselineRebuild', BuildTiming>
	> & { public: BuildTiming; publishUpdate: PublishTiming })[] = [];
	const incident = declareBenchIncident(contentDir, dir);
	for (let round = 1; round <= repeat; round++) {
		const tag = (run: string) => (repeat > 1 ? `${run}, round ${round} of ${repeat}` : run);
		const build = (site: 'internal' | 'public', run: string, flags: string[] = []) =>
			timeBuild(`${entries} entries: ${site} build (${tag(run)})`, {
				command: [BUILD, site, ...flags],
				cwd: ROOT,
				env: { ...env, FIREBREAK_SITE: site },
				outDir: join(outRoot, site),
				logFile: join(dir, `${site}-${run}.log`),
			});
		const baselineBuild = (run: string) =>
			timeBuild(`${entries} entries: plain Starlight baseline (${tag(run)})`, {
				command: [ASTRO_SCRIPT, 'build'],
				cwd: baselineDir,
				env: process.env,
				outDir: join(baselineDir, 'dist'),
				logFile: join(dir, `baseline-${run}.log`),
			});
		// Cold: no Astro cache and none of this content's cards; the baseline project is written afresh.
		clearFirebreakCaches(env);
		if (!publishOnly)
			writeBaselineProject(contentDir, baselineDir, 'https://baseline.bench.example');
		const internal = publishOnly
			? {}
			: {
					internal: await build('internal', 'cold'),
					internalRebuild: await build('internal', 'warm'),
				};
		rounds.push({
			...internal,
			public: await build('public', 'cold'),
			publishUpdate: await timePublish(incident, round, env, dir, (incremental) =>
				incremental
					? timeBuild(
							`${entries} entries: firebreak build public --incremental (${tag('after an update')})`,
							{
								command: [FIREBREAK, 'build', 'public', '--incremental'],
								cwd: ROOT,
								env: { ...env, FIREBREAK_SITE: 'public' },
								outDir: join(outRoot, 'public'),
								logFile: join(dir, INCREMENTAL_LOG),
							}
						)
					: build('public', 'full, after an update')
			),
			...(publishOnly
				? {}
				: { baseline: await baselineBuild('cold'), baselineRebuild: await baselineBuild('warm') }),
		});
	}
	// Each figure is the round with the median time of that build: one slow round (other work on the machine) is dropped.
	const median = <K extends keyof (typeof rounds)[number]>(key: K) =>
		rounds.map((r) => r[key]!).sort((a, b) => a.wallMs - b.wallMs)[Math.floor(rounds.length / 2)]!;
	const figures = {
		entries,
		content,
		public: median('public'),
		publishUpdate: median('publishUpdate'),
	};
	if (publishOnly || !check) return figures;
	const [internal, internalRebuild, baseline, baselineRebuild] = (
		['internal', 'internalRebuild', 'baseline', 'baselineRebuild'] as const
	).map(median) as [BuildTiming, BuildTiming, BuildTiming, BuildTiming];
	return {
		...figures,
		check,
		internal,
		internalRebuild,
		baseline,
		baselineRebuild,
		ratio: internal.wallMs / baseline.wallMs,
		rebuildRatio: internalRebuild.wallMs / baselineRebuild.wallMs,
	};
}

const report: BenchReport = {
	date: new Date().toISOString(),
	machine: {
		cpus: cpus().length,
		cpuModel: cpus()[0]?.model ?? 'unknown',
		memoryBytes: totalmem(),
		node: process.version,
	},
	seed,
	repeat: [],
	checkOnly: [],
	sizes: [],
};
for (const entries of list(values['check-sizes'])) {
	const dir = join(BENCH, `check-${entries}`);
	step(`${entries} entries: generating content (check only)`);
	generateContent(join(dir, 'content'), { entries, seed });
	step(`${entries} entries: firebreak check ×${checkRuns}`);
	report.checkOnly.push({ entries, check: await timeCheck(join(dir, 'content'), dir) });
}
for (const [index, entries] of list(values.sizes).entries()) {
	report.repeat.push(repeatFor(index));
	report.sizes.push(await benchSize(entries, repeatFor(index)));
}

const reportFile = join(BENCH, 'report.json');
writeFileSync(reportFile, `${JSON.stringify(report, null, '\t')}\n`);
printReport(report);
console.log(`\nJSON: ${reportFile}`);
if (values.record) {
	recordReport(report);
	console.log(`Recorded in ${HISTORY_FILE}`);
}
