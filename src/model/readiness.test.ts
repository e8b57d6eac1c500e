import { describe, expect, it } from 'vitest';
import type { AlertRule } from './alerts/alert-rule.ts';
import {
	actionItemData,
	incidentData,
	postmortemData,
	testHandbook,
} from './checks/test-handbook.ts';
import { rate, readiness } from './readiness.ts';

const alert = (name: string): AlertRule => ({
	name,
	file: 'alerts/a.yaml',
	field: 'groups.0.rules.0',
	line: 1,
	group: 'a',
	expr: 'up == 0',
	labels: {},
	annotations: {},
});

describe('rate', () => {
	it('rates shares higher-is-better and days lower-is-better, inclusive at the bounds', () => {
		const share = { green: 90, amber: 75 };
		expect([
			rate(90, share, true),
			rate(75, share, true),
			rate(74.9, share, true),
			rate(undefined, share, true),
		]).toEqual(['green', 'amber', 'red', 'no-data']);
		const days = { green: 90, amber: 180 };
		expect([rate(90, days, false), rate(180, days, false), rate(181, days, false)]).toEqual([
			'green',
			'amber',
			'red',
		]);
	});
});

describe('readiness', () => {
	it('measures each process score against the handbook targets', () => {
		const handbook = {
			...testHandbook({
				config: { readiness: { runbooksReviewed: { green: 100, amber: 50 } } },
				runbooks: {
					fresh: { data: { alerts: ['CheckoutDown'] } },
					old: { data: { lastReviewed: '2025-01-01' } },
				},
				incidents: {
					late: incidentData(),
					drill: incidentData({
						drill: true,
						startedAt: '2026-10-24 10:00',
						detectedAt: '2026-10-24 10:05',
						acknowledgedAt: undefined,
						mitigatedAt: undefined,
						resolvedAt: undefined,
					}),
				},
				postmortems: {
					late: postmortemData('late', {
						publishedAt: '2026-03-20',
						actionItems: [
							actionItemData({
								id: 'a',
								due: '2026-04-01',
								status: 'done',
								closedAt: '2026-03-30',
							}),
							actionItemData({ id: 'b', due: '2026-04-01' }),
						],
					}),
				},
			}),
			alerts: [alert('CheckoutDown'), alert('CheckoutSlow'), alert('CheckoutSlow')],
		};
		const scores = Object.fromEntries(
			readiness(handbook, '2026-11-23').map((s) => [s.id, [s.value, s.rating]])
		);
		expect(scores).toEqual({
			alertsWithRunbook: [50, 'red'],
			runbooksReviewed: [50, 'amber'],
			postmortemsOnTime: [0, 'red'],
			actionItemCompletion: [50, 'red'],
			daysSinceDrill: [30, 'green'],
		});
	});

	it('shows no data where nothing can be measured, and red when no drill was ever run', () => {
		const scores = readiness(testHandbook(), '2026-11-23');
		expect(scores.map((s) => s.rating)).toEqual([
			'no-data',
			'no-data',
			'no-data',
			'no-data',
			'red',
		]);
	});
});
