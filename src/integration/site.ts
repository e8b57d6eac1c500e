/**
 * What one build is about: which site, which content folder, where the output goes, what day it is, and the loaded
 * handbook, for the options of options.ts (validated there, from the environment).
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveClock } from '../model/clock.ts';
import type { Handbook } from '../model/handbook.ts';
import { DEFAULT_ENTRY_CACHE } from '../model/entry-cache.ts';
import { openHandbook } from '../model/open-handbook.ts';
import { formatProblems, type Problem } from '../model/problems.ts';
import { BuildFailure } from './build-failure.ts';
import { contentStamp } from './dev-server.ts';
import { optionsFromEnv, parseOptions, type SiteName } from './options.ts';

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
export const ASTRO_SCRIPT = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

export interface SiteContext {
	site: SiteName;
	contentDir: string;
	outDir: string;
	cacheDir: string;
	/** `YYYY-MM-DD` in the handbook's timezone; empty when the handbook could not be read. */
	today: string;
	/** The instant this build stands for (see `Clock` in model/clock.ts); absent when the handbook could not be read. */
	builtAt?: Date;
	handbook?: Handbook;
	problems: readonly Problem[];
	/** The content folder's {@link contentStamp} just before it was read (the dev server compares it). */
	stamp: string;
}

const KEY = Symbol.for('firebreak.siteContext');
type Memo = { [KEY]?: Map<string, SiteContext> };

/** @returns where a site's build writes: its name under `FIREBREAK_OUT` (default `dist/`) */
export function siteOutDir(site: SiteName, env: NodeJS.ProcessEnv = process.env): string {
	return resolve(env.FIREBREAK_OUT || 'dist', site);
}

/**
 * @returns Astro's cache folder for a site's build. The content folder and output folder pick it, so fixture builds
 * never reuse another folder's data store or pages.
 */
export function siteCacheDir(site: SiteName, env: NodeJS.ProcessEnv = process.env): string {
	const { contentDir, outRoot } = parseOptions(optionsFromEnv({}, env), env);
	return cacheFolder(site, contentDir, outRoot);
}

function cacheFolder(site: SiteName, contentDir: string, outRoot: string): string {
	const hash = createHash('sha256').update(`${contentDir}\0${outRoot}`).digest('hex').slice(0, 12);
	return resolve('node_modules/.astro', hash, site);
}

/**
 * @returns the context of the build this process runs. Astro bundles the pages apart from the config, so the two load
 * separate copies of this module; the memo lives on `globalThis` so the content is read once per process all the same.
 */
export function siteContext(env: NodeJS.ProcessEnv = process.env): SiteContext {
	const options = parseOptions(optionsFromEnv({}, env), env);
	const { site, contentDir: dir, outRoot } = options;
	const key = [site, dir, outRoot, options.today ?? ''].join('\0');
	const memo = ((globalThis as Memo)[KEY] ??= new Map<string, SiteContext>());
	const cached = memo.get(key);
	if (cached) return cached;

	const stamp = contentStamp(dir);
	// The entry cache that npm run build's validation step has just filled: the files are not parsed a second time.
	const opened = openHandbook(dir, { cacheDir: DEFAULT_ENTRY_CACHE });
	const clock = opened.handbook ? resolveClock(opened.handbook.config.org.timezone, options.today, {}) : undefined;
	const context: SiteContext = {
		site,
		contentDir: dir,
		outDir: resolve(outRoot, site),
		cacheDir: cacheFolder(site, dir, outRoot),
		today: clock?.today ?? '',
		...(clock ? { builtAt: clock.now } : {}),
		problems: opened.problems,
		stamp,
		...(opened.handbook ? { handbook: opened.handbook } : {}),
	};
	memo.set(key, context);
	return context;
}

/** The dev server reads the content again after a change: every later {@link siteContext} call gets the new one. */
export function reloadSiteContext(env: NodeJS.ProcessEnv = process.env): SiteContext {
	(globalThis as Memo)[KEY]?.clear();
	return siteContext(env);
}

/** This module, which every page reaches the content through: the dev server drops it and its importers after a change. */
export const SITE_MODULE = fileURLToPath(import.meta.url);

/** @returns the loaded handbook; throws the problems' block (no stack trace) when the content is invalid. */
export function handbook(): Handbook {
	const context = siteContext();
	if (!context.handbook) throw new BuildFailure(`\n${formatProblems(context.problems)}`);
	return context.handbook;
}

/** @returns today's date for this build (`YYYY-MM-DD`). */
export function today(): string {
	return siteContext().today;
}

/** @returns the instant this build stands for: pages with clock-dependent facts carry it as their build time. */
export function builtAt(): Date {
	const context = siteContext();
	if (!context.builtAt) throw new BuildFailure(`\n${formatProblems(context.problems)}`);
	return context.builtAt;
}
