/** Runbook rules: reviewed within their period, and the sections an on-call engineer needs at 3am. */
import type { Runbook } from '../handbook.ts';
import { daysSinceReview, isStale, missingSections, reviewEveryDays } from '../runbooks.ts';
import type { RawFinding, Rule } from './types.ts';

/** Without these two a runbook cannot be acted on; the other standard sections are advice. */
export const REQUIRED_RUNBOOK_SECTIONS = ['Diagnosis', 'Mitigation'] as const;

const on = (runbook: Runbook, field: string, message: string): RawFinding => ({ file: runbook.file, field, message, entry: { kind: 'runbook', id: runbook.id } });

export const runbookRules: Rule[] = [
	{
		id: 'runbook-stale',
		defaultLevel: 'warn',
		summary: 'A runbook was reviewed within its `reviewEveryDays` (default `runbooks.reviewEveryDays`, 90).',
		fix: 'Have the owner walk through it, fix what changed, and set `lastReviewed` to the day of the review.',
		check: ({ handbook, today }) =>
			[...handbook.runbooks.values()]
				.filter((runbook) => isStale(handbook, runbook, today))
				.map((runbook) => on(runbook, 'lastReviewed', `was last reviewed ${runbook.data.lastReviewed}, ${daysSinceReview(runbook, today)} days ago (review every ${reviewEveryDays(handbook, runbook)} days)`)),
	},
	{
		id: 'runbook-sections',
		defaultLevel: 'warn',
		summary: 'A runbook has a `## Diagnosis` and a `## Mitigation` section.',
		fix: 'Add the missing second-level heading with the steps under it.',
		check: ({ handbook }) =>
			[...handbook.runbooks.values()].flatMap((runbook) => {
				const missing = missingSections(runbook, REQUIRED_RUNBOOK_SECTIONS);
				return missing.length === 0 ? [] : [on(runbook, 'body', `has no ${missing.map((section) => `"## ${section}"`).join(' or ')} section`)];
			}),
	},
];
