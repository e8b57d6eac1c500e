#!/usr/bin/env node
/**
 * `npm run build`: validate the content and run the checks (scripts/validate-content.ts), then build each site with
 * Astro, internal first, and write its search index once Astro's process has exited (src/integration/upstream/search-index.ts);
 * the public site's index is scanned for leaks like the rest of its output. Each site's output folder is deleted before
 * anything runs and again when its build fails, so a failed build leaves nothing to deploy. `--incremental` publishes
 * the public site from its previous build without starting Astro when that gives a full build's output
 * (src/integration/fast-publish.ts), and otherwise lets Astro's build reuse the previous build's unchanged entry pages
 * (src/integration/incremental-build.ts). Every successful public build keeps what the next fast publish needs.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { contentDir } from '../src/model/content-dir.ts';
import { openHandbook } from '../src/model/open-handbook.ts';
import { CHECKS_REPORTED_ENV } from '../src/integration/checks.ts';
import { assertNoLeaksIn, leakRules, leakRulesKey } from '../src/integration/leak-scan.ts';
import { fastPublish, stateOfOutput } from '../src/integration/fast-publish.ts';
import { buildStamp, commitState } from '../src/integration/fast-publish-state.ts';
import { optionsFromEnv, parseOptions } from '../src/integration/options.ts';
import { BuildFailure } from '../src/integration/build-failure.ts';
import { removeOutput } from '../src/integration/output-dir.ts';
import {
	SEARCH_INDEX_AFTER_BUILD_ENV,
	writeSearchIndex,
} from '../src/integration/upstream/search-index.ts';
import {
	ASTRO_BUILD_ENV,
	buildOptionsFromEnv,
	SITES,
	type SiteName,
} from '../src/integration/site-context.ts';
import {
	incrementalSummary,
	prepareIncrementalBuild,
} from '../src/integration/incremental-build.ts';
import { DEFAULT_ENTRY_CACHE } from '../src/model/entry-cache.ts';
import { astroArgs } from './cli/astro.ts';

const requested = process.argv.slice(2).filter((arg) => arg !== '--incremental');
const incremental = requested.length < process.argv.length - 2;
let sites = (requested.length > 0 ? requested : SITES) as SiteName[];
for (const site of sites) {
	if (!SITES.includes(site)) {
		console.error(`usage: npm run build [-- ${SITES.join('|')}] [--incremental]`);
		process.exit(2);
	}
}

const dir = contentDir();
const root = join(import.meta.dirname, '..');
const keep = [process.cwd(), root, join(root, 'public'), join(root, 'src'), dir];
const removeOutputs = (list: readonly SiteName[]) => {
	try {
		for (const site of list) removeOutput(buildOptionsFromEnv(site).outDir, keep);
	} catch (error) {
		console.error(`\n✖ ${(error as Error).message}`);
		process.exit(2);
	}
};
const fail = (site: SiteName, status: number) => {
	removeOutputs([site]);
	process.exit(status);
};

if (incremental && sites.includes('public')) {
	// Pages read the site from the environment, as in Astro's process: the fast publish renders in this one.
	process.env.FIREBREAK_SITE = 'public';
	console.log(`\n▶ Publishing the public site from ${dir}`);
	try {
		const fast = await fastPublish(keep, (message) => console.log(message));
		if (fast.published) sites = sites.filter((site) => site !== 'public');
		else console.log(`[incremental] no fast publish: ${fast.reason}; building with Astro instead`);
	} catch (error) {
		console.error(
			`\n✖ ${error instanceof BuildFailure ? error.message : (error as Error).stack}\n\n✖ The public site failed to publish; its output was deleted.`
		);
		process.exit(1);
	}
	if (sites.length === 0) process.exit(0);
}
removeOutputs(sites);

const validated = spawnSync(process.execPath, [join(import.meta.dirname, 'validate-content.ts')], {
	stdio: 'inherit',
});
if (validated.status !== 0) process.exit(validated.status ?? 1);

for (const site of sites) {
	console.log(`\n▶ Building the ${site} site from ${dir}`);
	const { cacheDir, outDir } = buildOptionsFromEnv(site);
	const started = Date.now();
	const options = parseOptions(optionsFromEnv({}, process.env));
	const stamp = buildStamp({
		site,
		contentDir: options.contentDir,
		outRoot: options.outRoot,
		...(options.today ? { today: options.today } : {}),
	});
	if (site === 'public') {
		const plan = prepareIncrementalBuild(cacheDir, incremental);
		if (incremental) console.log(`[incremental] ${plan}`);
	}
	const env = {
		...process.env,
		...ASTRO_BUILD_ENV,
		[SEARCH_INDEX_AFTER_BUILD_ENV]: '1',
		[CHECKS_REPORTED_ENV]: '1',
		FIREBREAK_SITE: site,
		ASTRO_TELEMETRY_DISABLED: '1',
	};
	const result = spawnSync(process.execPath, astroArgs('build'), { stdio: 'inherit', env });
	if (result.status !== 0) {
		console.error(
			`\n✖ The ${site} site failed to build (${result.error?.message ?? `exit ${result.status ?? result.signal}`}); its output was deleted.`
		);
		fail(site, result.status || 1);
	}
	if (site === 'public' && incremental)
		console.log(`[incremental] ${incrementalSummary(cacheDir, started)}`);
	try {
		const indexing = performance.now();
		const pages = await writeSearchIndex(outDir);
		console.log(
			`[search] ${pages} pages indexed in ${Math.round(performance.now() - indexing)} ms`
		);
		if (site === 'public') {
			const rules = leakRules(openHandbook(dir, { cacheDir: DEFAULT_ENTRY_CACHE }).handbook!);
			assertNoLeaksIn(outDir, rules, (message) => console.log(`[search] ${message}`), {
				within: 'pagefind',
			});
			// What the next `--incremental` publish starts from (src/integration/fast-publish-state.ts).
			commitState(cacheDir, stateOfOutput(outDir, stamp, leakRulesKey(rules)));
		}
	} catch (error) {
		console.error(`\n✖ The ${site} site's search index failed: ${(error as Error).message}`);
		fail(site, 1);
	}
}
