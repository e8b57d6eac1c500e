/**
 * The offline link check over a built site: every same-site URL in its pages, feeds, sitemaps and JSON resolves to a
 * built file, every `#fragment` to an element of the target page, and (for the public site) no URL points at the
 * internal site or an internal domain. Runs after each site's build and in the tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { decodeXML } from 'entities';
import type { Handbook } from '../model/handbook.ts';
import { isPageIndependent } from '../model/urls.ts';
import { forEachStartTag, type StartTag } from './html-tags.ts';
import type { SiteName } from './options.ts';
import { BuildFailure } from './build-failure.ts';

export interface BrokenLink {
	/** The page (or feed, sitemap, JSON file) holding the link, as a site path: `/runbooks/x/`, `/feed.xml`. */
	page: string;
	/** The URL as written. */
	target: string;
	/** Why it fails: `no such page`, `no element with id "x" on /y/`, `points at the internal domain z`. */
	reason: string;
}

export interface LinkCheckOptions {
	/** The site's own base URL (`sites.internal` or `sites.public`): absolute URLs on its origin are same-site. */
	siteUrl: string;
	/** Hosts no URL may point at, each with its subdomains (the public site: the internal host and internal domains). */
	forbiddenHosts?: readonly string[];
	/** Files (relative, with `/`) the build writes only after the check: the cards still rendering in their process. */
	pending?: ReadonlySet<string>;
}

export interface LinkCheckResult {
	/** Files read (HTML, XML, JSON). */
	files: number;
	/** Same-site URLs resolved. */
	links: number;
	broken: BrokenLink[];
	/** The files those URLs lead to (relative paths): what the site references. */
	reached: Set<string>;
}

/** Attributes that hold one URL, per element; `srcset` and meta refresh are read apart. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
	a: ['href'],
	area: ['href'],
	link: ['href'],
	img: ['src'],
	source: ['src'],
	script: ['src'],
	iframe: ['src'],
	video: ['src', 'poster'],
	audio: ['src'],
	track: ['src'],
	form: ['action'],
	use: ['href', 'xlink:href'],
	image: ['href', 'xlink:href'],
};
/** `<meta>` whose content is a URL crawlers and previews fetch. */
const URL_META = new Set(['og:image', 'og:url', 'twitter:image']);

interface Page {
	path: string;
	urls: string[];
}

/**
 * @returns the options for one site of a handbook: its own base URL, and for the public site, the internal site's host
 * and every `redaction.internalDomains` as forbidden hosts
 */
export function linkCheckOptions(site: SiteName, handbook: Handbook): LinkCheckOptions {
	const { sites, redaction } = handbook.config;
	if (site === 'internal') return { siteUrl: sites.internal };
	return {
		siteUrl: sites.public,
		forbiddenHosts: [new URL(sites.internal).hostname, ...redaction.internalDomains],
	};
}

/**
 * @param dir a built site folder
 * @returns every link of the site that does not resolve, or points where it must not
 */
export function checkLinks(dir: string, options: LinkCheckOptions): LinkCheckResult {
	const site = new URL(options.siteUrl);
	const files = new Set(
		walk(dir)
			.map((file) => relative(dir, file).split(sep).join('/'))
			.sort()
	);
	for (const file of options.pending ?? []) files.add(file);
	const ids = new Map<string, Set<string>>();
	const pages: Page[] = [];
	for (const file of files) {
		const path = sitePath(file);
		const ext = extname(file);
		const xml = ext === '.xml' || ext === '.atom';
		const text =
			ext === '.html' || xml || ext === '.json' ? readFileSync(join(dir, file), 'utf8') : undefined;
		if (text === undefined) continue;
		if (ext === '.html') {
			const page = readHtml(text);
			ids.set(file, page.ids);
			pages.push({ path, urls: page.urls });
		} else if (xml) pages.push({ path, urls: xmlUrls(text) });
		else if (!file.startsWith('pagefind/')) pages.push({ path, urls: jsonUrls(text) });
	}

	const broken: BrokenLink[] = [];
	const reached = new Set<string>();
	let links = 0;
	// Most links are the same on every page (navigation, sidebar, head): a URL that does not depend on the page it is
	// on (absolute, or a path from the root) is checked once.
	const verdicts = new Map<string, Verdict>();
	for (const page of pages) {
		const base = new URL(page.path, site);
		for (const target of page.urls) {
			const pageIndependent = isPageIndependent(target);
			let verdict = pageIndependent ? verdicts.get(target) : undefined;
			if (!verdict) {
				verdict = judge(target, base, site, files, ids, options.forbiddenHosts);
				if (pageIndependent) verdicts.set(target, verdict);
			}
			if (verdict.sameSite) links++;
			if (verdict.file) reached.add(verdict.file);
			if (verdict.reason) broken.push({ page: page.path, target, reason: verdict.reason });
		}
	}
	return { files: pages.length, links, broken, reached };
}

interface Verdict {
	sameSite: boolean;
	file?: string;
	reason?: string;
}

function judge(
	target: string,
	base: URL,
	site: URL,
	files: ReadonlySet<string>,
	ids: ReadonlyMap<string, ReadonlySet<string>>,
	forbiddenHosts: readonly string[] = []
): Verdict {
	let url: URL;
	try {
		url = new URL(target, base);
	} catch {
		return { sameSite: false, reason: 'not a valid URL' };
	}
	const forbidden = forbiddenHosts.find(
		(host) => url.hostname === host || url.hostname.endsWith(`.${host}`)
	);
	if (forbidden) return { sameSite: false, reason: `points at ${forbidden}, which is internal` };
	if (url.origin !== site.origin) return { sameSite: false };
	return { sameSite: true, ...resolve(url, files, ids) };
}

