/**
 * Public review rules: a postmortem that is public by its content waits for a non-author's approval of its public
 * version (handbook.yaml `publicReview.required`); these findings say which ones the public site withholds, and why.
 */
import type { Handbook, Postmortem } from '../handbook.ts';
import { createProjection, unreviewedPostmortem, type Projection } from '../public/project.ts';
import { PublicBodyError } from '../public/render-body.ts';
import {
	formatChanges,
	PUBLIC_REVIEWS_FILE,
	reviewOf,
	type DiffLine,
	type PublicReview,
} from '../public/review.ts';
import { whyNotPublic } from '../public/visibility.ts';
import type { CheckContext, RawFinding, Rule } from './types.ts';

/** Changed lines quoted in a finding; the postmortem's Public preview shows the whole diff. */
const QUOTED_LINES = 4;

type Reviewed =
	{ postmortem: Postmortem; review: PublicReview } | { postmortem: Postmortem; refused: string };

// Both rules read the same reviews: one projection per handbook and day.
const memo = new WeakMap<Handbook, { today: string; reviewed: Reviewed[] }>();

/** @returns the review of every postmortem that is public by its content, when the handbook requires reviews. */
function reviewsOf({ handbook, today }: CheckContext): Reviewed[] {
	const cached = memo.get(handbook);
	if (cached?.today === today) return cached.reviewed;
	const eligible = handbook.config.publicReview.required
		? [...handbook.postmortems.values()].filter((p) => whyNotPublic(handbook, p).length === 0)
		: [];
	// Only approved postmortems are projected (to compare hashes), and the projection is made only for them: a check
	// of a handbook with nothing approved pays nothing.
	let projection: Projection | undefined;
	const current = (postmortem: Postmortem) => () =>
		unreviewedPostmortem((projection ??= createProjection(handbook, today)), postmortem);
	const reviewed = eligible.map((postmortem): Reviewed => {
		try {
			return {
				postmortem,
				review: reviewOf(handbook.publicReviews, postmortem.id, current(postmortem)),
			};
		} catch (error) {
			if (!(error instanceof PublicBodyError)) throw error;
			return { postmortem, refused: error.message };
		}
	});
	memo.set(handbook, { today, reviewed });
	return reviewed;
}

const on = (postmortem: Postmortem, message: string): RawFinding => ({
	file: postmortem.file,
	field: '(public version)',
	message,
	entry: { kind: 'postmortem', id: postmortem.id },
});

/** @returns the first changed lines of a diff on one line, for a finding's message. */
function quoteChanges(changes: readonly DiffLine[]): string {
	const changed = changes.filter((line) => line.kind === 'removed' || line.kind === 'added');
	const quoted = formatChanges(
		changed.slice(0, QUOTED_LINES).map((line) => ({
			...line,
			text: line.text.length > 100 ? `${line.text.slice(0, 97)}...` : line.text,
		}))
	);
	return `${quoted.replace(/\n/g, ' | ')}${changed.length > QUOTED_LINES ? ` | (${changed.length - QUOTED_LINES} more changed lines)` : ''}`;
}

export const publicReviewRules: Rule[] = [
	{
		id: 'public-review-stale',
		defaultLevel: 'warn',
		summary: `A public postmortem's public version is still the one approved in \`${PUBLIC_REVIEWS_FILE}\` (when \`publicReview.required\`); a changed one is withheld from the public site.`,
		fix: 'Read the change in the Public preview of its internal page; someone other than its authors runs `firebreak public approve <postmortem> --by <person>`.',
		check: (context) =>
			reviewsOf(context).flatMap((reviewed) => {
				if ('refused' in reviewed)
					return [
						on(
							reviewed.postmortem,
							`withheld: its approved public version can no longer be made: ${reviewed.refused}`
						),
					];
				if (reviewed.review.state !== 'stale') return [];
				const { approval, changes } = reviewed.review;
				return [
					on(
						reviewed.postmortem,
						`withheld: its public version changed since ${approval.by} approved it on ${approval.at}: ${quoteChanges(changes)}`
					),
				];
			}),
	},
	{
		id: 'public-review-missing',
		defaultLevel: 'warn',
		summary:
			'A public postmortem has an approval of its public version by a person other than its authors (when `publicReview.required`); until then it is withheld.',
		fix: 'Someone other than its authors reads its Public preview, then runs `firebreak public approve <postmortem> --by <person>` and commits the lock.',
		check: (context) =>
			reviewsOf(context).flatMap((reviewed) => {
				return 'review' in reviewed && reviewed.review.state === 'unapproved'
					? [
							on(
								reviewed.postmortem,
								'withheld: no one other than its authors has approved its public version yet'
							),
						]
					: [];
			}),
	},
];
