import { describe, expect, it } from 'vitest';
import { handbookSchema } from '../../schemas/handbook.ts';
import type { Runbook } from '../handbook.ts';
import { DEFAULT_RUNBOOK_URL, runbookUrlPatternError } from '../../schemas/runbook-url.ts';
import { expandRunbookUrl, sitePathOf } from './runbook-url.ts';

const runbook = (id: string, service: string) => ({ id, data: { service } }) as unknown as Runbook;
const BASE = {
	org: { name: 'Acme', timezone: 'UTC' },
	sites: { internal: 'https://h.acme.internal', public: 'https://status.acme.example' },
};
const severities = ['sev1', 'sev2'].map((id) => ({
	id,
	label: id,
	definition: 'x',
	ackMinutes: 5,
	updateCadenceMinutes: 30,
	declaredBy: 'x',
	icRequired: true,
	postmortem: { required: false },
}));

describe('alerts.runbookUrl patterns', () => {
	it('expands every placeholder for an alert and its runbook', () => {
		const pattern = '{internal}/runbooks/{service}/{group}/{alert}/{alert_lower}';
		expect(
			expandRunbookUrl(
				pattern,
				'https://h.acme.internal/',
				'KubeAPIDown',
				runbook('kubernetes/control-plane/kubeapidown', 'kube')
			)
		).toBe(
			'https://h.acme.internal/runbooks/kube/kubernetes/control-plane/KubeAPIDown/kubeapidown'
		);
		// A runbook at the top of runbooks/ has no folder, and no empty segment is left for it.
		expect(
			expandRunbookUrl(
				'{internal}/r/{group}/{alert_lower}',
				'https://h.acme.internal',
				'A',
				runbook('a', 's')
			)
		).toBe('https://h.acme.internal/r/a');
		expect(
			expandRunbookUrl(DEFAULT_RUNBOOK_URL, 'https://h.acme.internal', 'A', runbook('x/a', 's'))
		).toBe('https://h.acme.internal/alerts/A/');
	});

	it('gives the site path of an expanded URL, also under a base path', () => {
		expect(
			sitePathOf('https://h.acme.internal/runbooks/kube/kubeapidown', 'https://h.acme.internal')
		).toBe('/runbooks/kube/kubeapidown/');
		expect(
			sitePathOf('https://h.acme.internal/handbook/alerts/A/', 'https://h.acme.internal/handbook/')
		).toBe('/alerts/A/');
	});

	it('rejects unknown placeholders and schemes that cannot be links of the internal site', () => {
		expect(runbookUrlPatternError('{internal}/runbooks/{component}/{alert}')).toBe(
			'a pattern of the placeholders {internal}, {alert}, {alert_lower}, {service}, {group} (unknown placeholder {component})'
		);
		expect(runbookUrlPatternError('https://wiki.acme.example/{alert}')).toMatch(
			/starts with \{internal\}\//
		);
		expect(runbookUrlPatternError('{internal}/runbooks/{service}')).toMatch(
			/\{alert\} or \{alert_lower\}/
		);
		expect(runbookUrlPatternError('{internal}/alerts?name={alert}')).toMatch(/without query/);
		expect(runbookUrlPatternError('{internal}/runbooks/{service}/{alert_lower}')).toBeUndefined();
	});

	it('is validated in handbook.yaml, with the default when absent', () => {
		expect(handbookSchema.parse({ ...BASE, severities }).alerts.runbookUrl).toBe(
			DEFAULT_RUNBOOK_URL
		);
		const bad = handbookSchema.safeParse({
			...BASE,
			severities,
			alerts: { runbookUrl: '{internal}/{team}/{alert}' },
		});
		expect(bad.success).toBe(false);
		expect(bad.error!.issues).toMatchObject([
			{
				path: ['alerts', 'runbookUrl'],
				message: expect.stringContaining('unknown placeholder {team}'),
			},
		]);
	});
});
