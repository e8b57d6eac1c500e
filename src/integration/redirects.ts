/**
 * The redirect table (`model/redirects.ts`) as Astro `redirects`. A static build writes each as `<from>/index.html`
 * with a 0-second refresh, a canonical link and a visible link, so alert links and old runbook URLs work on any host
 * and without JavaScript; the dev server answers them with a real 301.
 */
import type { Handbook } from '../model/handbook.ts';
import { redirectTable } from '../model/redirects.ts';

/** @returns the internal site's redirects in the shape of Astro's `redirects` config. */
export function astroRedirects(handbook: Handbook): Record<string, { status: 301; destination: string }> {
	return Object.fromEntries(redirectTable(handbook).map((redirect) => [redirect.from, { status: 301, destination: redirect.to }]));
}
