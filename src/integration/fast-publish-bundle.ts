/**
 * Keeps the public build's prerender bundle for the next fast publish (fast-publish.ts). Astro 7 renders a static
 * site by importing the bundle it wrote to `<outDir>/.prerender/` and deleting it afterwards
 * (astro/dist/core/build/static-build.js); the bundle reads the content when it renders, not when it is built (every
 * fact comes from `src/model/` at render time), so the same bundle renders an updated incident as a new build would,
 * as long as the code, the dependencies and the Astro config are those it was built from (fast-publish-state.ts
 * proves that before using it). This integration wraps Astro's own prerenderer (`setPrerenderer` in
 * `astro:build:start`): it renders every page through Astro's, records each path with its route and page key, and
 * copies the bundle with the little of Astro's build state that rendering reads (each page's styles and the head
 * scripts, see astro/dist/core/build/environment.js `headElements`) into `<cacheDir>/fast-publish/pending/`.
 * scripts/build.ts makes it the current state once the whole build (search index, leak scans) has succeeded.
 *
 * Upstream: Astro has no API to keep or reuse the prerender bundle; leans on the prerender entry's `app` export, its
 * `setInternals`/`setOptions`, and `headElements` reading only `pagesByKeys[].styles` and `settings.scripts`. The
 * fast publish is held to a full build byte for byte (tests/public/fast-publish.test.ts), so a change there shows.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where the pending and the current fast-publish state live, inside the site's Astro cache folder. */
export const fastPublishDir = (cacheDir: string) => join(cacheDir, 'fast-publish');
export const PENDING = 'pending';
export const CURRENT = 'current';
export const BUNDLE = 'bundle';
export const ROUTES_FILE = 'routes.json';

/** One output of the build: a page or an endpoint, as Astro's prerenderer lists and renders it. */
export interface KeptPath {
	pathname: string;
	/** The route's pattern (`/incidents/[id]`) and component: how the fast publish finds its `RouteData`. */
	route: string;
	component: string;
	type: string;
	/** The page's key (src/integration/page-keys.ts); absent for pages rendered on every build. */
	cacheKey?: string;
	/** The request URL Astro rendered it with. */
	url: string;
}

export interface KeptRoutes {
	/** The prerender entry's file name inside the bundle folder. */
	entry: string;
	paths: KeptPath[];
	/** `makePageDataKey` → the page's styles, as Astro's build internals hold them. */
	pageStyles: [string, unknown][];
	/** Astro's `settings.scripts` (head scripts). */
	scripts: unknown[];
	/** The built file of each script entry (the page scripts' bundle among them), from the manifest. */
	entryModules: Record<string, string>;
}

interface Prerenderer {
	name: string;
	app?: { manifest: { entryModules: Record<string, string> } };
	setup?(): Promise<void>;
	getStaticPaths(): Promise<
		{
			pathname: string;
			route: { route: string; component: string; type: string };
			cacheKey?: string;
		}[]
	>;
	render(
		request: Request,
		options: { routeData: unknown; collectMetadata?: boolean }
	): Promise<unknown>;
	teardown?(): Promise<void>;
}

/** @returns the integration that keeps the public build's prerender bundle in `cacheDir` */
export function keepPrerenderBundle(cacheDir: string): AstroIntegration {
	let pages: Map<string, { styles: unknown }> | undefined;
	let outDir = '';
	let format = '';
	return {
		name: 'firebreak:keep-prerender-bundle',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				format = config.build.format;
			},
			// Astro hands the hook its page table, which its CSS plugin fills with each page's styles as it bundles.
			'astro:build:setup': ({ pages: table }) => {
				pages = table;
			},
			'astro:build:start': ({ setPrerenderer }) => {
				const pending = join(fastPublishDir(cacheDir), PENDING);
				rmSync(fastPublishDir(cacheDir), { recursive: true, force: true });
				setPrerenderer(((astro: Prerenderer) => {
					const paths: KeptPath[] = [];
					const urls = new Map<string, string>();
					let scripts: unknown[] = [];
					const wrapped: Prerenderer = {
						name: 'firebreak:kept',
						async setup() {
							await astro.setup?.();
							scripts = (
								astro.app as unknown as { getSettings(): { scripts: unknown[] } }
							).getSettings().scripts;
						},
						async getStaticPaths() {
							const all = await astro.getStaticPaths();
							for (const { pathname, route, cacheKey } of all) {
								paths.push({
									pathname,
									route: route.route,
									component: route.component,
									type: route.type,
									...(cacheKey === undefined ? {} : { cacheKey }),
									url: '',
								});
							}
							return all;
						},
						render(request, options) {
							urls.set(new URL(request.url).pathname, request.url);
							return astro.render(request, options);
						},
						async teardown() {
							await astro.teardown?.();
							// Only the plain static layout (directory URLs) is kept: the fast publish writes files where such a build does.
							if (format !== 'directory' || !pages) return;
							const entry = prerenderEntry(join(outDir, '.prerender'));
							if (!entry) return;
							// An incremental build renders only some pages: the others' URLs are made the way Astro makes them.
							const rendered = [...urls.values()][0];
							if (!rendered) return;
							for (const path of paths) path.url = requestUrl(path, new URL(rendered).origin);
							if (
								paths.some(
									(path) =>
										urls.has(new URL(path.url).pathname) &&
										urls.get(new URL(path.url).pathname) !== path.url
								)
							)
								return;
							mkdirSync(pending, { recursive: true });
							cpSync(join(outDir, '.prerender'), join(pending, BUNDLE), { recursive: true });
							const kept: KeptRoutes = {
								entry,
								paths,
								pageStyles: [...pages].map(([key, page]) => [key, page.styles]),
								scripts,
								entryModules: { ...astro.app!.manifest.entryModules },
							};
							writeFileSync(join(pending, ROUTES_FILE), JSON.stringify(kept));
						},
					};
					return wrapped;
				}) as never);
			},
		},
	};
}

/**
 * @returns the URL Astro requests a path with in a static build with directory URLs and the default trailing slash
 * (astro/dist/core/build/generate.js `getUrlForPath`): pages end with a slash, endpoints as they are named
 */
function requestUrl(path: Pick<KeptPath, 'pathname' | 'type'>, origin: string): string {
	const pathname =
		path.type === 'endpoint' || path.pathname.endsWith('/') ? path.pathname : `${path.pathname}/`;
	return new URL(pathname, origin).href;
}

/** @returns the prerender entry's file name (Astro names it `prerender-entry…`), if the folder has one */
function prerenderEntry(dir: string): string | undefined {
	try {
		return readdirSync(dir).find(
			(name) => name.startsWith('prerender-entry') && name.endsWith('.mjs')
		);
	} catch {
		return undefined;
	}
}
