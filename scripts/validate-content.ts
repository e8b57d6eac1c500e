#!/usr/bin/env node
/**
 * The first step of `npm run build`, in a process of its own so that the content it loads does not stay in memory
 * beside Astro's: validate the content once through `src/model/` (clean, complete error report, no Astro start-up on
 * bad content) and run the policy checks, failing with the text `firebreak check` prints.
 */
import { contentDir } from '../src/model/content-dir.ts';
import { DEFAULT_ENTRY_CACHE } from '../src/model/entry-cache.ts';
import { openHandbook } from '../src/model/open-handbook.ts';
import { formatProblems } from '../src/model/problems.ts';
import { resolveToday } from '../src/model/clock.ts';
import { formatBuildFailure, formatWarningSummary } from '../src/model/checks/format.ts';
import { checkHandbook } from '../src/model/checks/report.ts';

const opened = openHandbook(contentDir(), { cacheDir: DEFAULT_ENTRY_CACHE });
if (!opened.handbook) {
	console.error(formatProblems(opened.problems));
	process.exit(1);
}
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
