/**
 * The redirect table (`model/redirects.ts`) on the built site. `astro build` would render each Astro redirect as a
 * page, thousands of them at a few thousand runbooks, and Pagefind would then read them all; the same page written
 * here after Pagefind costs a file write. The dev server answers with a real 301 (dev-server.ts).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Handbook } from '../model/handbook.ts';
import { escapeHtml } from '../model/public/escape.ts';
import { redirectTable } from '../model/redirects.ts';
import { lockablePaths } from '../model/url-lock.ts';

/** @returns where each redirecting path leads, for the dev server, which answers them with a 301 from the current content. */
export function redirectTargets(handbook: Handbook): Map<string, string> {
	return new Map(redirectTable(handbook).map((redirect) => [redirect.from, redirect.to]));
}

/**
 * The page Astro writes for a 301 in a static build: a 0-second refresh, noindex, a canonical link and a visible
 * link, so alert links and old runbook URLs work on any host and without JavaScript.
 */
function redirectPage(from: string, to: string, site: string): string {
	const target = escapeHtml(to);
	return `<!doctype html><title>Redirecting to: ${target}</title><meta http-equiv="refresh" content="0;url=${target}"><meta name="robots" content="noindex"><link rel="canonical" href="${escapeHtml(new URL(to, site).href)}"><body>\t<a href="${target}">Redirecting from <code>${escapeHtml(from)}</code> to <code>${target}</code></a></body>`;
}

/**
 * Writes every redirect as `<from>/index.html` into the built site `dir`.
 * @throws when a redirect would replace a page (the model keeps page paths out of the table, so this is a bug)
 */
export function writeRedirectPages(dir: string, handbook: Handbook): number {
	const redirects = redirectTable(handbook);
	for (const { from, to } of redirects) {
		const page = join(dir, from);
		if (existsSync(join(page, 'index.html')))
			throw new Error(`${from} is a page of ${dir}, so it cannot redirect to ${to}`);
		mkdirSync(page, { recursive: true });
		writeFileSync(join(page, 'index.html'), redirectPage(from, to, handbook.config.sites.internal));
	}
	return redirects.length;
}

/**
 * Checks the built output, not the plan: every runbook page and every redirect the model promises exists in `dir`.
 * The URL checks trust this to hold; a route collision or a change in how Astro writes redirects would break it.
 * @throws listing the missing paths, which fails the build
 */
export function assertPublishedUrls(dir: string, handbook: Handbook): void {
	const paths = new Set([
		...lockablePaths(handbook),
		...redirectTable(handbook).map((redirect) => redirect.from),
	]);
	const missing = [...paths].filter((path) => !existsSync(join(dir, path, 'index.html'))).sort();
	if (missing.length > 0)
		throw new Error(
			`These runbook and alert URLs were not written to ${dir}:\n${missing.map((path) => `  ${path}`).join('\n')}`
		);
}
