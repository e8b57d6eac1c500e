import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Handbook, Postmortem } from '../handbook.ts';
import { openHandbook } from '../open-handbook.ts';
import { buildPublicArchive } from './archive.ts';
import {
	createProjection,
	previewPublicPostmortem,
	toPublicIncident,
	unreviewedPostmortem,
	whyWithheld,
} from './project.ts';
import { previewMarker } from './preview.ts';
import {
	changedLines,
	formatChanges,
	formatPublicReviews,
	projectionHash,
	projectionText,
	readPublicReviews,
	reviewOf,
	whyCannotApprove,
	type Approval,
	type PublicReviewLock,
} from './review.ts';

const TODAY = '2026-11-23';
const ID = '2026-11-02-app-down';
const base = openHandbook(
	fileURLToPath(new URL('../../../tests/fixtures/public-review', import.meta.url))
).handbook!;

/** @returns the handbook with its postmortem changed and the lock replaced (a new object: projections are per handbook). */
function variant(
	options: { publicSummary?: string; lock?: PublicReviewLock; required?: boolean } = {}
): Handbook {
	const original = base.postmortems.get(ID)!;
	const postmortem: Postmortem = options.publicSummary
		? { ...original, data: { ...original.data, publicSummary: options.publicSummary } }
		: original;
	const config =
		options.required === undefined
			? base.config
			: { ...base.config, publicReview: { required: options.required } };
	const { publicReviews: _, ...rest } = base;
	return {
		...rest,
		config,
		postmortems: new Map([[ID, postmortem]]),
		postmortemByIncident: new Map([[postmortem.data.incident, postmortem]]),
		...(options.lock ? { publicReviews: options.lock } : {}),
	};
}

/** @returns a lock approving the postmortem's public version as it is in `handbook`. */
function approvedIn(handbook: Handbook, by = 'casey'): PublicReviewLock {
	const projected = unreviewedPostmortem(
		createProjection(handbook, TODAY),
		handbook.postmortems.get(ID)!
	);
	const approval: Approval = {
		hash: projectionHash(projected),
		by,
		at: '2026-11-20',
		text: projectionText(projected),
	};
	return { file: 'public-reviews.lock', approvals: new Map([[ID, approval]]) };
}

const published = (handbook: Handbook) =>
	buildPublicArchive(handbook, TODAY).postmortems.map((p) => p.id);
const incidentOf = (handbook: Handbook) =>
	toPublicIncident(createProjection(handbook, TODAY), handbook.incidents.get(ID)!)!;

describe('the review gate', () => {
	it('withholds a public postmortem nobody approved, and its incident goes out without the link', () => {
		const handbook = variant();
		expect(whyWithheld(createProjection(handbook, TODAY), handbook.postmortems.get(ID)!)).toEqual([
			'no one other than its authors has approved its public version yet (firebreak public approve)',
		]);
		expect(published(handbook)).toEqual([]);
		expect(incidentOf(handbook).postmortem).toBeUndefined();
		expect(incidentOf(handbook).status).toBe('resolved');
	});

	it('publishes the approved version', () => {
		const handbook = variant({ lock: approvedIn(variant()) });
		expect(published(handbook)).toEqual(['2026-11-02-the-web-app-was-unavailable']);
		expect(incidentOf(handbook).postmortem?.url).toBe(
			'/postmortems/2026-11-02-the-web-app-was-unavailable/'
		);
		expect(incidentOf(handbook).status).toBe('postmortem');
	});

	it('withholds it again once its public summary changes, with the change as a line diff', () => {
		const handbook = variant({
			lock: approvedIn(variant()),
			publicSummary: 'A release took the app down for an hour.',
		});
		const postmortem = handbook.postmortems.get(ID)!;
		expect(whyWithheld(createProjection(handbook, TODAY), postmortem)).toEqual([
			'its public version changed since casey approved it on 2026-11-20',
		]);
		expect(published(handbook)).toEqual([]);
		const preview = previewPublicPostmortem(handbook, postmortem, TODAY, previewMarker);
		expect(preview.review.state).toBe('stale');
		const changes = preview.review.state === 'stale' ? preview.review.changes : [];
		expect(changes.filter((line) => line.kind === 'removed').map((line) => line.text)).toEqual([
			base.postmortems.get(ID)!.data.publicSummary,
		]);
		expect(changes.filter((line) => line.kind === 'added').map((line) => line.text)).toEqual([
			'A release took the app down for an hour.',
		]);
		expect(changes.filter((line) => line.kind === 'context').map((line) => line.text)).toContain(
			'Summary:'
		);
	});

	it('publishes without an approval when publicReview.required is false', () => {
		expect(published(variant({ required: false }))).toEqual([
			'2026-11-02-the-web-app-was-unavailable',
		]);
		expect(base.config.publicReview.required).toBe(true);
	});

	it('does not review what is not public by its content: those reasons come alone', () => {
		const original = base.postmortems.get(ID)!;
		const draft = { ...original, data: { ...original.data, status: 'draft' as const } };
		const handbook = { ...variant(), postmortems: new Map([[ID, draft]]) };
		expect(whyWithheld(createProjection(handbook, TODAY), draft)).toEqual([
			'its status is draft, not published',
		]);
	});
});

