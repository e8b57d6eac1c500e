/** Recurrence: the same contributing factor behind several recent incidents is a project, not another action item. */
import type { Handbook, Postmortem } from '../handbook.ts';
import { countsTowardMetrics } from '../incidents.ts';
import type { Rule } from './types.ts';

const WINDOW_DAYS = 180;
const MIN_INCIDENTS = 3;
const DAY_MS = 86_400_000;

/** Factors match when they read the same after case, spacing and final punctuation are ignored. */
export function normalizeFactor(text: string): string {
	return text
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.replace(/[\s.;:!,]+$/, '')
		.trim();
}

interface Occurrence {
	postmortem: Postmortem;
	index: number;
	startedAt: Date;
}

/** @returns for each factor shared by at least 3 incidents within 180 days, the largest such group (latest last). */
export function recurringFactors(handbook: Handbook): Occurrence[][] {
	const byFactor = new Map<string, Occurrence[]>();
	for (const postmortem of handbook.postmortems.values()) {
		const incident = handbook.incidents.get(postmortem.data.incident);
		if (!incident || !countsTowardMetrics(incident)) continue;
		const seen = new Set<string>();
		postmortem.data.contributingFactors.forEach((factor, index) => {
			const key = normalizeFactor(factor);
			if (seen.has(key)) return;
			seen.add(key);
			byFactor.set(key, [
				...(byFactor.get(key) ?? []),
				{ postmortem, index, startedAt: incident.data.startedAt },
			]);
		});
	}
	const groups: Occurrence[][] = [];
	for (const occurrences of byFactor.values()) {
		if (occurrences.length < MIN_INCIDENTS) continue;
		occurrences.sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
		let best: Occurrence[] = [];
		for (let end = 0, start = 0; end < occurrences.length; end++) {
			while (
				occurrences[end]!.startedAt.getTime() - occurrences[start]!.startedAt.getTime() >
				WINDOW_DAYS * DAY_MS
			)
				start++;
			if (end - start + 1 >= Math.max(MIN_INCIDENTS, best.length))
				best = occurrences.slice(start, end + 1);
		}
		if (best.length > 0) groups.push(best);
	}
	return groups;
}

export const recurrenceRules: Rule[] = [
	{
		id: 'recurring-factor',
		defaultLevel: 'warn',
		summary: `${MIN_INCIDENTS} or more incidents within ${WINDOW_DAYS} days share a contributing factor (same words, ignoring case). Drills do not count.`,
		fix: 'Needs a project, not another action item: plan the structural fix with the owning team and link it from the latest postmortem.',
		check: ({ handbook }) =>
			recurringFactors(handbook).map((group) => {
				const latest = group.at(-1)!;
				return {
					file: latest.postmortem.file,
					field: `contributingFactors.${latest.index}`,
					message: `"${latest.postmortem.data.contributingFactors[latest.index]}" contributed to ${group.length} incidents within ${WINDOW_DAYS} days (${group.map((o) => o.postmortem.data.incident).join(', ')}): needs a project, not another action item`,
					entry: { kind: 'postmortem' as const, id: latest.postmortem.id },
				};
			}),
	},
];
