/**
 * The policy checks of one build: computed once per loaded content from the site's handbook and clock, enforced in
 * `astro:config:setup` (a safety net for a plain `astro build`; `scripts/build.ts` checks before Astro starts) and read
 * by the pages (`/checks/`, banners, `checks.json`) through site.ts.
 */
import { formatBuildFailure, formatWarningSummary } from '../model/checks/format.ts';
import {
	checkHandbook,
	entryKey,
	findingsByEntry,
	type CheckReport,
} from '../model/checks/report.ts';
import type { EntryKind, Finding } from '../model/checks/types.ts';
import { formatProblems, type Problem } from '../model/problems.ts';
import type { SiteContext } from './site-context.ts';
import { BuildFailure } from './build-failure.ts';

/** Set by scripts/build.ts once it has printed the warning summary, so each site's build does not repeat it. */
export const CHECKS_REPORTED_ENV = 'FIREBREAK_CHECKS_REPORTED';

interface SiteChecks {
	problems: Problem[];
	report?: CheckReport;
	byEntry?: Map<string, Finding[]>;
}

// Keyed by the loaded content: a dev server's reload is a new context, so its checks are computed again.
const memo = new WeakMap<SiteContext, SiteChecks>();

/** @returns the checks of a site's content */
export function siteChecks(context: SiteContext): SiteChecks {
	let result = memo.get(context);
	if (!result) {
		result = context.handbook
			? checkHandbook(context.handbook, context.today)
			: { problems: [...context.problems] };
		memo.set(context, result);
	}
	return result;
}

/** @returns the report; throws the problems when the content or its `checks:` levels are invalid. */
export function checkReportOf(context: SiteContext): CheckReport {
	const { problems, report } = siteChecks(context);
	if (!report) throw new BuildFailure(`\n${formatProblems(problems)}`);
	return report;
}

/** @returns the findings about one entry of a site's content, for the banner on its page. */
export function findingsAbout(context: SiteContext, kind: EntryKind, id: string): Finding[] {
	const checks = siteChecks(context);
	checks.byEntry ??= findingsByEntry(checkReportOf(context).findings);
	return checks.byEntry.get(entryKey(kind, id)) ?? [];
}

/**
 * Throws (which fails the Astro build) on content problems or error-level findings; logs the warning summary.
 * @param log where the summary goes (Astro's integration logger)
 */
export function enforceChecks(
	context: SiteContext,
	log: { warn(message: string): void; info(message: string): void }
): void {
	const report = checkReportOf(context);
	if (report.summary.errors > 0) throw new BuildFailure(`\n${formatBuildFailure(report)}`);
	if (process.env[CHECKS_REPORTED_ENV] === '1') return;
	const summary = formatWarningSummary(report);
	if (report.summary.warnings > 0) log.warn(summary);
	else log.info(summary);
}
