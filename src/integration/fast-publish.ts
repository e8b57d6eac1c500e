/**
 * `firebreak build public --incremental`, fast: publishes an update from the previous public build in one process,
 * without starting Astro. It proves the previous build may be reused (fast-publish-state.ts: the same code, packages,
 * handbook.yaml and options; the output folder exactly as that build left it), validates and checks the content,
 * then renders through the previous build's prerender bundle (fast-publish-bundle.ts) every page a full build would
 * render differently: every page without a key (the status page, /history/, the list pages, feeds, API files), and
 * every entry page whose key (page-keys.ts) changed. The rest of a full build's steps follow on the output as a whole
 * or on what changed, with the content read once: the changed cards, `_headers` (the inline scripts of unchanged
 * pages are the previous build's), the search index, the leak scan (only the files that changed, when what it looks
 * for is the previous build's; everything otherwise) and the link check. Whatever it cannot prove equal to a full
 * build (entries added or removed, a redirect) it hands back to the full path; any failure deletes the output.
 */
import {
	copyFileSync,
	existsSync,
	linkSync,
	mkdirSync,
	readdirSync,
	renameSync,
	rmSync,
	statSync,
	unlinkSync,
	writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { StaticPaths } from 'astro/runtime/prerender/static-paths.js';
import { formatBuildFailure, formatWarningSummary } from '../model/checks/format.ts';
import { checkHandbook } from '../model/checks/report.ts';
import { formatProblems } from '../model/problems.ts';
import { urls } from '../model/urls.ts';
import { publicCards, publicCardTexts } from '../og/public-cards.ts';
import { cardKey, DEFAULT_CARD_CACHE } from '../og/render.ts';
import { CARD_WORKER, renderInWorker } from '../og/site-cards.ts';
import type { CardInput } from '../og/card.ts';
import { BuildFailure } from './build-failure.ts';
import type { KeptPath, KeptRoutes } from './fast-publish-bundle.ts';
import {
	buildStamp,
	dropState,
	outputHashes,
	readKeptBuild,
	writeState,
	type FastPublishState,
	type KeptBuild,
} from './fast-publish-state.ts';
import {
	mergeInlineScripts,
	pageInlineScripts,
	writeHostFiles,
	type InlineScripts,
} from './host-files.ts';
import { assertClean } from './leak-scan.ts';
import { startLeakScanner, type LeakScanner } from './leak-scan-worker.ts';
import { assertLinksResolve, linkCheckOptions } from './link-check.ts';
import { optionsFromEnv, parseOptions } from './options.ts';
import { removeOutput } from './output-dir.ts';
import { archiveOf } from './archive-of.ts';
import { buildOptionsFromEnv, siteContextOf } from './site-context.ts';
import { startSearchIndex } from './upstream/search-index.ts';

export type FastPublish = { published: true } | { published: false; reason: string };

interface RouteData {
	route: string;
	component: string;
	type: string;
}

/** The prerender entry's `app` (astro/dist/core/build/app.js), as far as the fast publish uses it. */
interface BundleApp {
	manifest: unknown;
	logger: {
		options: {
			destination: {
				write(event: { level: string; label?: string | null; message: string }): boolean;
			};
		};
	};
	setInternals(internals: unknown): void;
	setOptions(options: unknown): void;
	render(request: Request, options: { routeData: RouteData }): Promise<Response>;
}

/**
 * Publishes the public site from its previous build when that gives what a full build gives.
 * @param keep folders the output folder must never hold (see output-dir.ts)
 * @param log where the steps report (the build's console)
 * @returns whether it published; when not, why, and nothing was changed. Throws a BuildFailure (the output deleted)
 * when the content fails validation or the checks, a page fails to render, or a scan finds a leak or a broken link.
 */
export async function fastPublish(
	keep: readonly string[],
	log: (message: string) => void,
	env: NodeJS.ProcessEnv = process.env
): Promise<FastPublish> {
	const time = stepTimer();
	const options = parseOptions(optionsFromEnv({ site: 'public' }, env), env);
	const out = resolve(options.outRoot, 'public');
	const kept = readKeptBuild(buildOptionsFromEnv('public', env).cacheDir);
	if (!kept)
		return {
			published: false,
			reason: 'no previous public build of this content and output folder was kept',
		};
	const stamp = buildStamp({
		site: 'public',
		contentDir: options.contentDir,
		outRoot: options.outRoot,
		...(options.today ? { today: options.today } : {}),
	});
	if (stamp !== kept.state.stamp)
		return {
			published: false,
			reason:
				"the code, the installed packages, handbook.yaml, Node or the build's options (--today, --out) changed since the previous build",
		};
	if (!existsSync(out) || !sameRecord(outputHashes(out), kept.state.files))
		return { published: false, reason: 'the output folder is not the one the previous build left' };
	time('prove');

	const fail = (error: unknown): never => {
		removeOutput(out, keep);
		if (error instanceof BuildFailure) throw error;
		throw new BuildFailure(
			`The fast publish failed, so the public output (${out}) was deleted: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`
		);
	};
	// The content is validated and checked as the full build's first step does; a failure leaves no output either. The
	// bundle's pages get this same loaded content (runtime.ts, imported by URL into this process).
	const context = siteContextOf(buildOptionsFromEnv('public', env));
	const publishWith = async (scanner: LeakScanner): Promise<FastPublish> => {
		const handbook = context.handbook;
		if (!handbook) return fail(new BuildFailure(formatProblems(context.problems)));
		const checked = checkHandbook(handbook, context.today);
		if (!checked.report) return fail(new BuildFailure(formatProblems(checked.problems)));
		if (checked.report.summary.errors > 0)
			return fail(new BuildFailure(formatBuildFailure(checked.report)));
		log(formatWarningSummary(checked.report));
		time('validate');

		let rendered: { path: KeptPath; file: string; body: Buffer }[];
		let paths: KeptPath[];
		let cards: Promise<() => string>;
		try {
			// The archive first (the bundle's pages share it), so that missing cards render in their process meanwhile.
			cards = changedCards(out, publicCards(archiveOf(context)), kept.state);
			cards.catch(() => {});
			time('archive');
			const app = await openBundle(kept);
			time('load');
			const previous = new Map(kept.routes.paths.map((path) => [path.pathname, path]));
			const current = await new StaticPaths(app as never).getAll();
			if (
				current.length !== previous.size ||
				current.some(({ pathname }) => !previous.has(pathname))
			) {
				return {
					published: false,
					reason:
						'entries were added or removed, which changes the sitemap and the paths of the site',
				};
			}
			paths = current.map(({ pathname, cacheKey }) => ({
				...previous.get(pathname)!,
				...(cacheKey === undefined ? {} : { cacheKey: String(cacheKey) }),
			}));
			time('paths');
			rendered = [];
			for (const [index, { route }] of current.entries()) {
				const path = paths[index]!;
				if (path.cacheKey !== undefined && path.cacheKey === previous.get(path.pathname)!.cacheKey)
					continue;
				const response = await app.render(new Request(path.url), { routeData: route });
				// Astro writes a redirect as a page of its own and skips an empty body: left to the full build.
				if ((response.status >= 300 && response.status < 400) || !response.body)
					return {
						published: false,
						reason: `${path.pathname} answered ${response.status} without a page`,
					};
				rendered.push({
					path,
					file: outputFile(path),
					body: Buffer.from(await response.arrayBuffer()),
				});
			}
			time('render');
		} catch (error) {
			return fail(error);
		}

		// From here on the output changes: the kept state goes first, so that an interrupted publish cannot be reused.
		dropState(kept);
		let indexing: Promise<number> | undefined;
		try {
			for (const { file, body } of rendered) replaceFile(join(out, file), body);
			time('write');
			// Pagefind reads the pages in its process while this one places the cards, writes `_headers` and scans.
			rmSync(join(out, 'pagefind'), { recursive: true, force: true });
			indexing = (await startSearchIndex(out)).pages;
			log((await cards)());
			await tick();
			const scripts = pageScripts(
				out,
				kept.state.scripts,
				new Set(rendered.map(({ file }) => file))
			);
			writeHostFiles(
				out,
				'public',
				handbook.config.sites.public,
				mergeInlineScripts(Object.values(scripts))
			);
			time('cards and headers');
			await tick();
			const rulesKey = await scanner.key;
			// A file the previous build scanned clean against the same rules is clean: only what changed is read again.
			const same = rulesKey === kept.state.leakRules;
			const changedIn = (files: Record<string, string>, pagefind: boolean) =>
				Object.keys(files).filter(
					(file) =>
						file.startsWith('pagefind/') === pagefind &&
						(!same || files[file] !== kept.state.files[file])
				);
			const site = changedIn(outputHashes(out), false);
			// The scan runs in its thread while this one checks the links; a leak is reported before a broken link.
			const scanning = scanner.scan({
				dir: out,
				files: site,
				derived: publicCardTexts(archiveOf(context)),
			});
			await tick();
			let broken: Error | undefined;
			try {
				assertLinksResolve(out, linkCheckOptions('public', handbook), log);
			} catch (error) {
				broken = error instanceof Error ? error : new Error(String(error));
			}
			const siteScan = await scanning;
			assertClean(out, siteScan.result, siteScan.ms, log);
			if (broken) throw broken;
			time('leak scan and links');
			log(`[search] ${await indexing} pages indexed`);
			time('search (waiting)');
			const files = outputHashes(out);
			const index = changedIn(files, true);
			const indexScan = await scanner.scan({ dir: out, files: index, derived: [] });
			assertClean(out, indexScan.result, indexScan.ms, (message) => log(`[search] ${message}`));
			writeState(kept, { ...kept.routes, paths } satisfies KeptRoutes, {
				stamp,
				leakRules: rulesKey,
				files,
				scripts,
			});
			time('search index scan');
			const changed = same ? site.length + index.length : undefined;
			const entries = rendered.filter(({ path }) => path.cacheKey !== undefined).length;
			const reused = paths.filter((path) => path.cacheKey !== undefined).length - entries;
			log(
				`[incremental] ${entries} entry pages rendered, ${reused} reused from the previous build; list pages, feeds and API files rendered (fast publish with the previous build's prerender bundle: ${rendered.length} pages and files rendered, ${changed === undefined ? 'every file scanned' : `${changed} changed files scanned`})`
			);
			log(`[incremental] fast publish steps, wall / CPU of this process: ${time.summary()}`);
			return { published: true };
		} catch (error) {
			// Pagefind may still be writing into the output: it is deleted once Pagefind has stopped.
			await indexing?.catch(() => {});
			return fail(error);
		}
	};
	// The leak scan's thread reads the content and works out what to look for while this one validates and renders.
	const scanner = startLeakScanner(options.contentDir);
	try {
		return await publishWith(scanner);
	} finally {
		await scanner.close();
	}
}

/** Lets the event loop run (Pagefind's replies) between two steps of synchronous work. */
const tick = () => new Promise((resolve) => setImmediate(resolve));

/** Times consecutive steps: wall and this process's CPU since the previous call. */
function stepTimer(): ((name: string) => void) & { summary(): string } {
	const steps: string[] = [];
	let wall = performance.now();
	let cpu = process.cpuUsage();
	const [startWall, startCpu] = [wall, cpu];
	const ms = (usage: NodeJS.CpuUsage) => Math.round((usage.user + usage.system) / 1000);
	const time = (name: string) => {
		const now = performance.now();
		steps.push(`${name} ${Math.round(now - wall)}/${ms(process.cpuUsage(cpu))}`);
		[wall, cpu] = [now, process.cpuUsage()];
	};
	return Object.assign(time, {
		summary: () =>
			`${steps.join(', ')}; total ${Math.round(performance.now() - startWall)}/${ms(process.cpuUsage(startCpu))} ms`,
	});
}

/** @returns the state the fast publish needs from a full build's output (scripts/build.ts, after the search index). */
export function stateOfOutput(out: string, stamp: string, rulesKey: string): FastPublishState {
	return {
		stamp,
		leakRules: rulesKey,
		files: outputHashes(out),
		scripts: pageScripts(out, {}, new Set()),
	};
}

/** Loads the previous build's prerender bundle, with the parts of Astro's build state that rendering reads. */
async function openBundle(kept: KeptBuild): Promise<BundleApp> {
	const { app } = (await import(pathToFileURL(join(kept.bundle, kept.routes.entry)).href)) as {
		app: BundleApp;
	};
	const { pageStyles, entryModules, scripts } = kept.routes;
	app.setInternals({
		pagesByKeys: new Map(pageStyles.map(([key, styles]) => [key, { styles }])),
		entrySpecifierToBundleMap: new Map(Object.entries(entryModules)),
	});
	const destination = app.logger.options.destination;
	// The bundle's content layer warns that the public site has no collections (it renders none): a full build logs
	// the same lines; here only errors are shown.
	const quiet = {
		write: (event: { level: string; label?: string | null; message: string }) =>
			event.level === 'error' ? destination.write(event) : true,
	};
	app.setOptions({ settings: { scripts }, logger: { options: { destination: quiet } } });
	return app;
}

/** @returns where a static build with directory URLs writes a path (astro/dist/core/build/common.js) */
function outputFile(path: KeptPath): string {
	if (path.type === 'endpoint') return path.pathname.slice(1);
	if (path.pathname === '/404' || path.pathname === '/500') return `${path.pathname.slice(1)}.html`;
	return join(path.pathname.slice(1), 'index.html');
}

/** Writes `file` anew (a new file renamed over the old one): an output file may be a hard link into a cache. */
function replaceFile(file: string, body: Buffer | string): void {
	mkdirSync(dirname(file), { recursive: true });
	const temporary = `${file}.firebreak-${process.pid}`;
	writeFileSync(temporary, body);
	renameSync(temporary, file);
}

/**
 * Starts rendering the cards missing from the card cache.
 * @returns once they are rendered, what links every card whose picture changed and removes the cards of the output
 * that no card stands for any more; it returns the summary line
 */
async function changedCards(
	out: string,
	cards: ReturnType<typeof publicCards>,
	state: FastPublishState
): Promise<() => string> {
	const cache = resolve(DEFAULT_CARD_CACHE);
	const planned = cards.map((card) => ({
		input: card.input,
		cached: join(cache, `${cardKey(card.input)}.png`),
		target: urls.card(card.kind, card.id).slice(1),
	}));
	const missing = new Map<string, CardInput>();
	for (const { input, cached } of planned) if (!existsSync(cached)) missing.set(cached, input);
	if (missing.size > 0) await renderInWorker([...missing.values()], cache, CARD_WORKER);
	return () => {
		let placed = 0;
		for (const { cached, target } of planned) {
			const file = join(out, target);
			if (existsSync(file) && sameFile(cached, file)) continue;
			rmSync(file, { force: true });
			mkdirSync(dirname(file), { recursive: true });
			try {
				linkSync(cached, file);
			} catch {
				copyFileSync(cached, file);
			}
			placed++;
		}
		const targets = new Set(planned.map(({ target }) => target));
		const stale = Object.keys(state.files).filter(
			(file) => file.startsWith('og/') && file.endsWith('.png') && !targets.has(file)
		);
		for (const file of stale) unlinkSync(join(out, file));
		return `[firebreak:og] ${planned.length} cards: ${missing.size} rendered, ${placed} placed anew, ${stale.length} removed`;
	};
}

/** Whether two paths are one file (a card hard-linked from the cache). */
function sameFile(a: string, b: string): boolean {
	const [x, y] = [statSync(a), statSync(b)];
	return x.ino === y.ino && x.dev === y.dev;
}

/** @returns every HTML page of `out` → its inline scripts: read anew for `changed` pages, else from `previous` */
function pageScripts(
	out: string,
	previous: Record<string, InlineScripts>,
	changed: ReadonlySet<string>
): Record<string, InlineScripts> {
	const scripts: Record<string, InlineScripts> = {};
	for (const file of readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((name) =>
		name.endsWith('.html')
	)) {
		scripts[file] =
			!changed.has(file) && previous[file] ? previous[file] : pageInlineScripts(out, file);
	}
	return scripts;
}

function sameRecord(a: Record<string, string>, b: Record<string, string>): boolean {
	const keys = Object.keys(a);
	return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