describe('projectionHash', () => {
	const projected = unreviewedPostmortem(createProjection(base, TODAY), base.postmortems.get(ID)!);

	it('is the same for the same projection, whatever the order of its keys', () => {
		const reordered = Object.fromEntries(Object.entries(projected).reverse()) as typeof projected;
		expect(projectionHash(reordered)).toBe(projectionHash(projected));
		expect(projectionHash(projected)).toMatch(/^sha256:[0-9a-f]{64}$/);
	});

	it('changes with anything the public page shows', () => {
		const hashes = new Set([
			projectionHash(projected),
			projectionHash({ ...projected, title: `${projected.title}!` }),
			projectionHash({ ...projected, actionItems: [] }),
			projectionHash({
				...projected,
				body: { ...projected.body, html: `${projected.body.html}<p>More.</p>` },
			}),
			projectionHash({
				...projected,
				incident: {
					...projected.incident,
					startedAt: new Date(projected.incident.startedAt.getTime() + 60_000),
				},
			}),
		]);
		expect(hashes.size).toBe(5);
	});

	it('is not confused by the redaction marks of the preview: the gate reviews the unmarked version', () => {
		const marked = previewPublicPostmortem(
			base,
			base.postmortems.get(ID)!,
			TODAY,
			previewMarker
		).review;
		expect(marked.state).toBe('unapproved');
		const handbook = variant({ lock: approvedIn(variant()) });
		expect(
			previewPublicPostmortem(handbook, handbook.postmortems.get(ID)!, TODAY, previewMarker).review
				.state
		).toBe('approved');
	});
});

describe('reviewOf', () => {
	it('projects a postmortem only when there is an approval to compare it with', () => {
		const never = () => {
			throw new Error('projected without an approval');
		};
		expect(reviewOf(undefined, ID, never)).toEqual({ state: 'unapproved' });
		expect(() => reviewOf(approvedIn(variant()), ID, never)).toThrow(
			'projected without an approval'
		);
	});
});

describe('changedLines', () => {
	it('keeps two lines of context around a change and marks what it leaves out', () => {
		const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].join('\n');
		const after = ['a', 'b', 'c', 'd', 'E', 'f', 'g'].join('\n');
		expect(formatChanges(changedLines(before, after))).toBe(
			['…', '  c', '  d', '- e', '+ E', '  f', '  g'].join('\n')
		);
	});
});

describe('whyCannotApprove', () => {
	const postmortem = base.postmortems.get(ID)!;
	it('refuses an author and a person not in people.yaml', () => {
		expect(whyCannotApprove(base, postmortem, 'robin')).toBe(
			'Robin Saunier (robin) is an author of postmortems/2026-11-02-app-down.mdx; its public version must be approved by someone else'
		);
		expect(whyCannotApprove(base, postmortem, 'nobody')).toBe(
			'--by must be a person of people.yaml; found "nobody"'
		);
		expect(whyCannotApprove(base, postmortem, 'casey')).toBeUndefined();
	});
});

describe('public-reviews.lock', () => {
	it('reads back what it wrote, sorted by postmortem id', () => {
		const dir = mkdtempSync(join(tmpdir(), 'firebreak-reviews-'));
		const approval: Approval = {
			hash: `sha256:${'a'.repeat(64)}`,
			by: 'casey',
			at: '2026-11-20',
			text: 'Title: X\n\nSummary:\n  indented line\n',
		};
		const text = formatPublicReviews(
			new Map([
				['b-second', approval],
				['a-first', { ...approval, by: 'robin' }],
			])
		);
		expect(text.indexOf('a-first:')).toBeLessThan(text.indexOf('b-second:'));
		expect(text).toContain('  text: |');
		writeFileSync(join(dir, 'public-reviews.lock'), text);
		const read = readPublicReviews(dir);
		expect(read.problems).toEqual([]);
		expect(read.lock?.approvals.get('b-second')).toEqual(approval);
	});

	it('reports a broken entry with its file and field', () => {
		const dir = mkdtempSync(join(tmpdir(), 'firebreak-reviews-'));
		writeFileSync(
			join(dir, 'public-reviews.lock'),
			'x:\n  hash: md5:1\n  by: casey\n  at: 2026-11-20\n  text: ""\n'
		);
		const { problems } = readPublicReviews(dir);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'public-reviews.lock', field: 'x.hash' });
	});
});
