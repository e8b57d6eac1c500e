/** Runbook facts: review period and staleness, the standard sections. */
import type { Handbook, Runbook } from './handbook.ts';
import { daysBetween } from './time.ts';

/** The sections every runbook should have, in order (prometheus-operator's shape plus escalation). */
export const RUNBOOK_SECTIONS = [
	'Meaning',
	'Impact',
	'Diagnosis',
	'Mitigation',
	'Escalation',
] as const;

export function reviewEveryDays(handbook: Handbook, runbook: Runbook): number {
	return runbook.data.reviewEveryDays ?? handbook.config.runbooks.reviewEveryDays;
}

/** @returns days since the last review, or undefined for a runbook never reviewed (status `needs-review`). */
export function daysSinceReview(runbook: Runbook, today: string): number | undefined {
	return runbook.data.lastReviewed === undefined
		? undefined
		: daysBetween(runbook.data.lastReviewed, today);
}

/** @returns whether the last review is older than the runbook's review period; a never-reviewed runbook is stale. */
export function isStale(handbook: Handbook, runbook: Runbook, today: string): boolean {
	const days = daysSinceReview(runbook, today);
	return days === undefined || days > reviewEveryDays(handbook, runbook);
}

/** @returns the review state in words, as the runbook page shows it. */
export function reviewLabel(handbook: Handbook, runbook: Runbook, today: string): string {
	const days = daysSinceReview(runbook, today);
	const period = `review every ${reviewEveryDays(handbook, runbook)} days`;
	return days === undefined
		? `never (${period})`
		: `${runbook.data.lastReviewed} (${days} days ago; ${period})`;
}

/** @returns the standard sections the runbook's body lacks (second-level headings, case-insensitive). */
export function missingSections(
	runbook: Runbook,
	required: readonly string[] = RUNBOOK_SECTIONS
): string[] {
	const present = new Set(
		runbook.headings.filter((h) => h.depth === 2).map((h) => h.text.toLowerCase())
	);
	return required.filter((section) => !present.has(section.toLowerCase()));
}

/** @returns the names of the alerts a runbook answers. */
export function alertNames(runbook: Runbook): string[] {
	return runbook.data.alerts.map((alert) => alert.name);
}
