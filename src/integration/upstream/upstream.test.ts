/**
 * Guards for the workarounds in this folder: each reads the installed Astro or Starlight and fails, naming the
 * assumption that broke and what to re-check, when an upgrade (the `~` ranges in package.json allow patch releases)
 * changes what a workaround leans on. Run with the unit tests; no build needed.
 */
import { readFileSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** @returns the text of `file` inside the installed package `name` */
function installed(name: string, file: string): string {
	const manifest = findPackageJSON(name, import.meta.url);
	if (!manifest) throw new Error(`${name} is not installed`);
	try {
		return readFileSync(join(dirname(manifest), file), 'utf8');
	} catch {
		throw new Error(
			`${name} no longer has ${file}: re-check the workaround that reads it (see the message of this test)`
		);
	}
}

/** Fails with `assumption` and `recheck` when `holds` is false: the message is what a maintainer reads after an upgrade. */
function assume(holds: boolean, assumption: string, recheck: string): void {
	expect(holds, `Upstream assumption broken: ${assumption}. Re-check ${recheck}.`).toBe(true);
}

describe('Astro internals the workarounds lean on', () => {
	it('data-store-from-disk.ts: the store module id and the file content sync writes in a build', () => {
		const consts = installed('astro', 'dist/content/consts.js');
		const paths = installed('astro', 'dist/content/paths.js');
		assume(
			consts.includes('"astro:data-layer-content"'),
			'Astro serves the content store as the module `astro:data-layer-content`',
			'src/integration/upstream/data-store-from-disk.ts (ASTRO_MODULE): a renamed module makes the alias a no-op and the store is bundled again'
		);
		assume(
			consts.includes('DATA_STORE_FILE = "data-store.json"'),
			'content sync writes the store to `data-store.json`',
			'data-store-from-disk.ts (STORE_FILE): pages would render from an empty store'
		);
		assume(
			/function getDataStoreFile\(settings, isDev\) \{\s*return new URL\(DATA_STORE_FILE, isDev \? settings\.dotAstroDir : settings\.config\.cacheDir\)/.test(
				paths
			),
			'a build writes the store file under `config.cacheDir` (getDataStoreFile in astro/dist/content/paths.js)',
			'data-store-from-disk.ts: it reads the store from cacheDir'
		);
	});

	it('markdown-fast-path.ts: the glob loader awaits parseData for an entry before it stores the entry', () => {
		const glob = installed('astro', 'dist/content/loaders/glob.js');
		const parse = glob.indexOf('await parseData(');
		const set = glob.indexOf('store.set(');
		assume(
			parse !== -1 && set !== -1 && parse < set,
			'astro/dist/content/loaders/glob.js calls `await parseData(…)` before `store.set(…)` for each entry',
			'src/integration/upstream/markdown-fast-path.ts: it renders in parseData and swaps the rendering in store.set'
		);
		assume(
			/deferredRender/.test(glob),
			'the glob loader marks MDX entries `deferredRender`',
			'markdown-fast-path.ts: it drops `deferredRender` to store the Markdown rendering instead'
		);
		const layer = installed('astro', 'dist/content/content-layer.js');
		assume(
			layer.includes('renderMarkdown:'),
			'loaders get `renderMarkdown` in their context (content-layer.js)',
			'markdown-fast-path.ts: it renders plain MDX bodies with it'
		);
	});

	it('fast-publish-bundle.ts: the prerender bundle, its app and what rendering reads of the build', () => {
		const hooks = installed('astro', 'dist/integrations/hooks.js');
		assume(
			/"astro:build:start"[\s\S]{0,200}setPrerenderer\(prerenderer\) \{\s*settings\.prerenderer = prerenderer;/.test(
				hooks
			),
			'`astro:build:start` hands integrations `setPrerenderer`',
			'src/integration/fast-publish-bundle.ts: it wraps the default prerenderer there'
		);
		const generate = installed('astro', 'dist/core/build/generate.js');
		assume(
			generate.includes('prerenderer = settingsPrerenderer(defaultPrerenderer);'),
			'a function given to setPrerenderer receives the default prerenderer',
			'fast-publish-bundle.ts (keepPrerenderBundle)'
		);
		const prerenderer = installed('astro', 'dist/core/build/default-prerenderer.js');
		assume(
			/const app = prerenderEntry\.app;\s*app\.setInternals\(internals\);\s*app\.setOptions\(options\);/.test(
				prerenderer
			),
			"the default prerenderer imports the bundle's entry, takes its `app` and gives it the build's internals and options",
			'src/integration/fast-publish.ts (openBundle): it does the same with what the bundle kept'
		);
		const staticBuild = installed('astro', 'dist/core/build/static-build.js');
		assume(
			/await generatePages\(opts, internals, prerenderOutputDir\);\s*await fs\.promises\.rm\(prerenderOutputDir/.test(
				staticBuild
			),
			'a static build deletes the prerender bundle right after generating the pages',
			"fast-publish-bundle.ts: it copies the bundle in the prerenderer's teardown"
		);
		assume(
			installed('astro', 'dist/prerender/utils.js').includes(
				'return new URL("./.prerender/", getServerOutputDirectory(settings));'
			),
			'the bundle is written to `.prerender/` in the output folder',
			'fast-publish-bundle.ts (teardown)'
		);
		const environment = installed('astro', 'dist/core/build/environment.js');
		const head =
			/headElements\(manifest, routeData\) \{([\s\S]*?)\n    \},/.exec(environment)?.[1] ?? '';
		const reads = new Set(
			[...head.matchAll(/\b(buildInternals|settings|pageBuildData)\??\.(\w+)/g)].map(
				(match) => `${match[1]}.${match[2]}`
			)
		);
		assume(
			head !== '' &&
				[...reads].every((read) =>
					[
						'buildInternals.entrySpecifierToBundleMap',
						'pageBuildData.styles',
						'settings.scripts',
					].includes(read)
				),
			`rendering reads only each page's styles, the page script's bundle and the head scripts of the build (headElements in dist/core/build/environment.js reads ${[...reads].join(', ')})`,
			'fast-publish-bundle.ts (KeptRoutes) and fast-publish.ts (openBundle): keep whatever else it reads'
		);
	});
});

describe('Starlight internals the workarounds lean on', () => {
	it('page-schema.ts: <StarlightPage> builds the docs schema per page with a plain `z.custom` image check', () => {
		const page = installed('@astrojs/starlight', 'dist/utils/starlight-page.js');
		assume(
			/image: \(\(\) => z\.custom\(/.test(page),
			'<StarlightPage> passes `image: () => z.custom(…)` to the docs schema (dist/utils/starlight-page.js)',
			'src/integration/upstream/page-schema.ts (bindsNothing): a different helper means every page builds the schema again, or worse, an entry-bound helper is shared'
		);
		assume(
			page.includes('collections?.docs?.schema'),
			"<StarlightPage> takes the docs collection's schema from the user's content config",
			'page-schema.ts and src/content.config.ts (onceForPages around docsSchema)'
		);
	});

	it("search-index.ts: Starlight's astro:build:done hook only runs Pagefind", () => {
		const index = installed('@astrojs/starlight', 'dist/index.js');
		const hook = /"astro:build:done": async \(options\) => \{([^}]*)\}/.exec(index)?.[1] ?? '';
		assume(
			hook !== '',
			"Starlight's integration has an `astro:build:done` hook (dist/index.js)",
			'src/integration/upstream/search-index.ts (indexAfterBuild): it deletes that hook'
		);
		assume(
			/^\s*if \(!userConfig\.pagefind\) return;\s*return starlightPagefind\(options\);\s*$/.test(
				hook
			),
			"Starlight's `astro:build:done` does nothing but run Pagefind",
			'search-index.ts: deleting the hook would now drop more than the search index'
		);
	});

	it('safe-head.ts: Starlight writes <head> entries unescaped, the title included, and exports defineRouteMiddleware', async () => {
		const head = installed('@astrojs/starlight', 'dist/components/Head.astro');
		assume(
			head.includes('set:html={content}'),
			"Starlight's Head.astro writes each head entry's content with `set:html`",
			'src/integration/upstream/safe-head.ts: if Starlight escapes titles itself now, the middleware escapes them twice'
		);
		const headUtils = installed('@astrojs/starlight', 'dist/utils/head.js');
		assume(
			/tag: "title",\s*content: `\$\{data\.title\} \$\{config\.titleDelimiter\} \$\{siteTitle\}`/.test(
				headUtils
			),
			'the `<title>` entry is the page title, the delimiter and the site title, unescaped (dist/utils/head.js)',
			'safe-head.ts'
		);
		const routeData = await import('@astrojs/starlight/route-data');
		assume(
			typeof routeData.defineRouteMiddleware === 'function',
			'@astrojs/starlight/route-data exports defineRouteMiddleware',
			'safe-head.ts and src/routes/public/feed-head.ts'
		);
	});
});
