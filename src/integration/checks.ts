/**
 * The policy checks of one build: computed once per process from the site's handbook and clock, enforced in
 * `astro:config:setup` (a safety net for a plain `astro build`; `scripts/build.ts` checks before Astro starts) and read
 * by the pages (`/checks/`, banners, `checks.json`).
 */
import { formatBuildFailure, formatWarningSummary } from '../model/checks/format.ts';
import { checkHandbook, entryKey, findingsByEntry, type CheckReport } from '../model/checks/report.ts';
import type { EntryKind, Finding } from '../model/checks/types.ts';
import { formatProblems, type Problem } from '../model/problems.ts';
import { siteContext, type SiteContext } from './site.ts';
import { BuildFailure } from './build-failure.ts';

/** Set by scripts/build.ts once it has printed the warning summary, so each site's build does not repeat it. */
export const CHECKS_REPORTED_ENV = 'FIREBREAK_CHECKS_REPORTED';

const KEY = Symbol.for('firebreak.checks');
type Memo = { [KEY]?: WeakMap<SiteContext, { problems: Problem[]; report?: CheckReport }> };

/** @returns the checks of a site's content (memoized on `globalThis`: the config and the pages load separate copies). */
export function siteChecks(context: SiteContext = siteContext()): { problems: Problem[]; report?: CheckReport } {
	const memo = ((globalThis as Memo)[KEY] ??= new WeakMap());
	let result = memo.get(context);
	if (!result) {
		result = context.handbook ? checkHandbook(context.handbook, context.today) : { problems: [...context.problems] };
		memo.set(context, result);
	}
	return result;
}

/** @returns the report for pages; throws the problems when the content or its `checks:` levels are invalid. */
export function checkReport(): CheckReport {
	const { problems, report } = siteChecks();
	if (!report) throw new BuildFailure(`\n${formatProblems(problems)}`);
	return report;
}

const byEntry = new WeakMap<CheckReport, Map<string, Finding[]>>();

/** @returns the findings about one entry of this build, for the banner on its page. */
export function findingsAbout(kind: EntryKind, id: string): Finding[] {
	const report = checkReport();
	let index = byEntry.get(report);
	if (!index) {
		index = findingsByEntry(report.findings);
		byEntry.set(report, index);
	}
	return index.get(entryKey(kind, id)) ?? [];
}

/**
 * Throws (which fails the Astro build) on content problems or error-level findings; logs the warning summary.
 * @param log where the summary goes (Astro's integration logger)
 */
export function enforceChecks(context: SiteContext, log: { warn(message: string): void; info(message: string): void }): void {
	const { problems, report } = siteChecks(context);
	if (!report) throw new BuildFailure(`\n${formatProblems(problems)}`);
	if (report.summary.errors > 0) throw new BuildFailure(`\n${formatBuildFailure(report)}`);
	if (process.env[CHECKS_REPORTED_ENV] === '1') return;
	const summary = formatWarningSummary(report);
	if (report.summary.warnings > 0) log.warn(summary);
	else log.info(summary);
}
