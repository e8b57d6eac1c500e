/**
 * The Firebreak integration: Starlight configured from handbook.yaml, plus our own hooks that refuse invalid content
 * and inject the routes of the site being built. Listed after Starlight so its `astro:build:done` runs after Pagefind.
 */
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import starlight from '@astrojs/starlight';
import type { AstroIntegration } from 'astro';
import { formatProblems } from '../model/problems.ts';
import { internalCards } from '../og/internal-cards.ts';
import { publicCardTexts, publicCards } from '../og/public-cards.ts';
import { siteCards } from '../og/site-cards.ts';
import { enforceChecks } from './checks.ts';
import { dataStoreFromDisk } from './upstream/data-store-from-disk.ts';
import { MARKDOWN_FAST_PATH } from './upstream/markdown-fast-path.ts';
import { assertNoLeaks } from './leak-scan.ts';
import { archiveOf, assertPublishable } from './archive-of.ts';
import { assertLinksResolve, linkCheckOptions } from './link-check.ts';
import { removeOutput } from './output-dir.ts';
import { assertPublishedUrls, writeRedirectPages } from './redirects.ts';
import { promqlGrammar } from './promql-grammar.ts';
import { indexAfterBuild } from './upstream/search-index.ts';
import { DEV_CARD_ROUTE, ROUTES } from './routes.ts';
import { sidebarFor } from './sidebar.ts';
import {
	buildOptions,
	reloadSiteContext,
	siteContextOf,
	type SiteContext,
} from './site-context.ts';
import { optionsFromEnv, parseOptions, type FirebreakOptions } from './options.ts';
import { configModule } from './config-module.ts';
import { DOCS_DIR } from './docs.ts';
import { devContent } from './dev-content.ts';
import { followContent } from './dev-server.ts';
import { BuildFailure } from './build-failure.ts';
import { writeHostFiles } from './host-files.ts';
import { keepPrerenderBundle } from './fast-publish-bundle.ts';
import { INTERNAL_ROBOTS } from '../model/site-headers.ts';

/**
 * The modules the pages reach the content through (site.ts, and the dev server's own copy of runtime.ts and what it
 * loads): the dev server drops them after a change.
 */
const PAGE_MODULES = [
	'./site.ts',
	'./runtime.ts',
	'./site-context.ts',
	'./archive-of.ts',
	'./checks.ts',
].map((file) => fileURLToPath(new URL(file, import.meta.url)));

/**
 * @param given the options (options.ts); a `FIREBREAK_*` variable that is set overrides its option
 * @returns the integrations of the site the options name
 */
