import { describe, expect, it } from 'vitest';
import { testHandbook, type TestContent } from './checks/test-handbook.ts';
import { hostRedirectsFile, normalizeAlias, redirectTable } from './redirects.ts';

const table = (runbooks: TestContent['runbooks']) =>
	redirectTable(testHandbook({ runbooks })).map(({ from, to, kind }) => [from, to, kind]);

describe('redirectTable', () => {
	it('gives every alert its link and lowercase link, and every alias its path, all to the runbook', () => {
		expect(
			table({
				'checkout/down': {
					data: { alerts: ['CheckoutDown', 'checkout_raw'], aliases: ['/runbooks/old'] },
				},
			})
		).toEqual([
			['/alerts/CheckoutDown/', '/runbooks/checkout/down/', 'alert'],
			['/alerts/checkout_raw/', '/runbooks/checkout/down/', 'alert'],
			['/alerts/checkoutdown/', '/runbooks/checkout/down/', 'alert-lowercase'],
			['/runbooks/old/', '/runbooks/checkout/down/', 'alias'],
		]);
	});

	it('gives a claimed path to the first runbook by file, and drops lowercase links two alerts share', () => {
		expect(
			table({
				'checkout/a': { data: { alerts: ['CheckoutDown', 'PspDown'] } },
				'checkout/b': {
					data: {
						alerts: ['CheckoutDown', 'PSPDown'],
						aliases: ['/alerts/PspDown/', '/runbooks/'],
					},
				},
			})
		).toEqual([
			['/alerts/CheckoutDown/', '/runbooks/checkout/a/', 'alert'],
			['/alerts/PSPDown/', '/runbooks/checkout/b/', 'alert'],
			['/alerts/PspDown/', '/runbooks/checkout/a/', 'alert'],
			['/alerts/checkoutdown/', '/runbooks/checkout/a/', 'alert-lowercase'],
		]);
	});
});

describe('redirectTable with alerts.runbookUrl', () => {
	const schemeTable = (runbookUrl: string, runbooks: TestContent['runbooks']) =>
		redirectTable(testHandbook({ config: { alerts: { runbookUrl } }, runbooks })).map(
			({ from, to, kind }) => [from, to, kind]
		);

	it("adds each alert's path in the scheme beside /alerts/<AlertName>/", () => {
		expect(
			schemeTable('{internal}/rb/{service}/{alert_lower}', {
				'checkout/down': { data: { alerts: ['CheckoutDown'] } },
			})
		).toEqual([
			['/alerts/CheckoutDown/', '/runbooks/checkout/down/', 'alert'],
			['/alerts/checkoutdown/', '/runbooks/checkout/down/', 'alert-lowercase'],
			['/rb/checkout-api/checkoutdown/', '/runbooks/checkout/down/', 'alert-url'],
		]);
	});

	it("needs no redirect where the scheme is the runbook's own path, and never shadows another page", () => {
		const runbooks = {
			'checkout/checkoutdown': { data: { alerts: ['CheckoutDown'] } },
			'checkout/sop': { data: { alerts: ['Sop'] } },
		};
		const kinds = (runbookUrl: string) =>
			schemeTable(runbookUrl, runbooks).filter(([, , kind]) => kind === 'alert-url');
		expect(kinds('{internal}/runbooks/{group}/{alert_lower}')).toEqual([]);
		// Sop's path would be the SOP page: left out (the alert-runbook-url check reports it); CheckoutDown's is served.
		expect(kinds('{internal}/{alert_lower}')).toEqual([
			['/checkoutdown/', '/runbooks/checkout/checkoutdown/', 'alert-url'],
		]);
	});
});

describe('normalizeAlias', () => {
	it('adds the trailing slash and refuses paths a static host cannot serve as a page', () => {
		expect(normalizeAlias('/runbooks/old-name')).toBe('/runbooks/old-name/');
		expect(normalizeAlias('/kubememovercommit/')).toBe('/kubememovercommit/');
		for (const bad of ['runbooks/x/', '/a/../b/', '/a/./b/', '/a?b=1', '/a#b', '/a//b/', '/'])
			expect(normalizeAlias(bad), bad).toBeUndefined();
	});
});

describe('hostRedirectsFile', () => {
	it('writes each redirect with and without its trailing slash, as a 301', () => {
		const text = hostRedirectsFile(
			redirectTable(testHandbook({ runbooks: { 'checkout/down': { data: { alerts: ['Down'] } } } }))
		);
		expect(text.split('\n').filter((line) => !line.startsWith('#'))).toEqual([
			'/alerts/Down /runbooks/checkout/down/ 301',
			'/alerts/Down/ /runbooks/checkout/down/ 301',
			'/alerts/down /runbooks/checkout/down/ 301',
			'/alerts/down/ /runbooks/checkout/down/ 301',
			'',
		]);
	});
});
