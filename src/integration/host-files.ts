/**
 * The files a site tells its host with, written once its pages are final (the last step of `astro:build:done`):
 * `_headers` with a Content-Security-Policy that allows exactly the inline scripts the built pages carry, by hash,
 * and `robots.txt`. Astro inlines small scripts and Starlight ships inline ones (its theme provider, the sidebar's
 * scroll restore), so the hashes can only be known from the output.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { headersFile } from '../model/public/headers.ts';
import { robotsTxt, siteHeaderRules, type SiteName } from '../model/site-headers.ts';
import { absoluteUrl, urls } from '../model/urls.ts';
import { BuildFailure } from './build-failure.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** `type`s a browser runs as JavaScript (and so the CSP governs); JSON data blocks are not run. */
const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export interface InlineScripts {
	/** `sha256-…` of every distinct inline script. */
	hashes: string[];
	/** `file: <tag on…>` for each inline event handler, which no hash can allow without `'unsafe-hashes'`. */
	handlers: string[];
}

/** @returns the inline scripts and event handlers of every HTML file under `dir` */
export function inlineScripts(dir: string): InlineScripts {
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) =>
		file.endsWith('.html')
	);
	return mergeInlineScripts(files.map((file) => pageInlineScripts(dir, file)));
}

/** @returns the inline scripts and event handlers of one HTML file (`file` relative to `dir`) */
export function pageInlineScripts(dir: string, file: string): InlineScripts {
	const hashes = new Set<string>();
	const handlers: string[] = [];
	const visit = (node: Node) => {
		if ('tagName' in node) {
			const element: Element = node;
			const attrs = new Map(element.attrs.map((attr) => [attr.name, attr.value]));
			for (const name of attrs.keys())
				if (name.startsWith('on')) handlers.push(`${file}: <${element.tagName} ${name}>`);
			if (
				element.tagName === 'script' &&
				!attrs.has('src') &&
				SCRIPT_TYPES.has((attrs.get('type') ?? '').trim().toLowerCase())
			) {
				hashes.add(
					scriptHash(
						element.childNodes.map((child) => ('value' in child ? child.value : '')).join('')
					)
				);
			}
			if (element.tagName === 'template')
				visit((element as DefaultTreeAdapterMap['template']).content);
		}
		if ('childNodes' in node) for (const child of node.childNodes) visit(child);
	};
	visit(parse(readFileSync(join(dir, file), 'utf8')));
	return { hashes: [...hashes], handlers };
}

/** @returns the scripts of several pages together, as {@link inlineScripts} gives them for a folder */
export function mergeInlineScripts(pages: readonly InlineScripts[]): InlineScripts {
	return {
		hashes: [...new Set(pages.flatMap((page) => page.hashes))].sort(),
		handlers: pages.flatMap((page) => page.handlers),
	};
}

/** @returns the CSP source of a script's text: `sha256-` and the base64 digest of its UTF-8 bytes */
export function scriptHash(text: string): string {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * Writes `<dir>/_headers` and `<dir>/robots.txt`; an inline event handler fails the build (the CSP would block it).
 * @param siteUrl the site's address (`sites.<site>` of handbook.yaml), for the sitemap line
 * @param scripts the inline scripts of its pages, when the caller has them
 * @returns the number of inline-script hashes in the policy
 */
export function writeHostFiles(
	dir: string,
	site: SiteName,
	siteUrl: string,
	scripts: InlineScripts = inlineScripts(dir)
): number {
	const { hashes, handlers } = scripts;
	if (handlers.length > 0) {
		throw new BuildFailure(
			`Inline event handlers, which the ${site} site's Content-Security-Policy blocks (use a <script> instead):\n${handlers.map((h) => `  ${h}`).join('\n')}`
		);
	}
	writeFileSync(join(dir, '_headers'), headersFile(siteHeaderRules(site, hashes)));
	writeFileSync(join(dir, 'robots.txt'), robotsTxt(site, absoluteUrl(siteUrl, urls.sitemap())));
	return hashes.length;
}
