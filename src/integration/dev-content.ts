/** What the dev server reports about the content of a site (see dev-server.ts): the same blocks as a build would fail with. */
import { formatBuildFailure, formatWarningSummary } from '../model/checks/format.ts';
import { formatProblems } from '../model/problems.ts';
import { PublicBodyError } from '../model/public/index.ts';
import { siteChecks } from './checks.ts';
import type { DevContent } from './dev-server.ts';
import { archiveOf } from './archive-of.ts';
import { redirectTargets } from './redirects.ts';
import type { SiteContext } from './site-context.ts';

export function devContent(context: SiteContext): DevContent {
	const { problems, report } = siteChecks(context);
	if (!context.handbook || !report)
		return { blocking: formatProblems(problems), redirects: new Map() };
	if (context.site === 'public') {
		try {
			archiveOf(context);
		} catch (error) {
			if (error instanceof PublicBodyError)
				return { blocking: formatProblems([error.problem]), redirects: new Map() };
			throw error;
		}
	}
	const redirects =
		context.site === 'internal' ? redirectTargets(context.handbook) : new Map<string, string>();
	return {
		...(report.summary.errors > 0 ? { failing: formatBuildFailure(report) } : {}),
		summary: formatWarningSummary(report),
		redirects,
	};
}
