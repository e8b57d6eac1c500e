import { describe, expect, it } from 'vitest';
import { postmortemDeadline, postmortemOnTime, postmortemRules } from './postmortems.ts';
import {
	actionItemData,
	incidentData,
	postmortemData,
	testContext,
	type TestContent,
} from './test-handbook.ts';

const run = (id: string, content: TestContent, today?: string) =>
	postmortemRules.find((r) => r.id === id)!.check(testContext(content, today));
/** One resolved Sev-1 (Wednesday 2026-03-04, Berlin) and, unless `null`, its postmortem with these overrides. */
const withPostmortem = (
	overrides: Record<string, unknown> | null,
	incident: Record<string, unknown> = {}
): TestContent => ({
	incidents: { inc: incidentData(incident) },
	postmortems: overrides === null ? {} : { inc: postmortemData('inc', overrides) },
});

describe('postmortem-required', () => {
	it('fires for a resolved Sev-1 without a postmortem', () => {
		expect(run('postmortem-required', withPostmortem(null))).toEqual([
			{
				file: 'incidents/inc.mdx',
				field: 'severity',
				message:
					'a Sev-1 incident needs a postmortem (due 2026-03-11), and none names this incident',
				entry: { kind: 'incident', id: 'inc' },
			},
		]);
	});
	it('does not fire with a postmortem, while unresolved, for drills, or where the ladder does not require one', () => {
		expect(run('postmortem-required', withPostmortem({}))).toEqual([]);
		expect(run('postmortem-required', withPostmortem(null, { resolvedAt: undefined }))).toEqual([]);
		expect(run('postmortem-required', withPostmortem(null, { drill: true }))).toEqual([]);
		expect(
			run('postmortem-required', withPostmortem(null, { severity: 'sev2', roles: {} }))
		).toEqual([]);
	});
});

describe('postmortem-late', () => {
	it('computes the deadline in business days after resolution', () => {
		const context = testContext(withPostmortem({}));
		// Resolved Wednesday 4 March: Thu, Fri, Mon, Tue, Wed → 11 March.
		expect(postmortemDeadline(context.handbook, context.handbook.incidents.get('inc')!)).toBe(
			'2026-03-11'
		);
	});
	it('fires when published after the deadline', () => {
		expect(run('postmortem-late', withPostmortem({ publishedAt: '2026-03-12' }))).toMatchObject([
			{
				field: 'publishedAt',
				message: 'was published 2026-03-12, 1 business day after its Sev-1 deadline 2026-03-11',
			},
		]);
	});
	it('counts holidays from handbook.yaml', () => {
		const content = {
			...withPostmortem({ publishedAt: '2026-03-12' }),
			config: { holidays: ['2026-03-06'] },
		};
		expect(run('postmortem-late', content)).toEqual([]);
	});
	it('fires when still unpublished after the deadline, not before', () => {
		expect(
			run(
				'postmortem-late',
				withPostmortem({ status: 'in-review', publishedAt: undefined }),
				'2026-03-13'
			)
		).toMatchObject([
			{
				field: 'status',
				message: 'is still in-review; it was due 2026-03-11 (2 business days ago)',
			},
		]);
		expect(
			run(
				'postmortem-late',
				withPostmortem({ status: 'draft', publishedAt: undefined }),
				'2026-03-11'
			)
		).toEqual([]);
	});
	it('fires when published without a date', () => {
		expect(run('postmortem-late', withPostmortem({ publishedAt: undefined }))).toMatchObject([
			{ field: 'publishedAt' },
		]);
	});
	it('does not fire when published on the deadline day', () => {
		expect(run('postmortem-late', withPostmortem({ publishedAt: '2026-03-11' }))).toEqual([]);
	});
	it('reports on-time status for the readiness score', () => {
		const { handbook } = testContext(withPostmortem({ publishedAt: '2026-03-12' }));
		expect(postmortemOnTime(handbook, handbook.incidents.get('inc')!, '2026-11-23')).toBe(false);
		const early = testContext(withPostmortem({ status: 'draft', publishedAt: undefined }));
		expect(
			postmortemOnTime(early.handbook, early.handbook.incidents.get('inc')!, '2026-03-05')
		).toBeUndefined();
	});
});

describe('postmortem-action-items', () => {
	const items = (n: number) =>
		Array.from({ length: n }, (_, i) => actionItemData({ id: `item-${i}` }));
	it('fires below the minimum and above the maximum', () => {
		expect(run('postmortem-action-items', withPostmortem({ actionItems: items(2) }))).toMatchObject(
			[{ field: 'actionItems', message: 'has 2 action items; the handbook asks for 3 to 7' }]
		);
		expect(run('postmortem-action-items', withPostmortem({ actionItems: items(8) }))).toMatchObject(
			[{ message: 'has 8 action items; the handbook asks for 3 to 7' }]
		);
	});
	it('does not fire within the range or for drafts', () => {
		expect(run('postmortem-action-items', withPostmortem({ actionItems: items(3) }))).toEqual([]);
		expect(run('postmortem-action-items', withPostmortem({ actionItems: items(7) }))).toEqual([]);
		expect(
			run('postmortem-action-items', withPostmortem({ status: 'draft', actionItems: [] }))
		).toEqual([]);
	});
});

describe('postmortem-blameless', () => {
	it('fires on a name, an id or a handle in the root cause or a factor', () => {
		const findings = run(
			'postmortem-blameless',
			withPostmortem({
				rootCause: 'Alice Moreau deployed on a Friday.',
				contributingFactors: ['No canary', 'alice-m skipped review', 'bkhan was paged late'],
			})
		);
		expect(findings.map((f) => [f.field, f.message])).toEqual([
			['rootCause', 'names Alice Moreau; a blameless postmortem names systems, not people'],
			[
				'contributingFactors.1',
				'names Alice Moreau; a blameless postmortem names systems, not people',
			],
			[
				'contributingFactors.2',
				'names Bilal Khan; a blameless postmortem names systems, not people',
			],
		]);
	});
	it('does not fire on words that only contain a name', () => {
		expect(
			run(
				'postmortem-blameless',
				withPostmortem({ rootCause: 'The bkhanlike cache and the Moreau-less path.' })
			)
		).toEqual([]);
		expect(run('postmortem-blameless', withPostmortem({}))).toEqual([]);
	});
});

describe('postmortem-public-summary', () => {
	it('fires for a public postmortem without a public summary', () => {
		expect(
			run('postmortem-public-summary', withPostmortem({ visibility: 'public' }))
		).toMatchObject([{ field: 'publicSummary' }]);
	});
	it('does not fire with one, or for internal postmortems', () => {
		expect(
			run(
				'postmortem-public-summary',
				withPostmortem({ visibility: 'public', publicSummary: 'Payments failed for 40 minutes.' })
			)
		).toEqual([]);
		expect(run('postmortem-public-summary', withPostmortem({ visibility: 'internal' }))).toEqual(
			[]
		);
	});
});
