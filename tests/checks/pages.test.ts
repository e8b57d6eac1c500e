/** The check pages and files of the built example site. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_INTERNAL } from '../helpers/example-site.ts';
import { firebreak, TODAY } from '../helpers/run.ts';

const page = (path: string) => readFileSync(join(EXAMPLE_INTERNAL, path, 'index.html'), 'utf8');
const text = (html: string) =>
	html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&gt;/g, '>')
		.replace(/&lt;/g, '<')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');

describe('built check report and pages', () => {
	it('checks.json is the report firebreak check --format json prints', () => {
		const cli = firebreak(['check', '--format', 'json', '--today', TODAY]);
		expect(JSON.parse(readFileSync(join(EXAMPLE_INTERNAL, 'checks.json'), 'utf8'))).toEqual(
			JSON.parse(cli.stdout)
		);
	});

	it('/checks/ groups findings by rule and links each to its entry', () => {
		const html = page('checks');
		expect(html).toContain('id="postmortem-action-items"');
		expect(html).toContain(
			'<a href="/postmortems/2026-06-10-dashboard-login-slow/">postmortems/2026-06-10-dashboard-login-slow.mdx</a>'
		);
		expect(text(html)).toContain('has 2 action items; the handbook asks for 3 to 7');
	});

	it('a postmortem page shows its own findings in a banner, a clean page none', () => {
		const flagged = text(page('postmortems/2026-06-10-dashboard-login-slow'));
		expect(flagged).toContain('3 check findings');
		expect(flagged).toContain('"pm-auth-0610-2" was due 2026-07-31 and is still open');
		expect(page('runbooks/checkout-api/checkoutapihigherrorrate')).not.toContain('fb-findings');
		expect(text(page('runbooks/ledger/ledgerreplicationlaghigh'))).toContain(
			'was last reviewed 2025-12-01, 357 days ago'
		);
		expect(text(page('incidents/2026-07-28-webhook-delivery-delays'))).toContain(
			'is both incident commander and tech lead'
		);
	});

	it('/action-items/ shows age groups with an SVG chart, escalations, owners and completion', () => {
		const html = page('action-items');
		expect(html).toMatch(/<svg class="fb-chart"[^>]*role="img"/);
		expect(text(html)).toContain(
			'Open action items by age: ≤ 7 days 0, 8–30 days 2, 31–90 days 0, > 90 days 8'
		);
		for (const heading of ['Escalate', 'Overdue', 'By owner', 'Completion rate'])
			expect(html).toContain(`>${heading}</h2>`);
		expect(text(html)).toMatch(/Overall: \d+% \(\d+ of \d+\)/);
	});

	it('/readiness/ rates the five measures against their targets', () => {
		const body = text(page('readiness'));
		expect(body).toContain(
			'Runbooks reviewed within their period 45.5% ≥ 90% ≥ 75% Red 5 of 11 runbooks'
		);
		expect(body).toContain(
			'Days since the last drill 279 days ≤ 90 days ≤ 180 days Red last drill 2026-02-17'
		);
		expect(body).toMatch(/Alerts with a runbook [\d.]+%/);
	});
});