/** @returns the problems as one line each: `✖ /page/ → target (reason)`. */
export function formatBrokenLinks(broken: readonly BrokenLink[]): string {
	return broken.map((link) => `  ✖ ${link.page} → ${link.target} (${link.reason})`).join('\n');
}

/**
 * Runs the check on a finished build and throws (failing the build) when a link is broken.
 * @param log receives the one-line summary of a clean check
 */
export function assertLinksResolve(
	dir: string,
	options: LinkCheckOptions,
	log: (message: string) => void
): void {
	const started = performance.now();
	const result = checkLinks(dir, options);
	const ms = Math.round(performance.now() - started);
	if (result.broken.length === 0) {
		log(`Link check: ${result.links} same-site links in ${result.files} files resolve (${ms} ms).`);
		return;
	}
	const count = `${result.broken.length} broken link${result.broken.length === 1 ? '' : 's'}`;
	throw new BuildFailure(`Link check: ${count} in ${dir}\n${formatBrokenLinks(result.broken)}`);
}

/** @returns the file a same-site URL leads to, and why it does not resolve (to a file, or to an anchor in it). */
function resolve(
	url: URL,
	files: ReadonlySet<string>,
	ids: ReadonlyMap<string, ReadonlySet<string>>
): { file?: string; reason?: string } {
	let path: string;
	try {
		path = decodeURIComponent(url.pathname).replace(/^\//, '');
	} catch {
		return { reason: 'not a valid URL' };
	}
	// Directory-style pages: `/x/` is `x/index.html`; `/x` is served from there too by static hosts.
	const file = [
		path.endsWith('/') || path === '' ? `${path}index.html` : path,
		`${path}/index.html`,
	].find((candidate) => files.has(candidate));
	if (!file) return { reason: 'no such page' };
	const fragment = url.hash.slice(1);
	// `#` and `#top` scroll to the top by the HTML standard; text fragments (`#:~:text=`) are not ids.
	if (
		fragment === '' ||
		fragment === 'top' ||
		fragment.startsWith(':~:') ||
		!file.endsWith('.html')
	)
		return { file };
	const id = decodeURIComponent(fragment);
	return ids.get(file)?.has(id)
		? { file }
		: { file, reason: `no element with id "${id}" on /${file.replace(/index\.html$/, '')}` };
}

/** @returns the ids (and `<a name>`s) of a page, and every URL it links to or loads. */
function readHtml(html: string): { ids: Set<string>; urls: string[] } {
	const ids = new Set<string>();
	const urls: string[] = [];
	forEachStartTag(html, (tag) => {
		const id = attribute(tag, 'id');
		if (id) ids.add(id);
		if (tag.tagName === 'a' && attribute(tag, 'name')) ids.add(attribute(tag, 'name')!);
		urls.push(...tagUrls(tag));
	});
	return { ids, urls };
}

/** The tokenizer reports `xlink:href` under that name: namespaces are the tree builder's work. */
function attribute(tag: StartTag, name: string): string | undefined {
	return tag.attrs.find((attr) => attr.name === name)?.value;
}

function tagUrls(tag: StartTag): string[] {
	const urls: string[] = [];
	for (const name of URL_ATTRIBUTES[tag.tagName] ?? []) {
		const value = attribute(tag, name)?.trim();
		if (value) urls.push(value);
	}
	const srcset = attribute(tag, 'srcset');
	if (srcset)
		for (const candidate of srcset.split(',')) urls.push(candidate.trim().split(/\s+/)[0]!);
	if (tag.tagName === 'meta') {
		const content = attribute(tag, 'content')?.trim();
		const key = attribute(tag, 'property') ?? attribute(tag, 'name') ?? '';
		if (content && URL_META.has(key)) urls.push(content);
		// `<meta http-equiv="refresh" content="0;url=/x/">`: the redirect pages.
		const refresh =
			attribute(tag, 'http-equiv')?.toLowerCase() === 'refresh'
				? /url=(.+)$/i.exec(content ?? '')?.[1]
				: undefined;
		if (refresh) urls.push(refresh.trim().replace(/^['"]|['"]$/g, ''));
	}
	return urls.filter((url) => !/^(mailto|tel|data|blob):/i.test(url));
}

/** @returns the URLs of a feed or sitemap: `<loc>`, `<link>`, `<url>` text and `href` attributes. */
function xmlUrls(xml: string): string[] {
	const urls: string[] = [];
	for (const match of xml.matchAll(/<(loc|link|url|id)>\s*(?:<!\[CDATA\[)?([^<\]]+)/g))
		urls.push(decodeXML(match[2]!.trim()));
	for (const match of xml.matchAll(/\shref="([^"]+)"/g)) urls.push(decodeXML(match[1]!));
	return urls.filter((url) => /^(https?:|\/)/.test(url));
}

/** @returns the string values of a JSON file that are absolute http(s) URLs. */
function jsonUrls(json: string): string[] {
	const urls: string[] = [];
	const visit = (value: unknown): void => {
		if (typeof value === 'string') {
			if (/^https?:\/\//.test(value)) urls.push(value);
		} else if (Array.isArray(value)) value.forEach(visit);
		else if (value && typeof value === 'object') Object.values(value).forEach(visit);
	};
	try {
		visit(JSON.parse(json));
	} catch {
		// Not JSON after all (e.g. a `.json` asset of a library): it has no links to check.
	}
	return urls;
}

/** @returns the site path a built file is served at: `a/index.html` → `/a/`, `feed.xml` → `/feed.xml`. */
function sitePath(file: string): string {
	return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name));
}
