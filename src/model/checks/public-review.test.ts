import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Handbook } from '../handbook.ts';
import { openHandbook } from '../open-handbook.ts';
import { createProjection, unreviewedPostmortem } from '../public/project.ts';
import { projectionHash, projectionText } from '../public/review.ts';
import { publicReviewRules } from './public-review.ts';

const TODAY = '2026-11-23';
const ID = '2026-11-02-app-down';
const base = openHandbook(
	fileURLToPath(new URL('../../../tests/fixtures/public-review', import.meta.url))
).handbook!;
const run = (id: string, handbook: Handbook) =>
	publicReviewRules.find((r) => r.id === id)!.check({ handbook, today: TODAY });

/** The fixture with its postmortem approved as it is, then (optionally) its public summary changed. */
function approved(publicSummary?: string, required = true): Handbook {
	const original = base.postmortems.get(ID)!;
	const projected = unreviewedPostmortem(createProjection(base, TODAY), original);
	const approval = {
		hash: projectionHash(projected),
		by: 'casey',
		at: '2026-11-20',
		text: projectionText(projected),
	};
	const postmortem = publicSummary
		? { ...original, data: { ...original.data, publicSummary } }
		: original;
	return {
		...base,
		config: { ...base.config, publicReview: { required } },
		postmortems: new Map([[ID, postmortem]]),
		postmortemByIncident: new Map([[postmortem.data.incident, postmortem]]),
		publicReviews: { file: 'public-reviews.lock', approvals: new Map([[ID, approval]]) },
	};
}

describe('public-review-missing', () => {
	it('fires for a public postmortem nobody approved, and not once it is approved', () => {
		expect(run('public-review-missing', base)).toEqual([
			{
				file: 'postmortems/2026-11-02-app-down.mdx',
				field: '(public version)',
				message: 'withheld: no one other than its authors has approved its public version yet',
				entry: { kind: 'postmortem', id: ID },
			},
		]);
		expect(run('public-review-missing', approved())).toEqual([]);
	});
});

describe('public-review-stale', () => {
	it('fires once the approved public version changed, quoting the changed lines', () => {
		expect(run('public-review-stale', approved())).toEqual([]);
		const [finding, ...more] = run(
			'public-review-stale',
			approved('A release took the app down for an hour.')
		);
		expect(more).toEqual([]);
		// Long lines are cut at 100 characters: the Public preview shows them whole.
		const before = base.postmortems.get(ID)!.data.publicSummary!;
		expect(before.length).toBeGreaterThan(100);
		expect(finding!.message).toBe(
			`withheld: its public version changed since casey approved it on 2026-11-20: - ${before.slice(0, 97)}... | + A release took the app down for an hour.`
		);
	});

	it('stays quiet when publicReview.required is false', () => {
		expect(
			run('public-review-stale', approved('A release took the app down for an hour.', false))
		).toEqual([]);
		expect(
			run('public-review-missing', {
				...base,
				config: { ...base.config, publicReview: { required: false } },
			})
		).toEqual([]);
	});
});
