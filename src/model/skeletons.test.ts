import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { postmortemSchema } from '../schemas/postmortem.ts';
import { runbookSchema } from '../schemas/runbook.ts';
import { incidentData, testHandbook } from './checks/test-handbook.ts';
import {
	incidentSkeleton,
	postmortemSkeleton,
	runbookSkeleton,
	SkeletonError,
	slugify,
} from './skeletons.ts';

const handbook = testHandbook({
	incidents: {
		'inc-1': incidentData({ components: { checkout: 'major_outage' } }),
		'no-roles': incidentData({ roles: {} }),
	},
});
const frontmatterOf = (text: string) => parse(/^---\n([\s\S]*?)---\n/.exec(text)![1]!);

describe('skeletons', () => {
	it('slugifies titles into file names', () => {
		expect(slugify('Checkout: 3-D Secure timeouts (Café)!')).toBe(
			'checkout-3-d-secure-timeouts-cafe'
		);
	});

	it('a postmortem copies title, severity, times and roles and has the template sections', () => {
		const { file, text } = postmortemSkeleton(
			handbook,
			handbook.incidents.get('inc-1')!,
			'2026-11-23'
		);
		expect(file).toBe('postmortems/inc-1.mdx');
		const data = postmortemSchema.parse(frontmatterOf(text));
		expect(data).toMatchObject({
			incident: 'inc-1',
			title: 'Checkout failing',
			status: 'draft',
			authors: ['amoreau'],
			contributingFactors: [],
			actionItems: [],
		});
		expect(data.impact).toContain('Checkout: major outage. 1 h 00 min from start to resolution.');
		for (const key of ['summary', 'impact', 'rootCause', 'contributingFactors', 'actionItems'])
			expect(text).toMatch(new RegExp(`^${key}:`, 'm'));
		for (const section of [
			'## What happened',
			'## What went well',
			"## What didn't go well",
			'## Where we got lucky',
		])
			expect(text).toContain(`\n${section}\n`);
		// The severity, the response times and the roles are internal: all of it sits inside <Internal>.
		const what =
			/## What happened\n\n<Internal>\n([\s\S]*?)\n<\/Internal>\n\n## What went well/.exec(
				text
			)?.[1];
		expect(what).toContain(
			'Sev-1, 2026-03-04. Roles: incident commander Alice Moreau, tech lead Bilal Khan.'
		);
		expect(what).toContain(
			'- 2026-03-04 10:00 GMT+1: started\n- 2026-03-04 10:05 GMT+1: detected\n- 2026-03-04 10:07 GMT+1: acknowledged'
		);
		expect(what).toMatch(/\*\*TODO:\*\* the turning points in order, outside this box/);
	});

	it('a postmortem needs an author from the incident roles', () => {
		expect(() =>
			postmortemSkeleton(handbook, handbook.incidents.get('no-roles')!, '2026-11-23')
		).toThrow(SkeletonError);
	});

	it('a runbook has every standard section, each with what to write as a TODO, and the field instructions as YAML comments', () => {
		const { file, text } = runbookSkeleton(
			handbook,
			{ service: 'checkout-api', alert: 'CheckoutApiDown' },
			'2026-11-23'
		);
		expect(file).toBe('runbooks/checkout-api/CheckoutApiDown.mdx');
		expect(runbookSchema.parse(frontmatterOf(text))).toMatchObject({
			service: 'checkout-api',
			alerts: [{ name: 'CheckoutApiDown' }],
			owner: 'payments',
			lastReviewed: '2026-11-23',
			status: 'draft',
		});
		const comments = parseDocument(/^---\n([\s\S]*?)---\n/.exec(text)![1]!).contents as {
			items: { key: { commentBefore?: string; value: string } }[];
		};
		expect(
			Object.fromEntries(
				comments.items
					.filter((pair) => pair.key.commentBefore)
					.map((pair) => [pair.key.value, pair.key.commentBefore!.trim()])
			)
		).toEqual({
			alerts: expect.stringContaining('{ name: X, external: true }'),
			owner: 'A team id (usual) or a person id.',
			status: expect.stringMatching(/^draft → needs-review → reviewed/),
		});
		const sections = text.split(/^## /m).slice(1);
		expect(sections.map((section) => section.split('\n')[0])).toEqual([
			'Meaning',
			'Impact',
			'Diagnosis',
			'Mitigation',
			'Escalation',
		]);
		for (const section of sections) expect(section.trimEnd()).toMatch(/\n\n\*\*TODO:\*\* [^\n]+$/);
		expect(sections[4]).toContain(
			'**TODO:** when to declare a Sev-2 (Degraded) and when a Sev-1 (Down).'
		);
		expect(() => runbookSkeleton(handbook, { service: 'nope', alert: 'X' }, '2026-11-23')).toThrow(
			'--service must be a service id (checkout-api)'
		);
	});

	it('an incident starts now, in the handbook timezone, and is named after the day it started there', () => {
		const { file, text } = incidentSkeleton(
			handbook,
			{ title: 'Refunds stuck', severity: 'sev2', service: 'checkout-api' },
			new Date('2026-11-23T23:40:00Z')
		);
		expect(file).toBe('incidents/2026-11-24-refunds-stuck.mdx');
		expect(frontmatterOf(text)).toMatchObject({
			title: 'Refunds stuck',
			severity: 'sev2',
			services: ['checkout-api'],
			startedAt: '2026-11-24T00:40:00+01:00',
			detectedAt: '2026-11-24T00:40:00+01:00',
		});
		expect(() =>
			incidentSkeleton(
				handbook,
				{ title: 'x', severity: 'sev9', service: 'checkout-api' },
				new Date()
			)
		).toThrow('--severity must be one of sev1, sev2');
	});
});
