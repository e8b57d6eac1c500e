/** Reading a built redirect page the way a browser without JavaScript does: the meta refresh decides. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RedirectPage {
	/** The refresh delay in seconds. */
	delay: number;
	/** Where the refresh leads (a site path). */
	target: string;
	canonical?: string;
	/** The href of the visible link. */
	link?: string;
}

/** @returns the redirect of `<site><path>index.html`, or undefined when that page does not redirect. */
export function readRedirect(site: string, path: string): RedirectPage | undefined {
	const html = readFileSync(join(site, path, 'index.html'), 'utf8');
	const refresh = /<meta http-equiv="refresh" content="(\d+);url=([^"]+)"/.exec(html);
	if (!refresh) return undefined;
	return {
		delay: Number(refresh[1]),
		target: refresh[2]!,
		canonical: /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1],
		link: /<body>[\s\S]*<a href="([^"]+)"/.exec(html)?.[1],
	};
}

/** @returns the HTML of the page at `path` (a directory with index.html), or undefined when there is none. */
export function pageAt(site: string, path: string): string | undefined {
	const file = join(site, path, 'index.html');
	return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
