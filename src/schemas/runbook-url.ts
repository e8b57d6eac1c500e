/**
 * `alerts.runbookUrl` of handbook.yaml: the URL scheme of alert links, so a team keeps the `runbook_url`s already in
 * its rule files and pager history. What a pattern may say is part of the handbook's schema; filling it in for an
 * alert is `model/alerts/runbook-url.ts`.
 */

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

export type RunbookUrlPlaceholder = keyof typeof RUNBOOK_URL_PLACEHOLDERS;

/** A `{name}` in a pattern. */
export const RUNBOOK_URL_PLACEHOLDER = /\{([^{}]*)\}/g;

/** @returns what is wrong with a pattern, in words, or undefined when it is a usable scheme. */
export function runbookUrlPatternError(pattern: string): string | undefined {
	const known = Object.keys(RUNBOOK_URL_PLACEHOLDERS);
	const unknown = [...pattern.matchAll(RUNBOOK_URL_PLACEHOLDER)]
		.map((m) => m[1]!)
		.filter((name) => !known.includes(name));
	if (unknown.length > 0) {
		return `a pattern of the placeholders ${known.map((name) => `{${name}}`).join(', ')} (unknown placeholder ${unknown.map((name) => `{${name}}`).join(', ')})`;
	}
	if (!pattern.startsWith('{internal}/'))
		return 'a pattern that starts with {internal}/ (the internal site serves the alert links)';
	if (!/\{alert(_lower)?\}/.test(pattern))
		return 'a pattern with {alert} or {alert_lower}, so each alert gets its own URL';
	if (/[?#\s]/.test(pattern))
		return 'a path without query, fragment or spaces (each URL is a page of the static site)';
	return undefined;
}
