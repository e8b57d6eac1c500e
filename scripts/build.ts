#!/usr/bin/env node
/**
 * `npm run build`: validate the content once through `src/model/` (clean, complete error report, no Astro start-up on
 * bad content), then build each site with Astro, internal first.
 */
import { spawnSync } from 'node:child_process';
import { contentDir } from '../src/model/content-dir.ts';
import { openHandbook } from '../src/model/open-handbook.ts';
import { formatProblems } from '../src/model/problems.ts';
import { SITES, type SiteName } from '../src/integration/site.ts';

const requested = process.argv.slice(2);
const sites = (requested.length > 0 ? requested : SITES) as SiteName[];
for (const site of sites) {
	if (!SITES.includes(site)) {
		console.error(`usage: npm run build [-- ${SITES.join('|')}]`);
		process.exit(2);
	}
}

const dir = contentDir();
const opened = openHandbook(dir);
if (!opened.handbook) {
	console.error(formatProblems(opened.problems));
	process.exit(1);
}

for (const site of sites) {
	console.log(`\n▶ Building the ${site} site from ${dir}`);
	const result = spawnSync('astro', ['build'], { stdio: 'inherit', env: { ...process.env, FIREBREAK_SITE: site, ASTRO_TELEMETRY_DISABLED: '1' } });
	if (result.status !== 0) {
		console.error(`\n✖ The ${site} site failed to build (exit ${result.status ?? result.signal}).`);
		process.exit(result.status ?? 1);
	}
}
