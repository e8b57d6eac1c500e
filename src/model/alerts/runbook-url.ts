/**
 * The alert links of `alerts.runbookUrl` (what a pattern may say: schemas/runbook-url.ts), filled in for each alert.
 * The same pattern decides what the `alert-runbook-url` check expects, what `firebreak alerts annotate` writes and
 * which redirect pages the internal site serves.
 */
import { RUNBOOK_URL_PLACEHOLDER, type RunbookUrlPlaceholder } from '../../schemas/runbook-url.ts';
import type { Runbook } from '../handbook.ts';

/** @returns the pattern with its placeholders filled in for one alert and the runbook that answers it. */
export function expandRunbookUrl(
	pattern: string,
	internal: string,
	alert: string,
	runbook: Runbook
): string {
	const values: Record<RunbookUrlPlaceholder, string> = {
		internal: internal.replace(/\/$/, ''),
		alert,
		alert_lower: alert.toLowerCase(),
		service: runbook.data.service,
		group: runbook.id.includes('/') ? runbook.id.slice(0, runbook.id.lastIndexOf('/')) : '',
	};
	// A runbook at the top of runbooks/ has no folder: `a/{group}/b` becomes `a/b`, not `a//b`.
	return pattern
		.replace(/\{group\}\//g, values.group === '' ? '' : '{group}/')
		.replace(RUNBOOK_URL_PLACEHOLDER, (_, name: RunbookUrlPlaceholder) => values[name]);
}

/**
 * @returns the site path (from the root of the internal site, with a trailing slash) of an expanded alert URL, the
 * form of the redirect table
 */
export function sitePathOf(url: string, internal: string): string {
	const base = internal.replace(/\/$/, '');
	const path = url.slice(base.length);
	return path.endsWith('/') ? path : `${path}/`;
}
