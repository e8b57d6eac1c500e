/**
 * The redirect table (`model/redirects.ts`) as Astro `redirects`. A static build writes each as `<from>/index.html`
 * with a 0-second refresh, a canonical link and a visible link, so alert links and old runbook URLs work on any host
 * and without JavaScript; the dev server answers them with a real 301.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Handbook } from '../model/handbook.ts';
import { redirectTable } from '../model/redirects.ts';
import { lockablePaths } from '../model/url-lock.ts';

/** @returns the internal site's redirects in the shape of Astro's `redirects` config. */
export function astroRedirects(handbook: Handbook): Record<string, { status: 301; destination: string }> {
	return Object.fromEntries(redirectTable(handbook).map((redirect) => [redirect.from, { status: 301, destination: redirect.to }]));
}

/**
 * Checks the built output, not the plan: every runbook page and every redirect the model promises exists in `dir`.
 * The URL checks trust this to hold; a route collision or a change in how Astro writes redirects would break it.
 * @throws listing the missing paths, which fails the build
 */
export function assertPublishedUrls(dir: string, handbook: Handbook): void {
	const paths = new Set([...lockablePaths(handbook), ...redirectTable(handbook).map((redirect) => redirect.from)]);
	const missing = [...paths].filter((path) => !existsSync(join(dir, path, 'index.html'))).sort();
	if (missing.length > 0) throw new Error(`These runbook and alert URLs were not written to ${dir}:\n${missing.map((path) => `  ${path}`).join('\n')}`);
}
