import { describe, expect, it } from 'vitest';
import { checkLinks, formatBrokenLinks } from '../../src/integration/link-check.ts';
import { tempFolder } from '../helpers/fixture.ts';

const SITE = 'https://status.acme.example';

const page = (body: string, head = '') =>
	`<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;

describe('checkLinks', () => {
	it('resolves pages, files, fragments and absolute same-site URLs', () => {
		const dir = tempFolder({
			'index.html': page(
				'<a href="/history/">h</a> <a href="history">relative</a> <a href="/history/#2026-03">month</a> <a href="#top">top</a> <a href="#">self</a>' +
					`<a href="${SITE}/feed.xml">feed</a> <img src="/og/card.png" alt=""> <a href="mailto:ops@acme.example">mail</a> <a href="https://example.org/x">out</a>`,
				'<link rel="icon" href="/favicon.svg"><meta property="og:image" content="https://status.acme.example/og/card.png">'
			),
			'history/index.html': page(
				'<h2 id="2026-03">March</h2><a name="legacy"></a><a href="../#top">home</a> <a href="/#legacy">no</a>'
			),
			'favicon.svg': '<svg/>',
			'og/card.png': 'png',
			'feed.xml': `<rss><channel><link>${SITE}/</link><item><link>${SITE}/history/</link></item></channel></rss>`,
		});
		const result = checkLinks(dir, { siteUrl: SITE });
		expect(result.broken).toEqual([
			{ page: '/history/', target: '/#legacy', reason: 'no element with id "legacy" on /' },
		]);
		expect(result.links).toBe(13);
		expect([...result.reached].sort()).toEqual([
			'favicon.svg',
			'feed.xml',
			'history/index.html',
			'index.html',
			'og/card.png',
		]);
	});

	it('counts pending files (cards the build writes after the check) as there, and only those', () => {
		const dir = tempFolder({
			'index.html': page(
				'<img src="/og/runbooks/a.png" alt=""> <img src="/og/runbooks/b.png" alt="">'
			),
		});
		const { broken } = checkLinks(dir, { siteUrl: SITE, pending: new Set(['og/runbooks/a.png']) });
		expect(broken).toEqual([{ page: '/', target: '/og/runbooks/b.png', reason: 'no such page' }]);
	});

	it('names the page and the target of every broken link, in pages, feeds, sitemaps and JSON', () => {
		const dir = tempFolder({
			'index.html': page(
				'<a href="/incidents/gone/">gone</a> <a href="/history/#1999-01">old month</a> <img src="/img/missing.png" alt="">'
			),
			'history/index.html': page('<h2 id="2026-03">March</h2>'),
			'alerts/x/index.html':
				'<!doctype html><title>Redirecting</title><meta http-equiv="refresh" content="0;url=/runbooks/x/">',
			'feed.xml': `<rss><channel><item><link>${SITE}/incidents/also-gone/</link></item></channel></rss>`,
			'api/v2/summary.json': JSON.stringify({
				page: { url: `${SITE}/` },
				incidents: [{ shortlink: `${SITE}/incidents/json-gone/` }],
			}),
		});
		const { broken } = checkLinks(dir, { siteUrl: SITE });
		expect(broken).toEqual(
			expect.arrayContaining([
				{ page: '/', target: '/incidents/gone/', reason: 'no such page' },
				{
					page: '/',
					target: '/history/#1999-01',
					reason: 'no element with id "1999-01" on /history/',
				},
				{ page: '/', target: '/img/missing.png', reason: 'no such page' },
				{ page: '/alerts/x/', target: '/runbooks/x/', reason: 'no such page' },
				{ page: '/feed.xml', target: `${SITE}/incidents/also-gone/`, reason: 'no such page' },
				{
					page: '/api/v2/summary.json',
					target: `${SITE}/incidents/json-gone/`,
					reason: 'no such page',
				},
			])
		);
		expect(broken).toHaveLength(6);
		expect(formatBrokenLinks(broken)).toContain('✖ / → /incidents/gone/ (no such page)');
	});

	it('refuses links to forbidden hosts and their subdomains, wherever they are written', () => {
		const dir = tempFolder({
			'index.html': page(
				'<a href="https://handbook.acme.internal/runbooks/x/">runbook</a> <a href="https://grafana.corp.acme.net/d/1">dash</a> <a href="https://acme.net/">fine</a>'
			),
			'feed.xml': '<rss><channel><link>https://wiki.acme.internal/</link></channel></rss>',
		});
		const { broken } = checkLinks(dir, {
			siteUrl: SITE,
			forbiddenHosts: ['handbook.acme.internal', 'acme.internal', 'corp.acme.net'],
		});
		expect(broken.map((link) => `${link.page} ${link.target} ${link.reason}`)).toEqual([
			'/feed.xml https://wiki.acme.internal/ points at acme.internal, which is internal',
			'/ https://handbook.acme.internal/runbooks/x/ points at handbook.acme.internal, which is internal',
			'/ https://grafana.corp.acme.net/d/1 points at corp.acme.net, which is internal',
		]);
		expect(checkLinks(dir, { siteUrl: SITE }).broken).toEqual([]);
	});
});
