/**
 * Every redirect of the internal site, owned here once: the alert link targets (`/alerts/<AlertName>/`, its
 * lowercase form, and the path in the scheme of `alerts.runbookUrl`) and the runbooks' `aliases`. The Astro redirect pages, the `_redirects` file, the URL lock and the
 * checks all read this table, so a link that works in one of them works in all.
 */
import type { Handbook, Runbook } from './handbook.ts';
import { alertLink } from './alerts/catalog.ts';
import { sitePathOf } from './alerts/runbook-url.ts';
import { urls } from './urls.ts';

/** `alert-url`: the path of an alert's link in the scheme of `alerts.runbookUrl`, when that is not `/alerts/<AlertName>/`. */
type RedirectKind = 'alert' | 'alert-url' | 'alert-lowercase' | 'alias';

export interface Redirect {
	/** Site path with a trailing slash, like `/alerts/KubeAPIDown/`. */
	from: string;
	/** The runbook's URL. */
	to: string;
	kind: RedirectKind;
	runbook: Runbook;
	/** The alert behind an alert redirect. */
	alert?: string;
}

/** A path of plain segments: no `.`/`..` segments, no query or fragment, nothing a static host would mangle. */
const PATH = /^(\/[A-Za-z0-9_~:@!$&'()*+,;=%-][A-Za-z0-9._~:@!$&'()*+,;=%-]*)+\/?$/;

/** @returns the alias as a site path with a trailing slash, or undefined when it cannot be a page of a static site. */
export function normalizeAlias(alias: string): string | undefined {
	if (!PATH.test(alias)) return undefined;
	return alias.endsWith('/') ? alias : `${alias}/`;
}

/**
 * @returns every redirect, sorted by `from`. When two claims meet on one path, the first runbook (by file) keeps it
 * and the checks report the rest; a lowercase form that two alerts share, or that another redirect or page owns, is
 * left out, since it could not say which runbook is meant.
 */
export function redirectTable(handbook: Handbook): Redirect[] {
	const pages = pagePaths(handbook);
	const byPath = new Map<string, Redirect>();
	const runbooks = [...handbook.runbooks.values()].sort((a, b) => a.file.localeCompare(b.file));
	for (const runbook of runbooks) {
		const to = urls.runbook(runbook.id);
		for (const { name } of runbook.data.alerts) {
			const from = urls.alert(name);
			if (!byPath.has(from)) byPath.set(from, { from, to, kind: 'alert', runbook, alert: name });
		}
	}
	for (const runbook of runbooks) {
		const to = urls.runbook(runbook.id);
		for (const { name } of runbook.data.alerts) {
			// The scheme can lead straight to the runbook's own page (`{internal}/runbooks/{group}/{alert_lower}`).
			const from = alertUrlPath(handbook, name, runbook);
			if (from !== to && !pages.has(from) && !byPath.has(from))
				byPath.set(from, { from, to, kind: 'alert-url', runbook, alert: name });
		}
	}
	for (const runbook of runbooks) {
		const to = urls.runbook(runbook.id);
		for (const alias of runbook.data.aliases) {
			const from = normalizeAlias(alias);
			if (from && from !== to && !pages.has(from) && !byPath.has(from))
				byPath.set(from, { from, to, kind: 'alias', runbook });
		}
	}
	const lowercase = new Map<string, Redirect[]>();
	for (const redirect of byPath.values()) {
		if (redirect.kind !== 'alert') continue;
		const from = urls.alert(redirect.alert!.toLowerCase());
		if (from !== redirect.from) lowercase.set(from, [...(lowercase.get(from) ?? []), redirect]);
	}
	for (const [from, [redirect, ...others]] of lowercase) {
		if (others.length === 0 && !byPath.has(from) && !pages.has(from))
			byPath.set(from, { ...redirect!, from, kind: 'alert-lowercase' });
	}
	// Code-point order: the same on every machine, whatever its locale.
	return [...byPath.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** @returns the site path of an alert's link in the scheme of `alerts.runbookUrl`, with a trailing slash. */
export function alertUrlPath(handbook: Handbook, name: string, runbook: Runbook): string {
	const { internal } = handbook.config.sites;
	return sitePathOf(alertLink(handbook.config, name, runbook), internal);
}

/** @returns the paths of the site's own pages that a redirect must never shadow. */
export function pagePaths(handbook: Handbook): Set<string> {
	const paths = new Set<string>();
	for (const id of handbook.runbooks.keys()) paths.add(urls.runbook(id));
	for (const id of handbook.services.keys()) paths.add(urls.service(id));
	for (const id of handbook.incidents.keys()) paths.add(urls.incident(id));
	for (const id of handbook.postmortems.keys()) paths.add(urls.postmortem(id));
	for (const id of handbook.guides.keys()) paths.add(urls.guide(id));
	// Every URL without a parameter is a fixed page of the site (sections, feeds, files).
	for (const url of Object.values(urls)) if (url.length === 0) paths.add((url as () => string)());
	return paths;
}

/**
 * @returns the redirects as a `_redirects` file (Netlify, Cloudflare Pages): `from to 301`, one per line, each path
 * with and without its trailing slash since hosts differ in whether they treat the two as one.
 */
export function hostRedirectsFile(redirects: readonly Redirect[]): string {
	const lines = [
		'# Generated by Firebreak from content/runbooks (alerts and aliases). Do not edit.',
	];
	for (const { from, to } of redirects) {
		lines.push(`${from.slice(0, -1)} ${to} 301`, `${from} ${to} 301`);
	}
	return `${lines.join('\n')}\n`;
}
