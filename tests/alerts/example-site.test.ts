/** The example site's alert links, followed in the built output: every one lands on the runbook that names the alert. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runbookOfAlert } from '../../src/model/alerts/catalog.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { absoluteUrl, urls } from '../../src/model/urls.ts';
import { EXAMPLE_INTERNAL } from '../helpers/example-site.ts';
import { ROOT } from '../helpers/run.ts';
import { pageAt, readRedirect } from './redirect-page.ts';

const handbook = openHandbook(join(ROOT, 'content')).handbook!;
const SITE = handbook.config.sites.internal;

describe('alert links of the example site', () => {
	const built = readdirSync(join(EXAMPLE_INTERNAL, 'alerts'), { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name);

	it('has a page for every alert a runbook names, under its name and its lowercase name', () => {
		const named = [...handbook.runbooksByAlert.keys()];
		expect(named.length).toBeGreaterThan(5);
		expect(built.sort()).toEqual(
			[...new Set(named.flatMap((name) => [name, name.toLowerCase()]))].sort()
		);
	});

	it('every /alerts/<name>/ page refreshes at once to an existing runbook page that names the alert', () => {
		for (const name of built) {
			const redirect = readRedirect(EXAMPLE_INTERNAL, urls.alert(name));
			expect(redirect, name).toBeDefined();
			expect(redirect!.delay).toBe(0);
			expect(redirect!.link).toBe(redirect!.target);
			expect(redirect!.canonical).toBe(absoluteUrl(SITE, redirect!.target));
			const page = pageAt(EXAMPLE_INTERNAL, redirect!.target);
			expect(page, `${name} → ${redirect!.target}`).toBeDefined();
			expect(
				readRedirect(EXAMPLE_INTERNAL, redirect!.target),
				'a runbook page, not another redirect'
			).toBeUndefined();
			const alert = [...handbook.runbooksByAlert.keys()].find(
				(known) => known.toLowerCase() === name.toLowerCase()
			)!;
			expect(redirect!.target).toBe(urls.runbook(runbookOfAlert(handbook, alert)!.id));
			expect(page).toContain(`<code>${alert}</code>`);
		}
	});

	it('alerts.json maps every covered alert to its runbook page', () => {
		const map = JSON.parse(readFileSync(join(EXAMPLE_INTERNAL, 'alerts.json'), 'utf8')) as Record<
			string,
			{ runbook: string; title: string; service: string; owner: string }
		>;
		expect(Object.keys(map)).toEqual([...handbook.runbooksByAlert.keys()].sort());
		for (const [name, entry] of Object.entries(map)) {
			const runbook = runbookOfAlert(handbook, name)!;
			expect(entry).toEqual({
				runbook: absoluteUrl(SITE, urls.runbook(runbook.id)),
				title: runbook.data.title,
				service: runbook.data.service,
				owner: runbook.data.owner,
			});
			expect(pageAt(EXAMPLE_INTERNAL, new URL(entry.runbook).pathname)).toContain(
				runbook.data.title
			);
		}
	});

	it('_redirects carries the same redirects, each to a page that exists', () => {
		const lines = readFileSync(join(EXAMPLE_INTERNAL, '_redirects'), 'utf8')
			.split('\n')
			.filter((line) => line && !line.startsWith('#'));
		expect(lines).toContain(
			`/alerts/CheckoutApiHighErrorRate/ ${urls.runbook('checkout-api/checkoutapihigherrorrate')} 301`
		);
		expect(lines).toContain(
			`/alerts/checkoutapihigherrorrate ${urls.runbook('checkout-api/checkoutapihigherrorrate')} 301`
		);
		for (const line of lines) {
			const [from, to, status] = line.split(' ');
			expect(status).toBe('301');
			expect(pageAt(EXAMPLE_INTERNAL, to!), line).toBeDefined();
			expect(
				readRedirect(EXAMPLE_INTERNAL, from!.endsWith('/') ? from! : `${from}/`)?.target,
				line
			).toBe(to);
		}
	});

	it('the /alerts/ index marks the alert without a runbook and links the others', () => {
		const index = pageAt(EXAMPLE_INTERNAL, urls.alerts())!;
		expect(index).toMatch(
			/<tr id="CheckoutApiPodsCrashLooping" data-covered="no"[^>]*>.*?No runbook.*?<\/tr>/
		);
		expect(index).toMatch(
			/<tr id="CheckoutApiHighErrorRate" data-covered="yes"[^>]*><td[^>]*><a href="\/alerts\/CheckoutApiHighErrorRate\/">/
		);
		expect(index).toContain('<code>alerts/checkout.rules.yaml:50</code>');
	});
});
