/**
 * An incident run from the command line on a copy of the example, as the IC would at 3am: declare, two customer
 * updates, mitigate, resolve. After each step the content passes `firebreak check`, the public build shows what was
 * posted, and the comments of the file are still there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleCopy } from '../helpers/fixture.ts';
import { build, firebreak } from '../helpers/run.ts';

const ID = '2026-11-23-card-payments-fail-at-checkout';
const FILE = `incidents/${ID}.mdx`;

interface StatuspageIncident {
	name: string;
	status: string;
	resolved_at: string | null;
	incident_updates: { status: string; body: string; created_at: string }[];
}

describe('firebreak incident, declare to resolve', () => {
	let dir = '';
	const read = () => readFileSync(join(dir, FILE), 'utf8');
	const check = () => {
		const result = firebreak(['check', '--format', 'json'], dir);
		const report = JSON.parse(result.stdout) as {
			findings: { level: string; file: string; rule: string }[];
		};
		return report.findings.filter((finding) => finding.file === FILE);
	};
	const published = () => {
		const result = build(dir, { site: 'public' });
		expect(result.status, result.output).toBe(0);
		const { incidents } = JSON.parse(
			readFileSync(join(result.out, 'public/api/v2/incidents.json'), 'utf8')
		) as { incidents: StatuspageIncident[] };
		return incidents.find((incident) => incident.name === 'Card payments failing');
	};
	beforeAll(() => {
		dir = exampleCopy();
	});

	it('declares: writes the incident now, names the channel and prints the messages to post', () => {
		const result = firebreak(
			[
				'incident',
				'declare',
				'--title',
				'Card payments fail at checkout',
				'--severity',
				'sev1',
				'--service',
				'checkout-api',
				'--ic',
				'lbecker',
				'--tl',
				'jkowalski',
				'--impact',
				'card payments fail for some merchants',
				'--public-title',
				'Card payments failing',
				'--component',
				'checkout=major_outage',
				'--at',
				'10:05',
			],
			dir
		);
		expect(result.status, result.output).toBe(0);
		expect(result.stdout).toContain(`channel #inc-20261123-card-payments-fail-at-checkout`);
		expect(result.stdout).toContain('Sev-1 incident declared: Checkout API');
		expect(result.stdout).toContain('IC: Lena Becker | Tech lead: Jakub Kowalski');
		// The customer notice names the public component, never the internal service.
		expect(result.stdout).toMatch(
			/for customers: customer-investigating[\s\S]*card payments fail for some merchants\. Affected: Hosted Checkout/
		);
		expect(result.stdout).toContain('Next customer update due at 10:35');
		expect(read()).toContain(
			'startedAt: 2026-11-23T10:05:00+01:00\ndetectedAt: 2026-11-23T10:05:00+01:00\n'
		);
		expect(read()).toContain('channel: "#inc-20261123-card-payments-fail-at-checkout"');
		expect(check().filter((finding) => finding.level === 'error')).toEqual([]);
	});

	it('posts two customer updates that the public build shows, keeping the comments', () => {
		const comments = read()
			.split('\n')
			.filter((line) => line.trimStart().startsWith('#'));
		expect(comments.length).toBeGreaterThan(2);
		expect(firebreak(['incident', 'ack', ID, '--at', '10:07'], dir).status).toBe(0);
		const first = firebreak(
			[
				'incident',
				'update',
				ID,
				'--status',
				'investigating',
				'--public',
				'Some card payments at checkout fail. We are investigating.',
				'--internal',
				'Paged #payments; error rate 40%',
				'--at',
				'10:15',
			],
			dir
		);
		expect(first.status, first.output).toBe(0);
		expect(check().filter((finding) => finding.level === 'error')).toEqual([]);
		expect(published()?.incident_updates.map((update) => update.body)).toEqual([
			'Some card payments at checkout fail. We are investigating.',
		]);

		const second = firebreak(
			[
				'incident',
				'update',
				ID,
				'--status',
				'identified',
				'--public',
				'We found the cause: a faulty change. We are rolling it back.',
				'--at',
				'10:28',
			],
			dir
		);
		expect(second.status, second.output).toBe(0);
		expect(check().filter((finding) => finding.level === 'error')).toEqual([]);
		const shown = published()!;
		expect(shown.status).toBe('identified');
		expect(shown.incident_updates.map((update) => update.status)).toEqual([
			'identified',
			'investigating',
		]);
		expect(shown.incident_updates[0]!.created_at).toBe('2026-11-23T10:28:00+01:00');
		for (const line of comments) expect(read()).toContain(line);
		expect(read()).toContain('text: "Paged #payments; error rate 40%"');
	});

	it('refuses steps that do not fit, writing nothing', () => {
		const before = read();
		const resolved = firebreak(
			['incident', 'update', ID, '--status', 'resolved', '--public', 'Done.'],
			dir
		);
		expect(resolved.status).toBe(1);
		expect(resolved.stderr).toContain(
			`resolve it with \`firebreak incident resolve ${ID} --public "<text>"\``
		);
		const early = firebreak(['incident', 'mitigate', ID, '--at', '10:00'], dir);
		expect(early.stderr).toContain(
			'mitigatedAt 2026-11-23T10:00:00+01:00 would be before startedAt'
		);
		const silent = firebreak(['incident', 'resolve', ID, '--at', '10:50'], dir);
		expect(silent.stderr).toContain(
			'is on the status page: resolve it with the last customer update'
		);
		expect(firebreak(['incident', 'ack', 'no-such-incident'], dir).status).toBe(2);
		expect(firebreak(['incident', 'ack', ID, '--status', 'identified'], dir).stderr).toContain(
			'--status does not apply to incident ack'
		);
		expect(read()).toBe(before);
	});

	it('mitigates and resolves with the last customer updates; the public build shows it resolved', () => {
		const mitigated = firebreak(
			[
				'incident',
				'mitigate',
				ID,
				'--public',
				'The change is rolled back and payments succeed again. We are monitoring.',
				'--at',
				'10:40',
			],
			dir
		);
		expect(mitigated.status, mitigated.output).toBe(0);
		expect(check().filter((finding) => finding.level === 'error')).toEqual([]);
		expect(published()?.status).toBe('monitoring');
		const resolved = firebreak(
			[
				'incident',
				'resolve',
				ID,
				'--public',
				'This incident is resolved: card payments work normally.',
				'--at',
				'11:10',
			],
			dir
		);
		expect(resolved.status, resolved.output).toBe(0);
		expect(resolved.stdout).toContain('Resolved: Sev-1 Checkout API');
		// The only finding left is the postmortem that a Sev-1 now owes.
		expect(check().map((finding) => finding.rule)).toEqual(['postmortem-required']);
		const shown = published()!;
		expect(shown.status).toBe('resolved');
		expect(shown.resolved_at).toBe('2026-11-23T11:10:00+01:00');
		expect(shown.incident_updates).toHaveLength(4);
		expect(firebreak(['incident', 'update', ID, '--internal', 'late note'], dir).stderr).toContain(
			'nothing more can be added'
		);
	});
});
