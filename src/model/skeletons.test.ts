import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { postmortemSchema } from '../schemas/postmortem.ts';
import { incidentData, testHandbook } from './checks/test-handbook.ts';
import { incidentSkeleton, postmortemSkeleton, runbookSkeleton, SkeletonError, slugify } from './skeletons.ts';

const handbook = testHandbook({ incidents: { 'inc-1': incidentData({ components: { checkout: 'major_outage' } }), 'no-roles': incidentData({ roles: {} }) } });
const frontmatterOf = (text: string) => parse(/^---\n([\s\S]*?)---\n/.exec(text)![1]!);

describe('skeletons', () => {
	it('slugifies titles into file names', () => {
		expect(slugify('Checkout: 3-D Secure timeouts (Café)!')).toBe('checkout-3-d-secure-timeouts-cafe');
	});

	it('a postmortem copies title, severity, times and roles and has the template sections', () => {
		const { file, text } = postmortemSkeleton(handbook, handbook.incidents.get('inc-1')!, '2026-11-23');
		expect(file).toBe('postmortems/inc-1.mdx');
		const data = postmortemSchema.parse(frontmatterOf(text));
		expect(data).toMatchObject({ incident: 'inc-1', title: 'Checkout failing', status: 'draft', authors: ['amoreau'], contributingFactors: [], actionItems: [] });
		expect(data.impact).toContain('Checkout: major outage. 1 h 00 min from start to resolution.');
		for (const key of ['summary', 'impact', 'rootCause', 'contributingFactors', 'actionItems']) expect(text).toMatch(new RegExp(`^${key}:`, 'm'));
		for (const section of ['## What happened', '## What went well', "## What didn't go well", '## Where we got lucky']) expect(text).toContain(`\n${section}\n`);
		expect(text).toContain('Sev-1, 2026-03-04.');
		// Names are confidential: roles sit inside <Internal>, never in the publishable body.
		expect(text).toContain('<Internal>\nRoles: incident commander Alice Moreau, tech lead Bilal Khan.\n</Internal>');
		expect(text).toContain('- 2026-03-04 10:00 GMT+1: started\n- 2026-03-04 10:05 GMT+1: detected');
	});

	it('a postmortem needs an author from the incident roles', () => {
		expect(() => postmortemSkeleton(handbook, handbook.incidents.get('no-roles')!, '2026-11-23')).toThrow(SkeletonError);
	});

	it('a runbook has every standard section and the service team as owner', () => {
		const { file, text } = runbookSkeleton(handbook, { service: 'checkout-api', alert: 'CheckoutApiDown' }, '2026-11-23');
		expect(file).toBe('runbooks/checkout-api/CheckoutApiDown.mdx');
		expect(frontmatterOf(text)).toMatchObject({ service: 'checkout-api', alerts: ['CheckoutApiDown'], owner: 'payments', lastReviewed: '2026-11-23', status: 'draft' });
		expect(text.match(/^## \w+$/gm)).toEqual(['## Meaning', '## Impact', '## Diagnosis', '## Mitigation', '## Escalation']);
		expect(() => runbookSkeleton(handbook, { service: 'nope', alert: 'X' }, '2026-11-23')).toThrow('--service must be a service id (checkout-api)');
	});

	it('an incident takes a ladder severity and a known service', () => {
		const { file, text } = incidentSkeleton(handbook, { title: 'Refunds stuck', severity: 'sev2', service: 'checkout-api' }, '2026-11-23');
		expect(file).toBe('incidents/2026-11-23-refunds-stuck.mdx');
		expect(frontmatterOf(text)).toMatchObject({ title: 'Refunds stuck', severity: 'sev2', services: ['checkout-api'], startedAt: '2026-11-23 00:00' });
		expect(() => incidentSkeleton(handbook, { title: 'x', severity: 'sev9', service: 'checkout-api' }, '2026-11-23')).toThrow('--severity must be one of sev1, sev2');
	});
});
