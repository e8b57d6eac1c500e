/**
 * The public site's `_headers`, read by Netlify's own parser (`@netlify/headers-parser`) and matched with its path
 * rules against every file of the built example: CORS on the API and the feeds, a short lifetime on every status file,
 * a year on hashed assets, and no file that two rules give the same header (hosts disagree on what that means).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUS_MAX_AGE } from '../../src/model/public/headers.ts';
import { EXAMPLE_PUBLIC } from '../helpers/example-site.ts';
import { headersFor, serve, type StaticServer } from '../helpers/serve.ts';

/** Every built file as the path a host serves it at: `index.html` → `/`, `api/v2/status.json` → `/api/v2/status.json`. */
const paths = readdirSync(EXAMPLE_PUBLIC, {
	recursive: true,
	encoding: 'utf8',
	withFileTypes: false,
})
	.filter((file) => /\.[a-z0-9]+$/i.test(file) && !file.startsWith('_headers'))
	.map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`);
const SHORT = `public, max-age=${STATUS_MAX_AGE}`;

describe('_headers of the public site', () => {
	let rules: Header[];
	let errors: Error[];
	beforeAll(async () => {
		({ headers: rules, errors } = (await parseAllHeaders({
			headersFiles: [join(EXAMPLE_PUBLIC, '_headers')],
			configHeaders: [],
			minimal: false,
		})) as { headers: Header[]; errors: Error[] });
	});

	it('parses without errors, in few enough rules and short enough lines for Cloudflare Pages (100, 2,000 characters)', () => {
		expect(errors).toEqual([]);
		expect(rules.length).toBeGreaterThan(0);
		expect(rules.length).toBeLessThanOrEqual(100);
		for (const line of readFileSync(join(EXAMPLE_PUBLIC, '_headers'), 'utf8').split('\n'))
			expect(line.length).toBeLessThanOrEqual(2000);
	});

	it('lets any origin read the API and the feeds, for a short time', () => {
		const shared = paths.filter((p) => p.startsWith('/api/v2/') || /^\/feeds?[./]/.test(p));
		expect(shared).toEqual(
			expect.arrayContaining([
				'/api/v2/summary.json',
				'/api/v2/status.json',
				'/feed.xml',
				'/feed.atom',
				'/feed.json',
				'/feeds/api.atom',
			])
		);
		for (const path of shared)
			expect(headersFor(rules, path), path).toMatchObject({
				'Access-Control-Allow-Origin': '*',
				'Cache-Control': SHORT,
			});
	});

	it('gives every page a short lifetime and no cross-origin access', () => {
		const pages = paths.filter((p) => p.endsWith('/'));
		expect(pages).toEqual(expect.arrayContaining(['/', '/history/', '/postmortems/']));
		expect(pages.some((p) => p.startsWith('/incidents/'))).toBe(true);
		for (const page of pages) {
			const headers = headersFor(rules, page);
			expect(headers['Cache-Control'], page).toBe(SHORT);
			expect(headers, page).not.toHaveProperty('Access-Control-Allow-Origin');
		}
	});

	it('caches the hashed assets for a year', () => {
		const assets = paths.filter((p) => p.startsWith('/_astro/'));
		expect(assets.length).toBeGreaterThan(0);
		for (const asset of assets)
			expect(headersFor(rules, asset)['Cache-Control'], asset).toBe(
				'public, max-age=31536000, immutable'
			);
	});

	it('never gives one file a header from two rules, and has no rule that matches nothing', () => {
		for (const path of paths) {
			const names = rules
				.filter((rule) => rule.forRegExp.test(path))
				.flatMap((rule) => Object.keys(rule.values).map((n) => n.toLowerCase()));
			expect(names.length, path).toBe(new Set(names).size);
		}
		for (const rule of rules)
			expect(
				paths.some((path) => rule.forRegExp.test(path)),
				rule.for
			).toBe(true);
	});
});

describe('the public site served as Netlify serves it', () => {
	let server: StaticServer;
	beforeAll(async () => {
		server = await serve(EXAMPLE_PUBLIC, { hostHeaders: true });
	});
	afterAll(() => server?.close());

	it('answers the API with the rules applied and keeps _headers to itself', async () => {
		const summary = await fetch(`${server.url}/api/v2/summary.json`);
		expect(summary.headers.get('access-control-allow-origin')).toBe('*');
		expect(summary.headers.get('cache-control')).toBe(SHORT);
		expect((await fetch(`${server.url}/_headers`)).status).toBe(404);
	});
});
