import { describe, expect, it } from 'vitest';
import { runChecks } from './run-checks.ts';
import { calibrationSignals } from './calibration.ts';
import { incidentData, testHandbook } from './test-handbook.ts';

const on = (
	day: string,
	severity: string,
	components: Record<string, string> = { checkout: 'major_outage' },
	drill = false
) =>
	incidentData({
		severity,
		components,
		drill,
		startedAt: `${day} 10:00`,
		detectedAt: `${day} 10:05`,
		acknowledgedAt: `${day} 10:07`,
		mitigatedAt: `${day} 10:40`,
		resolvedAt: `${day} 11:00`,
	});

describe('severity-calibration', () => {
	it('flags a quarter whose share at the top severity is above the threshold', () => {
		const handbook = testHandbook({
			incidents: {
				a: on('2026-07-01', 'sev1'),
				b: on('2026-07-02', 'sev1'),
				c: on('2026-08-01', 'sev2'),
				d: on('2026-09-01', 'sev2'),
				e: on('2026-10-01', 'sev1'),
			},
		});
		expect(calibrationSignals(handbook, '2026-11-23')).toEqual([
			{ quarter: '2026-Q3', incidents: 4, top: 2, share: 50, withoutImpact: 0, reasons: ['share'] },
		]);
	});
	it('reads the threshold and the smallest quarter from handbook.yaml, and leaves small quarters alone', () => {
		const incidents = {
			a: on('2026-07-01', 'sev1'),
			b: on('2026-07-02', 'sev2'),
			c: on('2026-08-01', 'sev2'),
		};
		expect(calibrationSignals(testHandbook({ incidents }), '2026-11-23')).toEqual([]);
		const strict = testHandbook({
			incidents,
			config: { calibration: { topSeverityMaxShare: 30, minIncidents: 3 } },
		});
		expect(calibrationSignals(strict, '2026-11-23').map((s) => [s.quarter, s.share])).toEqual([
			['2026-Q3', 33.3],
		]);
	});
	it('flags a quarter where most top-severity incidents touched no public component, and never counts drills', () => {
		const handbook = testHandbook({
			config: { calibration: { topSeverityMaxShare: 100 } },
			incidents: {
				a: on('2026-07-01', 'sev1', {}),
				b: on('2026-07-02', 'sev2'),
				c: on('2026-08-01', 'sev2'),
				d: on('2026-09-01', 'sev2'),
				drill: on('2026-09-02', 'sev1', {}, true),
			},
		});
		expect(calibrationSignals(handbook, '2026-11-23')).toEqual([
			{
				quarter: '2026-Q3',
				incidents: 4,
				top: 1,
				share: 25,
				withoutImpact: 1,
				reasons: ['impact'],
			},
		]);
	});
	it('reports on handbook.yaml at the level handbook.yaml sets', () => {
		const incidents = {
			a: on('2026-07-01', 'sev1'),
			b: on('2026-07-02', 'sev1'),
			c: on('2026-08-01', 'sev1'),
			d: on('2026-09-01', 'sev2'),
		};
		const findings = runChecks({
			handbook: testHandbook({
				incidents,
				config: { checks: { 'severity-calibration': 'error' } },
			}),
			today: '2026-11-23',
		}).filter((f) => f.rule === 'severity-calibration');
		expect(findings).toEqual([
			expect.objectContaining({
				level: 'error',
				file: 'handbook.yaml',
				field: 'severities.0',
				message:
					'2026-Q3: 3 of 4 incidents (75%) were Sev-1, above the 34% of calibration.topSeverityMaxShare: review the ladder',
			}),
		]);
	});
	it('rejects a threshold outside 0–100', () => {
		expect(() => testHandbook({ config: { calibration: { topSeverityMaxShare: 120 } } })).toThrow();
	});
});