export function firebreak(given: FirebreakOptions = {}): AstroIntegration[] {
	const options = buildOptions(parseOptions(optionsFromEnv(given)));
	let context: SiteContext = siteContextOf(options);
	const { handbook } = context;
	const cards = siteCards(() =>
		context.site === 'internal' ? internalCards(handbook!) : publicCards(archiveOf(context))
	);
	let building = false;
	const orgName = handbook?.config.org.name ?? 'Firebreak';
	return [
		{
			// First, so that Starlight's own set-up sees the site's URL (its sitemap and canonical links need it).
			name: 'firebreak:options',
			hooks: {
				'astro:config:setup': ({ updateConfig }) => {
					updateConfig({
						site: handbook?.config.sites[context.site],
						outDir: pathToFileURL(`${options.outDir}/`),
						cacheDir: pathToFileURL(`${options.cacheDir}/`),
						// The public entry pages carry a cacheKey (page-keys.ts); scripts/build.ts decides whether a build may
						// reuse the previous one's pages (`--incremental`) or renders them all.
						experimental: { incrementalBuild: context.site === 'public' },
						vite: { plugins: [configModule(options)] },
					});
				},
			},
		},
		indexAfterBuild(
			starlight({
				title: context.site === 'internal' ? `${orgName} Handbook` : `${orgName} Status`,
				sidebar: sidebarFor(
					context.site,
					handbook?.guides.size
						? relative(process.cwd(), join(context.contentDir, 'guides')).split(sep).join('/')
						: undefined
				),
				markdown: { processedDirs: [context.contentDir, DOCS_DIR] },
				customCss: ['fonts.css', 'firebreak.css', 'dashboard.css', 'print.css'].map((file) =>
					fileURLToPath(new URL(`../styles/${file}`, import.meta.url))
				),
				pagination: false,
				head:
					context.site === 'internal'
						? [{ tag: 'meta', attrs: { name: 'robots', content: INTERNAL_ROBOTS } }]
						: [],
				expressiveCode: { shiki: { langs: [promqlGrammar] } },
				routeMiddleware: [
					fileURLToPath(new URL('./upstream/safe-head.ts', import.meta.url)),
					...(context.site === 'public'
						? [fileURLToPath(new URL('../routes/public/feed-head.ts', import.meta.url))]
						: []),
				],
				components: Object.fromEntries(
					Object.entries({ Search: 'Search.astro', ThemeSelect: 'ThemeSelect.astro' }).map(
						([name, file]) => [
							name,
							fileURLToPath(new URL(`../components/starlight/${file}`, import.meta.url)),
						]
					)
				),
			})
		),
		{
			name: 'firebreak',
			hooks: {
				'astro:config:setup': ({ command, config, injectRoute, updateConfig, logger }) => {
					building = command === 'build';
					for (const route of ROUTES[context.site]) injectRoute({ ...route, prerender: true });
					if (command === 'dev') {
						injectRoute({ ...DEV_CARD_ROUTE[context.site], prerender: true });
						return;
					}
					if (building) {
						const keep = [config.root, config.publicDir, config.srcDir].map((url) =>
							fileURLToPath(url)
						);
						removeOutputOfFailedBuild(fileURLToPath(config.outDir), [...keep, context.contentDir]);
					}
					if (!handbook) throw new BuildFailure(`\n${formatProblems(context.problems)}`);
					enforceChecks(context, logger);
					updateConfig({ vite: { build: { rollupOptions: { onwarn: quietKnownWarnings } } } });
					if (building) updateConfig({ vite: dataStoreFromDisk(config.cacheDir) });
					if (context.site === 'public') assertPublishable(context);
				},
				// The dev server keeps running on content the build would refuse: it shows the problems until they are fixed.
				'astro:server:setup': ({ server, logger, refreshContent }) => {
					followContent({
						server,
						logger,
						contentDir: context.contentDir,
						initial: devContent(context),
						initialStamp: context.stamp,
						reload: () => devContent((context = reloadSiteContext(options))),
						modules: PAGE_MODULES,
						configFiles: [join(context.contentDir, 'handbook.yaml')],
						...(refreshContent
							? { refreshContent: () => refreshContent({ loaders: [MARKDOWN_FAST_PATH] }) }
							: {}),
					});
				},
				// A build starts rendering the missing cards as soon as the content is known, before Astro syncs content:
				// that phase leaves a core idle too.
				'astro:config:done': ({ config }) => {
					if (building) cards.start(fileURLToPath(config.root));
				},
				// Starlight's own integrations (Pagefind, sitemap) run before this hook, so the scans see their output too;
				// under `npm run build` Pagefind runs after the build instead, and the public index is scanned then.
				'astro:build:done': async ({ dir, logger }) => {
					if (!handbook) return;
					const out = fileURLToPath(dir);
					const log = (message: string) => logger.info(message);
					const cardLog = (message: string) => logger.fork('firebreak:og').info(message);
					if (context.site === 'public') {
						// The leak scan reads every file, cards included, so they are placed first; it runs before the link check
						// so that a leak deletes the output even when a link is broken too.
						await cards.place(out, cardLog);
						assertNoLeaks(out, handbook, log, '.', publicCardTexts(archiveOf(context)));
						assertLinksResolve(out, linkCheckOptions(context.site, handbook), log);
					} else {
						// The internal site checks its links while the cards still render (they take the other core), and
						// counts the cards as placed: place() writes every one of them or fails the build.
						log(`${writeRedirectPages(out, handbook)} redirect pages written`);
						assertPublishedUrls(out, handbook);
						assertLinksResolve(
							out,
							{ ...linkCheckOptions(context.site, handbook), pending: cards.files() },
							log
						);
						await cards.place(out, cardLog);
					}
					// Last: the CSP hashes the inline scripts of the pages as they are now.
					log(
						`_headers and robots.txt written (${writeHostFiles(out, context.site, handbook.config.sites[context.site])} inline-script hashes)`
					);
				},
			},
		},
		// The public build keeps its prerender bundle for `firebreak build public --incremental` (fast-publish.ts).
		...(context.site === 'public' ? [keepPrerenderBundle(context.cacheDir)] : []),
	];
}

/**
 * A plain `astro build` leaves nothing to deploy when it fails: its output folder (from the Astro config) is deleted
 * before the build, and again when the process exits with an error. Astro exits non-zero on every failure, the ones
 * after it wrote pages included (a broken link, a page that throws), and removes nothing itself.
 */
function removeOutputOfFailedBuild(outDir: string, keep: readonly string[]) {
	removeOutput(outDir, keep);
	process.once('exit', (code) => {
		if (code !== 0) removeOutput(outDir, keep);
	});
}

/**
 * Astro 7 makes Rolldown warn once per MDX file about its own "use astro:head-inject" directive (withastro/astro#18087,
 * harmless). At thousands of entries that buries real warnings, so this one is dropped; everything else passes.
 */
function quietKnownWarnings(
	warning: { code?: string; message: string },
	warn: (warning: never) => void
) {
	if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject'))
		return;
	warn(warning as never);
}
