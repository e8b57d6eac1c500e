/**
 * The dev server follows the content folder. Pages take their facts from the model, which Astro's content layer does
 * not know about, so a changed title, an incident's `updates`, a service file or a rule file would otherwise show only
 * after a restart. On any change under the folder the content is read again (the entry cache keeps unchanged files
 * cheap), the modules that read it are dropped from Vite's module graphs (pages and their `getStaticPaths` run again
 * on the next request), and browsers reload. Content the build would refuse is printed in the terminal as the block
 * `firebreak check` prints, shown in the browser in Astro's error overlay, and served in place of the pages until
 * the file is fixed; the server keeps running.
 */
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { isRunnableDevEnvironment, type ViteDevServer } from 'vite';
import { isSkippedName } from '../model/load-content.ts';
import { escapeHtml } from '../model/public/escape.ts';

/** What the dev server needs to know about the content after reading it. */
export interface DevContent {
	/** The block of problems that keep the pages from rendering (`formatProblems`), if any. */
	blocking?: string;
	/** The block of error-level findings that would fail a build; the pages still render. */
	failing?: string;
	/** The warning summary a build prints (counts per rule), shown when the server starts. */
	summary?: string;
	/** Site path (with a trailing slash) → where it redirects (alert links, runbook aliases). */
	redirects: ReadonlyMap<string, string>;
}

export interface FollowOptions {
	server: ViteDevServer;
	logger: AstroIntegrationLogger;
	contentDir: string;
	/** Reads the content folder again. */
	reload(): DevContent;
	/** The content as read when the server started, and {@link contentStamp} of the folder just before. */
	initial: DevContent;
	initialStamp: string;
	/** Modules holding what was read (every module that imports one is dropped with it). */
	modules: readonly string[];
	/**
	 * Files Astro's config also reads (handbook.yaml: the site title, its URL): their change reaches the pages at once
	 * and the config only with a restart, which the server says. It does not restart itself: in Astro 7 an in-place
	 * restart (`addWatchFile`) leaves the content layer watching nothing, so new entries would never be stored.
	 */
	configFiles: readonly string[];
	/** Astro's `refreshContent`: lets the content layer store a new entry before pages look it up. */
	refreshContent?: () => Promise<void>;
}

/** How long a burst of file events (an editor's save, a `git checkout`) is waited out before reading the content. */
const SETTLE_MS = 100;

/** Watches the content folder of a dev server; see the module comment. */
export function followContent(options: FollowOptions): void {
	const { server, logger, contentDir } = options;
	let content = options.initial;
	let timer: NodeJS.Timeout | undefined;
	// Whether Astro's content layer may lack an entry the model has: pages look entries up there to render bodies.
	let storeBehind = false;
	// Requests that wait for the content being read again (from the first file event until it is read).
	let waiting: (() => void)[] | undefined;
	report(logger, content, undefined);
	server.watcher.add(contentDir);
	// The content was read when Astro loaded the config, before this watcher existed (a second or two before, when
	// the server restarts after a change to handbook.yaml): a change made in between would otherwise be missed, by
	// the content layer too, whose loaders watch the folder only once they have loaded it.
	if (contentStamp(contentDir) !== options.initialStamp) {
		storeBehind = true;
		schedule();
	}
	// Connect does not await a handler: a failure is handed to `next`, which answers with Vite's error page.
	server.middlewares.use((request, response, next) => {
		void (async () => {
			// A request made while the content is being read again waits for it, so no page renders from half of a change.
			if (waiting) await new Promise<void>((resolve) => waiting!.push(resolve));
			const path = pathOf(request.url);
			if (content.blocking && request.method === 'GET' && isPage(path))
				return sendProblemPage(response, content.blocking);
			const to = content.redirects.get(path.endsWith('/') ? path : `${path}/`);
			if (to === undefined) return next();
			response.writeHead(301, { location: to });
			response.end();
		})().catch(next);
	});

	server.watcher.on('all', (event, file) => {
		const inside = relative(contentDir, file);
		if (
			inside === '' ||
			inside.startsWith('..') ||
			isAbsolute(inside) ||
			inside.split(sep).some(isSkippedName)
		)
			return;
		if (options.configFiles.includes(file))
			logger.info(
				`${inside} changed: the pages show it now; the site's title and URL change when the dev server is restarted.`
			);
		if (event === 'add' && /\.mdx?$/.test(file)) storeBehind = true;
		schedule();
	});

	function schedule() {
		waiting ??= [];
		clearTimeout(timer);
		timer = setTimeout(() => {
			timer = undefined;
			settle()
				.catch((error: unknown) =>
					logger.error(
						`Reading the content again failed: ${error instanceof Error ? error.stack : String(error)}`
					)
				)
				.finally(() => {
					if (timer !== undefined) return;
					for (const resolve of waiting ?? []) resolve();
					waiting = undefined;
				});
		}, SETTLE_MS);
	}

	async function settle() {
		if (storeBehind) await options.refreshContent?.();
		storeBehind = false;
		const before = content;
		content = options.reload();
		dropModules(server, options.modules);
		report(logger, content, before);
		if (content.blocking) server.ws.send({ type: 'error', err: overlayError(content.blocking) });
		else server.ws.send({ type: 'full-reload', path: '*' });
	}
}

