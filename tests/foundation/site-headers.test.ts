/**
 * The security headers and robots rules of both built example sites, read from their `_headers` by Netlify's own
 * parser, one test per header and per robots rule; and every inline script of every page is allowed by its hash.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { EXAMPLE_INTERNAL, EXAMPLE_PUBLIC } from '../helpers/example-site.ts';
import { attribute as attr, elements as elementsUnder, parseHtml } from '../helpers/html-tree.ts';
import { ROOT } from '../helpers/run.ts';
import { headersFor } from '../helpers/serve.ts';

const sites = openHandbook(join(ROOT, 'content')).handbook!.config.sites;
const pagesOf = (dir: string) =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
const elements = (file: string) => [...elementsUnder(parseHtml(readFileSync(file, 'utf8')))];

describe.each([
	['internal', EXAMPLE_INTERNAL],
	['public', EXAMPLE_PUBLIC],
] as const)('the %s site', (site, dir) => {
	let rules: Header[];
	/** The headers of a page, and of a file that is not HTML: both get the site-wide rules. */
	const served = () => [headersFor(rules, '/'), headersFor(rules, '/favicon.svg')];
	const csp = () =>
		new Map(
			headersFor(rules, '/')
				['Content-Security-Policy']!.split('; ')
				.map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)])
		);
	beforeAll(async () => {
		const parsed = await parseAllHeaders({
			headersFiles: [join(dir, '_headers')],
			configHeaders: [],
			minimal: false,
		});
		expect(parsed.errors).toEqual([]);
		rules = parsed.headers as Header[];
	});

	it('has _headers lines short enough for Cloudflare Pages (2,000 characters)', () => {
		for (const line of readFileSync(join(dir, '_headers'), 'utf8').split('\n'))
			expect(line.length).toBeLessThanOrEqual(2000);
	});

	it('allows scripts from the site and by hash only, never inline or eval', () => {
		const scripts = csp().get('script-src')!;
		expect(scripts.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(scripts.slice(2).length).toBeGreaterThan(0);
		for (const source of scripts.slice(2)) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
		expect(csp().get('default-src')).toEqual(["'none'"]);
		expect(csp().get('base-uri')).toEqual(["'none'"]);
		expect(csp().get('connect-src')).toEqual(["'self'"]);
	});

	it('allows every inline script of every page by its sha256', () => {
		const allowed = new Set(csp().get('script-src'));
		const missing: string[] = [];
		for (const file of pagesOf(dir)) {
			for (const element of elements(join(dir, file))) {
				if (
					element.tagName !== 'script' ||
					attr(element, 'src') !== undefined ||
					!['', 'module'].includes(attr(element, 'type') ?? '')
				)
					continue;
				const text = element.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
				const hash = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
				if (!allowed.has(hash)) missing.push(`${file}: ${text.slice(0, 60)}`);
			}
		}
		expect(missing).toEqual([]);
	});

	it('cannot be framed', () => {
		expect(csp().get('frame-ancestors')).toEqual(["'none'"]);
		for (const headers of served()) expect(headers['X-Frame-Options']).toBe('DENY');
	});

	it('sends nosniff, its Referrer-Policy, a Permissions-Policy, COOP and HSTS on every file', () => {
		for (const headers of served()) {
			expect(headers['X-Content-Type-Options']).toBe('nosniff');
			expect(headers['Referrer-Policy']).toBe(
				site === 'internal' ? 'no-referrer' : 'strict-origin-when-cross-origin'
			);
			expect(headers['Permissions-Policy']).toMatch(/(^|, )camera=\(\)/);
			expect(headers['Permissions-Policy']).toMatch(/(^|, )microphone=\(\)/);
			expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin');
			expect(
				Number(/^max-age=(\d+)$/.exec(headers['Strict-Transport-Security']!)![1])
			).toBeGreaterThanOrEqual(31536000);
		}
	});

	it('gives CORS to the API and the feeds only', () => {
		expect(headersFor(rules, '/')).not.toHaveProperty('Access-Control-Allow-Origin');
		if (site === 'public')
			expect(headersFor(rules, '/api/v2/summary.json')['Access-Control-Allow-Origin']).toBe('*');
		else
			expect(
				rules.some((rule) => Object.keys(rule.values).includes('Access-Control-Allow-Origin'))
			).toBe(false);
	});

	if (site === 'internal') {
		it('tells crawlers never to index it: X-Robots-Tag on every file, robots.txt Disallow: /, a noindex meta on every page', () => {
			for (const headers of [...served(), headersFor(rules, '/alerts.json')])
				expect(headers['X-Robots-Tag']).toBe('noindex, nofollow');
			const robots = readFileSync(join(dir, 'robots.txt'), 'utf8')
				.split('\n')
				.filter((line) => line && !line.startsWith('#'));
			expect(robots).toEqual(['User-agent: *', 'Disallow: /']);
			const pages = pagesOf(dir);
			expect(pages.length).toBeGreaterThan(40);
			for (const file of pages) {
				const robotsMeta = elements(join(dir, file))
					.filter((e) => e.tagName === 'meta' && attr(e, 'name') === 'robots')
					.map((e) => attr(e, 'content'));
				expect(
					robotsMeta.some((content) => /noindex/.test(content ?? '')),
					file
				).toBe(true);
			}
		});
	} else {
		it('lets crawlers in and names its sitemap, with no noindex anywhere', () => {
			expect(headersFor(rules, '/')).not.toHaveProperty('X-Robots-Tag');
			const robots = readFileSync(join(dir, 'robots.txt'), 'utf8');
			expect(robots).toMatch(/^User-agent: \*$/m);
			expect(robots).not.toMatch(/^Disallow:/m);
			const sitemap = /^Sitemap: (.+)$/m.exec(robots)![1]!;
			expect(sitemap).toBe(
				new URL('sitemap-index.xml', `${sites.public.replace(/\/$/, '')}/`).href
			);
			expect(existsSync(join(dir, new URL(sitemap).pathname))).toBe(true);
			for (const file of pagesOf(dir).filter((f) => f !== '404.html')) {
				expect(
					elements(join(dir, file)).some(
						(e) => e.tagName === 'meta' && attr(e, 'name') === 'robots'
					),
					file
				).toBe(false);
			}
		});
	}
});
