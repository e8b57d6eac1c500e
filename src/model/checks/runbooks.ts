/** Runbook rules: reviewed within their period, and the sections an on-call engineer needs at 3am. */
import type { Handbook, Runbook } from '../handbook.ts';
import { runbookBody } from '../runbook-body.ts';
import { daysSinceReview, isStale, missingSections, reviewEveryDays } from '../runbooks.ts';
import type { RawFinding, Rule } from './types.ts';

/** Without these two a runbook cannot be acted on; the other standard sections are advice. */
const REQUIRED_RUNBOOK_SECTIONS = ['Diagnosis', 'Mitigation'] as const;

const on = (runbook: Runbook, field: string, message: string): RawFinding => ({
	file: runbook.file,
	field,
	message,
	entry: { kind: 'runbook', id: runbook.id },
});

export const runbookRules: Rule[] = [
	{
		id: 'runbook-stale',
		defaultLevel: 'warn',
		summary:
			'A runbook was reviewed within its `reviewEveryDays` (default `runbooks.reviewEveryDays`, 90); an imported one (`needs-review`, no `lastReviewed`) never was, and the finding names the sections its review must fill.',
		fix: 'Have the owner walk through it, fix what changed, and set `lastReviewed` to the day of the review (and `status: reviewed`).',
		check: ({ handbook, today }) =>
			[...handbook.runbooks.values()]
				.filter((runbook) => isStale(handbook, runbook, today))
				.map((runbook) => {
					const days = daysSinceReview(runbook, today);
					const period = `review every ${reviewEveryDays(handbook, runbook)} days`;
					const gaps =
						runbook.data.status === 'needs-review'
							? sectionGaps(handbook, runbook)
							: { missing: [], empty: [] };
					const todo = [
						...(gaps.missing.length > 0 ? [`write ${list(gaps.missing)}`] : []),
						...(gaps.empty.length > 0 ? [`fill the empty ${list(gaps.empty)}`] : []),
					];
					const review = todo.length > 0 ? `; its review must ${todo.join(' and ')}` : '';
					return on(
						runbook,
						'lastReviewed',
						days === undefined
							? `has never been reviewed (status ${runbook.data.status}; ${period})${review}`
							: `was last reviewed ${runbook.data.lastReviewed}, ${days} days ago (${period})${review}`
					);
				}),
	},
	{
		id: 'runbook-sections',
		defaultLevel: 'warn',
		summary:
			'A runbook has a `## Diagnosis` and a `## Mitigation` section, each with something under it (for a `needs-review` runbook, `runbook-stale` names what its review must fill).',
		fix: 'Add the missing second-level heading with the steps under it.',
		check: ({ handbook }) =>
			[...handbook.runbooks.values()]
				.filter((runbook) => runbook.data.status !== 'needs-review')
				.flatMap((runbook) => {
					const { missing, empty } = sectionGaps(handbook, runbook);
					return [
						...(missing.length > 0
							? [on(runbook, 'body', `has no ${list(missing, 'or')} section`)]
							: []),
						...(empty.length > 0
							? [
									on(
										runbook,
										'body',
										`has nothing under ${list(empty, 'or')}, which counts as missing`
									),
								]
							: []),
					];
				}),
	},
	{
		id: 'runbook-template-syntax',
		defaultLevel: 'warn',
		summary:
			'A runbook body has no template syntax of another site generator (Hugo shortcodes, Go-template or Jinja braces) outside code.',
		fix: 'Write it as Markdown (a Hugo `ref` becomes a link to the page), or put an example in a code span or block.',
		check: ({ handbook }) =>
			[...handbook.runbooks.values()].flatMap((runbook) =>
				runbookBody(handbook.dir, runbook).templates.map((span) =>
					on(
						runbook,
						'body',
						`line ${span.line}: ${span.text} is shown as written (template syntax outside code)`
					)
				)
			),
	},
	{
		id: 'runbook-title-h1',
		defaultLevel: 'warn',
		summary:
			'A runbook body has no H1 that repeats its title (the page shows the title as its H1).',
		fix: 'Remove the H1 from the body; the title in the frontmatter is the heading.',
		check: ({ handbook }) =>
			[...handbook.runbooks.values()].flatMap((runbook) =>
				runbookBody(handbook.dir, runbook)
					.h1s.filter((h1) => sameWords(h1.text, runbook.data.title))
					.map((h1) =>
						on(
							runbook,
							'body',
							`line ${h1.line}: the H1 "${h1.text}" repeats the title, so the page shows it twice`
						)
					)
			),
	},
];

/**
 * @returns the required sections a runbook lacks or leaves empty: an imported or stubbed runbook (`needs-review`) is
 * known to be unfinished, so for it they are part of its review rather than findings of their own
 */
function sectionGaps(handbook: Handbook, runbook: Runbook): { missing: string[]; empty: string[] } {
	const missing = missingSections(runbook, REQUIRED_RUNBOOK_SECTIONS);
	const { emptySections } = runbookBody(handbook.dir, runbook);
	return {
		missing,
		empty: REQUIRED_RUNBOOK_SECTIONS.filter(
			(section) => !missing.includes(section) && emptySections.has(section.toLowerCase())
		),
	};
}

const list = (sections: readonly string[], conjunction = 'and') =>
	sections.map((section) => `"## ${section}"`).join(` ${conjunction} `);

/** "Kube Pod Crash Looping" and "KubePodCrashLooping" are the same heading to a reader. */
function sameWords(a: string, b: string): boolean {
	const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
	return letters(a) === letters(b);
}
