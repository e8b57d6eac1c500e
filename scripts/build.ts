#!/usr/bin/env node
/**
 * `npm run build`: validate the content once through `src/model/` (clean, complete error report, no Astro start-up on
 * bad content), then build each site with Astro, internal first.
 */
import { spawnSync } from 'node:child_process';
import { contentDir } from '../src/model/content-dir.ts';
import { openHandbook } from '../src/model/open-handbook.ts';
import { formatProblems } from '../src/model/problems.ts';
import { ASTRO_BUILD_ENV, SITES, type SiteName } from '../src/integration/site.ts';
import { CHECKS_REPORTED_ENV } from '../src/integration/checks.ts';
import { resolveToday } from '../src/model/clock.ts';
import { formatBuildFailure, formatWarningSummary } from '../src/model/checks/format.ts';
import { checkHandbook } from '../src/model/checks/report.ts';

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

// The policy checks, before Astro starts: errors stop here with the text `firebreak check` prints.
const checked = checkHandbook(opened.handbook, resolveToday(opened.handbook.config.org.timezone));
if (!checked.report) {
	console.error(formatProblems(checked.problems));
	process.exit(1);
}
if (checked.report.summary.errors > 0) {
	console.error(formatBuildFailure(checked.report));
	process.exit(1);
}
console.log(formatWarningSummary(checked.report));

for (const site of sites) {
	console.log(`\n▶ Building the ${site} site from ${dir}`);
	const result = spawnSync('astro', ['build'], { stdio: 'inherit', env: { ...process.env, ...ASTRO_BUILD_ENV, [CHECKS_REPORTED_ENV]: '1', FIREBREAK_SITE: site, ASTRO_TELEMETRY_DISABLED: '1' } });
	if (result.status !== 0) {
		console.error(`\n✖ The ${site} site failed to build (exit ${result.status ?? result.signal}).`);
		process.exit(result.status ?? 1);
	}
}
