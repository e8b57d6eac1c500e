/**
 * Severity calibration: the playbooks' quarterly audit of severity calls. A quarter where the top rung's share grows
 * past the handbook's threshold, or where most top-severity incidents touched no public component, reads as
 * severity creep: review the ladder's definitions.
 */
import type { Handbook } from '../handbook.ts';
import { incidentDay, metricIncidents } from '../insights/insights.ts';
import { quarterOf } from '../insights/periods.ts';
import { percent } from '../insights/stats.ts';
import type { Rule } from './types.ts';

export interface CalibrationSignal {
	quarter: string;
	incidents: number;
	top: number;
	/** Share at the top rung, percent. */
	share: number;
	/** Top-severity incidents with no public component impact. */
	withoutImpact: number;
	reasons: ('share' | 'impact')[];
}

/** @returns the quarters (with at least `calibration.minIncidents` incidents, drills excluded) that ask for a review. */
export function calibrationSignals(handbook: Handbook, today: string): CalibrationSignal[] {
	const { topSeverityMaxShare, minIncidents } = handbook.config.calibration;
	const topId = handbook.ladder[0]!.id;
	const byQuarter = new Map<string, ReturnType<typeof metricIncidents>>();
	for (const incident of metricIncidents(handbook, today)) {
		const quarter = quarterOf(incidentDay(handbook, incident));
		byQuarter.set(quarter, [...(byQuarter.get(quarter) ?? []), incident]);
	}
	return [...byQuarter.entries()].flatMap(([quarter, incidents]) => {
		if (incidents.length < minIncidents) return [];
		const top = incidents.filter((incident) => incident.data.severity === topId);
		const withoutImpact = top.filter(
			(incident) => Object.keys(incident.data.components).length === 0
		).length;
		const share = percent(top.length, incidents.length)!;
		const reasons: CalibrationSignal['reasons'] = [];
		if (share > topSeverityMaxShare) reasons.push('share');
		if (withoutImpact * 2 > top.length) reasons.push('impact');
		return reasons.length === 0
			? []
			: [{ quarter, incidents: incidents.length, top: top.length, share, withoutImpact, reasons }];
	});
}

export const calibrationRules: Rule[] = [
	{
		id: 'severity-calibration',
		defaultLevel: 'warn',
		summary:
			"In no quarter with at least `calibration.minIncidents` incidents (drills excluded) is the top severity's share above `calibration.topSeverityMaxShare` percent, or did most top-severity incidents affect no public component.",
		fix: "Review the severity calls of that quarter against the ladder's definitions (the first Sev-1s are often Sev-2s) and sharpen the definitions or examples in handbook.yaml.",
		check: ({ handbook, today }) =>
			calibrationSignals(handbook, today).map((signal) => {
				const top = handbook.ladder[0]!.label;
				const why = signal.reasons.map((reason) =>
					reason === 'share'
						? `${signal.top} of ${signal.incidents} incidents (${signal.share}%) were ${top}, above the ${handbook.config.calibration.topSeverityMaxShare}% of calibration.topSeverityMaxShare`
						: `${signal.withoutImpact} of ${signal.top} ${top} incidents affected no public component`
				);
				return {
					file: 'handbook.yaml',
					field: 'severities.0',
					message: `${signal.quarter}: ${why.join('; ')}: review the ladder`,
					entry: { kind: 'handbook' as const, id: 'handbook' },
				};
			}),
	},
];
