/**
 * What one build is about: which site, which content folder, where the output goes, what day it is, and the loaded
 * handbook, from the options of options.ts. Plain Node: the integration, the CLI and the scripts import it, and the
 * pages reach it through runtime.ts (see site.ts).
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { resolveClock } from '../model/clock.ts';
import type { Handbook } from '../model/handbook.ts';
import { DEFAULT_ENTRY_CACHE } from '../model/entry-cache.ts';
import { openHandbook } from '../model/open-handbook.ts';
import type { Problem } from '../model/problems.ts';
import { contentStamp } from './dev-server.ts';
import {
	optionsFromEnv,
	parseOptions,
	siteOutDir,
	type ResolvedOptions,
	type SiteName,
} from './options.ts';

export { SITES, type SiteName } from './options.ts';

/**
 * Environment for the `astro build` process, set by `npm run build` (scripts/build.ts, which the benchmark runs too).
 * Rolldown's allocator (mimalloc) otherwise keeps what bundling freed for the rest of the build; returned at once,
 * Astro's process was about 80 MiB smaller after rendering 5,000 entries (1,134 instead of 1,212 MiB), in the same
 * time. The allocator reads it when it starts, so a plain `astro build` runs without it.
 */
export const ASTRO_BUILD_ENV = { MIMALLOC_PURGE_DELAY: '0' } as const;

/**
 * Astro's command-line script, run with this Node: the same outside npm, where node_modules/.bin is not on PATH. Found
 * from this package, since an installed Firebreak's astro sits wherever the package manager put it.
 */
export const ASTRO_SCRIPT = join(
	dirname(createRequire(import.meta.url).resolve('astro/package.json')),
	'bin/astro.mjs'
);

/** The options one site's build runs with, as pages receive them (`virtual:firebreak/config`): plain JSON. */
export interface BuildOptions extends ResolvedOptions {
	/** The site's own output folder. */
	outDir: string;
	/** Astro's cache folder for this site's build ({@link cacheFolder}). */
	cacheDir: string;
	/** The URL of runtime.ts, which the pages' bundle imports when it runs, to share the content loaded here. */
	runtime: string;
}

export interface SiteContext extends BuildOptions {
	/** `YYYY-MM-DD` in the handbook's timezone; empty when the handbook could not be read. */
	today: string;
	/** The instant this build stands for (see `Clock` in model/clock.ts); absent when the handbook could not be read. */
	builtAt?: Date;
	handbook?: Handbook;
	problems: readonly Problem[];
	/** The content folder's {@link contentStamp} just before it was read (the dev server compares it). */
	stamp: string;
}

/** @returns the build options of `options` (validated by options.ts), with the site's folders */
export function buildOptions(options: ResolvedOptions): BuildOptions {
	const { site, contentDir, outRoot } = options;
	return {
		...options,
		outDir: siteOutDir(site, outRoot),
		cacheDir: cacheFolder(site, contentDir, outRoot),
		runtime: new URL('./runtime.ts', import.meta.url).href,
	};
}

/** @returns the build options that the environment gives a site (the CLI and the scripts run Astro with them) */
export function buildOptionsFromEnv(
	site?: SiteName,
	env: NodeJS.ProcessEnv = process.env
): BuildOptions {
	const given = optionsFromEnv({}, env);
	return buildOptions(parseOptions(site ? { ...given, site } : given, env));
}

/**
 * @returns Astro's cache folder for a site's build. The content folder and output folder pick it, so fixture builds
 * never reuse another folder's data store or pages.
 */
function cacheFolder(site: SiteName, contentDir: string, outRoot: string): string {
	const hash = createHash('sha256').update(`${contentDir}\0${outRoot}`).digest('hex').slice(0, 12);
	return resolve('node_modules/.astro', hash, site);
}

// The content loaded for each set of options: the integration and the pages (through runtime.ts) share it.
const loaded = new Map<string, SiteContext>();

/** @returns the content of a build, read on first use */
export function siteContextOf(options: BuildOptions): SiteContext {
	const key = JSON.stringify(options);
	let context = loaded.get(key);
	if (!context) {
		context = readSiteContext(options);
		loaded.set(key, context);
	}
	return context;
}

/** The dev server reads the content again after a change: every later {@link siteContextOf} gets the new one. */
export function reloadSiteContext(options: BuildOptions): SiteContext {
	loaded.delete(JSON.stringify(options));
	return siteContextOf(options);
}

function readSiteContext(options: BuildOptions): SiteContext {
	const stamp = contentStamp(options.contentDir);
	// The entry cache that npm run build's validation step has just filled: the files are not parsed a second time.
	const opened = openHandbook(options.contentDir, { cacheDir: DEFAULT_ENTRY_CACHE });
	// The options already hold FIREBREAK_TODAY when it was set: the clock reads nothing else.
	const clock = opened.handbook
		? resolveClock(opened.handbook.config.org.timezone, options.today, {})
		: undefined;
	return {
		...options,
		today: clock?.today ?? '',
		...(clock ? { builtAt: clock.now } : {}),
		problems: opened.problems,
		stamp,
		...(opened.handbook ? { handbook: opened.handbook } : {}),
	};
}
