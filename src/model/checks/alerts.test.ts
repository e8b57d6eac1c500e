import { describe, expect, it } from 'vitest';
import type { AlertRule } from '../alerts/alert-rule.ts';
import { alertRules } from './alerts.ts';
import { testHandbook, type TestContent } from './test-handbook.ts';

const rule = (
	name: string,
	annotations: Record<string, string> = {},
	file = 'alerts/checkout.yaml'
): AlertRule => ({
	name,
	file,
	field: 'groups.0.rules.0',
	line: 7,
	group: 'checkout',
	expr: 'up == 0',
	labels: { severity: 'page' },
	annotations,
});

const run = (id: string, runbooks: TestContent['runbooks'], alerts: AlertRule[]) =>
	alertRules
		.find((r) => r.id === id)!
		.check({ handbook: { ...testHandbook({ runbooks }), alerts }, today: '2026-11-23' });

const LINK = 'https://handbook.acme.internal/alerts/CheckoutDown/';

describe('alert-runbook-missing', () => {
	it('fires for every definition of an alert that no runbook names', () => {
		expect(
			run('alert-runbook-missing', {}, [
				rule('CheckoutDown'),
				rule('CheckoutDown', {}, 'alerts/other.yaml'),
			])
		).toEqual([
			{
				file: 'alerts/checkout.yaml',
				field: 'groups.0.rules.0.alert',
				message: 'alert CheckoutDown (line 7) has no runbook',
				entry: { kind: 'alert', id: 'CheckoutDown' },
			},
			{
				file: 'alerts/other.yaml',
				field: 'groups.0.rules.0.alert',
				message: 'alert CheckoutDown (line 7) has no runbook',
				entry: { kind: 'alert', id: 'CheckoutDown' },
			},
		]);
	});
	it('does not fire once a runbook names the alert', () => {
		expect(
			run('alert-runbook-missing', { 'checkout/down': { data: { alerts: ['CheckoutDown'] } } }, [
				rule('CheckoutDown'),
			])
		).toEqual([]);
	});
});

describe('alert-runbook-duplicate', () => {
	it('fires on the second runbook (by file) that claims an alert', () => {
		const runbooks = {
			'checkout/a': { data: { alerts: ['CheckoutDown'] } },
			'checkout/b': { data: { alerts: ['CheckoutSlow', 'CheckoutDown'] } },
		};
		expect(run('alert-runbook-duplicate', runbooks, [])).toEqual([
			{
				file: 'runbooks/checkout/b.mdx',
				field: 'alerts.1',
				message: 'claims CheckoutDown, which runbooks/checkout/a.mdx already answers',
				entry: { kind: 'runbook', id: 'checkout/b' },
			},
		]);
	});
	it('does not fire when each alert has one runbook', () => {
		expect(
			run(
				'alert-runbook-duplicate',
				{ a: { data: { alerts: ['CheckoutDown'] } }, b: { data: { alerts: ['CheckoutSlow'] } } },
				[]
			)
		).toEqual([]);
	});
});

describe('alert-runbook-url', () => {
	const runbooks = { 'checkout/down': { data: { alerts: ['CheckoutDown'] } } };
	it('fires when a covered alert links elsewhere or has no link', () => {
		expect(
			run('alert-runbook-url', runbooks, [
				rule('CheckoutDown', { runbook_url: 'https://wiki.acme.example/Checkout' }),
			])
		).toMatchObject([
			{
				field: 'groups.0.rules.0.annotations.runbook_url',
				message: `alert CheckoutDown (line 7) has runbook_url https://wiki.acme.example/Checkout, not ${LINK}`,
			},
		]);
		expect(run('alert-runbook-url', runbooks, [rule('CheckoutDown')])).toMatchObject([
			{ message: `alert CheckoutDown (line 7) has no runbook_url annotation (expected ${LINK})` },
		]);
	});
	it('does not fire on the Firebreak link, nor on uncovered alerts (alert-runbook-missing reports those)', () => {
		expect(
			run('alert-runbook-url', runbooks, [rule('CheckoutDown', { runbook_url: LINK })])
		).toEqual([]);
		expect(
			run('alert-runbook-url', {}, [
				rule('CheckoutDown', { runbook_url: 'https://wiki.acme.example/Checkout' }),
			])
		).toEqual([]);
	});
	it('expects the scheme of alerts.runbookUrl, and fires when that URL is another page', () => {
		const withScheme = (runbookUrl: string, alerts: AlertRule[], names = ['CheckoutDown']) =>
			alertRules
				.find((r) => r.id === 'alert-runbook-url')!
				.check({
					handbook: {
						...testHandbook({
							config: { alerts: { runbookUrl } },
							runbooks: { 'checkout/down': { data: { alerts: names } } },
						}),
						alerts,
					},
					today: '2026-11-23',
				});
		const scheme = '{internal}/runbooks/{group}/{alert_lower}';
		expect(
			withScheme(scheme, [
				rule('CheckoutDown', {
					runbook_url: 'https://handbook.acme.internal/runbooks/checkout/checkoutdown',
				}),
			])
		).toEqual([]);
		expect(withScheme(scheme, [rule('CheckoutDown', { runbook_url: LINK })])).toMatchObject([
			{
				message: `alert CheckoutDown (line 7) has runbook_url ${LINK}, not https://handbook.acme.internal/runbooks/checkout/checkoutdown`,
			},
		]);
		expect(
			withScheme(
				'{internal}/{alert_lower}/',
				[rule('Sop', { runbook_url: 'https://handbook.acme.internal/sop/' })],
				['Sop']
			)
		).toMatchObject([
			{
				message:
					'alert Sop (line 7) would link to https://handbook.acme.internal/sop/ (alerts.runbookUrl), but /sop/ is already another page or redirect',
			},
		]);
	});
});

describe('alert-unknown', () => {
	it('fires when a runbook names an alert no rule file defines', () => {
		expect(
			run(
				'alert-unknown',
				{ 'checkout/down': { data: { alerts: ['CheckoutDown', 'CheckoutGone'] } } },
				[rule('CheckoutDown')]
			)
		).toEqual([
			{
				file: 'runbooks/checkout/down.mdx',
				field: 'alerts.1',
				message: 'names CheckoutGone, which no rule file in alerts/ defines',
				entry: { kind: 'runbook', id: 'checkout/down' },
			},
		]);
	});
	it('does not fire for external alerts', () => {
		expect(
			run(
				'alert-unknown',
				{ 'checkout/down': { data: { alerts: [{ name: 'PspDown', external: true }] } } },
				[]
			)
		).toEqual([]);
	});
});
