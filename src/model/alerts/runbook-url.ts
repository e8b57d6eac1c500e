/**
 * `alerts.runbookUrl` of handbook.yaml: the URL scheme of alert links, so a team keeps the `runbook_url`s already in
 * its rule files and pager history. The same pattern decides what the `alert-runbook-url` check expects, what
 * `firebreak alerts annotate` writes and which redirect pages the internal site serves.
 */
import type { Runbook } from '../handbook.ts';

/** Today's scheme, and the default: `/alerts/<AlertName>/` on the internal site. */
export const DEFAULT_RUNBOOK_URL = '{internal}/alerts/{alert}/';

/** What each placeholder stands for (the manual's table of them, src/docs/alerts.md, is generated from this). */
export const RUNBOOK_URL_PLACEHOLDERS = {
	internal: 'sites.internal (the pattern starts with it: the internal site serves the links)',
	alert: 'the alert name as written',
	alert_lower: 'the alert name in lowercase',
	service: "the id of the runbook's service",
	group: "the runbook's folder under runbooks/ (as in its URL)",
} as const;

type Placeholder = keyof typeof RUNBOOK_URL_PLACEHOLDERS;

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** @returns what is wrong with a pattern, in words, or undefined when it is a usable scheme. */
export function runbookUrlPatternError(pattern: string): string | undefined {
	const known = Object.keys(RUNBOOK_URL_PLACEHOLDERS);
	const unknown = [...pattern.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((name) => !known.includes(name));
	if (unknown.length > 0) {
		return `a pattern of the placeholders ${known.map((name) => `{${name}}`).join(', ')} (unknown placeholder ${unknown.map((name) => `{${name}}`).join(', ')})`;
	}
	if (!pattern.startsWith('{internal}/')) return 'a pattern that starts with {internal}/ (the internal site serves the alert links)';
	if (!/\{alert(_lower)?\}/.test(pattern)) return 'a pattern with {alert} or {alert_lower}, so each alert gets its own URL';
	if (/[?#\s]/.test(pattern)) return 'a path without query, fragment or spaces (each URL is a page of the static site)';
	return undefined;
}

/** @returns the pattern with its placeholders filled in for one alert and the runbook that answers it. */
export function expandRunbookUrl(pattern: string, internal: string, alert: string, runbook: Runbook): string {
	const values: Record<Placeholder, string> = {
		internal: internal.replace(/\/$/, ''),
		alert,
		alert_lower: alert.toLowerCase(),
		service: runbook.data.service,
		group: runbook.id.includes('/') ? runbook.id.slice(0, runbook.id.lastIndexOf('/')) : '',
	};
	// A runbook at the top of runbooks/ has no folder: `a/{group}/b` becomes `a/b`, not `a//b`.
	return pattern.replace(/\{group\}\//g, values.group === '' ? '' : '{group}/').replace(PLACEHOLDER, (_, name: Placeholder) => values[name]);
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