/** @returns every file's path, modification time and size under `dir`: what a change to the folder changes. */
export function contentStamp(dir: string): string {
	let files;
	try {
		files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) =>
			entry.isFile()
		);
	} catch {
		return 'unreadable';
	}
	return files
		.map((entry) => join(entry.parentPath, entry.name))
		.sort()
		.map((file) => {
			const stat = statSync(file, { throwIfNoEntry: false });
			return `${file}\0${stat?.mtimeMs}\0${stat?.size}`;
		})
		.join('\n');
}

function report(
	logger: AstroIntegrationLogger,
	content: DevContent,
	before: DevContent | undefined
) {
	if (content.blocking) logger.error(`\n${content.blocking}`);
	else if (content.failing) logger.error(`\n${content.failing}`);
	else if (before?.blocking || before?.failing) logger.info('The content problems are fixed.');
	else if (!before && content.summary) logger.info(content.summary);
}

/** Drops `ids` and every module importing them, in each server environment's graph and its module runner. */
function dropModules(server: ViteDevServer, ids: readonly string[]) {
	const timestamp = Date.now();
	for (const environment of Object.values(server.environments)) {
		if (environment.name === 'client') continue;
		const dropped = new Set<import('vite').EnvironmentModuleNode>();
		for (const id of ids) {
			for (const module of environment.moduleGraph.getModulesByFile(id) ?? [
				environment.moduleGraph.getModuleById(id),
			]) {
				if (module) environment.moduleGraph.invalidateModule(module, dropped, timestamp, true);
			}
		}
		if (!isRunnableDevEnvironment(environment)) continue;
		for (const module of dropped) {
			const evaluated = module.id
				? environment.runner.evaluatedModules.getModuleById(module.id)
				: undefined;
			if (evaluated) environment.runner.evaluatedModules.invalidateModule(evaluated);
		}
	}
}

function pathOf(url = '/'): string {
	const path = url.split(/[?#]/, 1)[0]!;
	try {
		return decodeURI(path);
	} catch {
		return path;
	}
}

/** A page or an endpoint of the site; not Vite's own modules, bundled assets or source files. */
function isPage(path: string): boolean {
	return (
		!/^\/(?:@|_astro\/|node_modules\/|src\/|\.)/.test(path) &&
		!/\.(?:m?js|ts|css|map|svg|woff2?|ttf|ico|wasm)$/.test(path)
	);
}

/**
 * What Astro's overlay shows. It writes `message` and `hint` as HTML: Astro escapes an error sent to the browsers
 * (`server.ws.send`), the problem page escapes its own.
 */
function overlayError(block: string) {
	return {
		name: 'Firebreak',
		title: 'The content has problems',
		message: block,
		hint: 'Fix the file and save it: the page reloads.',
		stack: '',
	};
}

/**
 * The page served while the content has problems: the block as text (readable without JavaScript, and by `curl`),
 * then Astro's error overlay with the same block, opened by Vite's client, which also reloads the page once the
 * content is fixed.
 */
function sendProblemPage(response: import('node:http').ServerResponse, block: string) {
	const error = overlayError(block);
	const payload = JSON.stringify({
		...error,
		message: escapeHtml(error.message),
		hint: escapeHtml(error.hint),
	}).replace(/</g, '\\u003c');
	const html = [
		'<!doctype html><html lang="en"><meta charset="utf-8"><title>Firebreak content problems</title>',
		`<pre id="firebreak-problems">${escapeHtml(block)}</pre>`,
		`<script type="module">import { ErrorOverlay } from '/@vite/client'; document.body.append(new ErrorOverlay(${payload}));</script>`,
	].join('\n');
	response.writeHead(500, { 'content-type': 'text/html; charset=utf-8' });
	response.end(html);
}
