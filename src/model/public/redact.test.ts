import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openHandbook } from '../open-handbook.ts';
import { createRedactor } from './redact.ts';
import {
	findHostnames,
	findIpAddresses,
	isInfrastructureHost,
	registrableDomain,
} from './hostnames.ts';
import { findSecrets, shannonEntropy } from './secrets.ts';

const handbook = openHandbook(
	fileURLToPath(new URL('../../../tests/fixtures/leaky', import.meta.url))
).handbook!;
const { redact } = createRedactor(handbook);

describe('redact', () => {
	it.each([
		['Priya Raghunathan restarted it.', 'An engineer restarted it.'],
		['It was Priya again.', 'It was an engineer again.'],
		['Ping @priyar or github:priya-rag.', 'Ping an engineer or an engineer.'],
		['Mail priya.raghunathan@quokka.example now', 'Mail an email address now'],
		[
			'Asked in #ops-oncall and #inc-42-db.',
			'Asked in an internal channel and an internal channel.',
		],
		['Globex Logistics and initech shipping saw it.', 'A customer and a customer saw it.'],
		['Project Wombat is late.', 'An internal project is late.'],
		['on pg-tracking-01.quokka.corp today', 'on an internal service today'],
		['see https://grafana.quokka.corp/d/x', 'see an internal service'],
		['host kafka-broker-3 lagged', 'host an internal service lagged'],
		['10.20.30.40 and 192.168.0.0/16', 'An internal address and an internal address'],
		['fd12:3456:789a::17 and ::1', 'An internal address and an internal address'],
	])('%s', (input, output) => {
		expect(redact(input)).toBe(output);
	});

	it('sees through HTML entities, zero-width characters and soft hyphens', () => {
		expect(redact('via bastion&#46;quokka&#46;corp')).toBe('via an internal service');
		expect(redact('via vault.quo\u200Bkka.corp')).toBe('via an internal service');
		expect(redact('by Hen\u00ADrike Vollmer')).toBe('by an engineer');
		expect(redact('by Priya\nRaghunathan')).toBe('by an engineer');
	});

	it('redacts public services too, URL and all: only hosts the handbook declares public stay', () => {
		expect(redact('see https://github.com/quokka-freight/dashboards.')).toBe(
			'see an internal service.'
		);
	});

	it('keeps hosts the handbook declares public, times, versions, file and event names', () => {
		const text =
			'See status.quokka.example and api.quokka.example at 10:02:00 for v1.2.3, values.yaml and payment.succeeded.';
		expect(redact(text)).toBe(text);
	});

	it('replaces secrets in the style of gitleaks', () => {
		expect(redact('key AKIAJ7Q3MZ2XK5RT6WPL here')).toBe('key a secret here');
		expect(redact('token ghp_8fK2mQ9xL4vN7pR1sT6wY3zB5cD0eG2hJ4kM')).toBe('token a secret');
		expect(redact('api_key=Zx9Qw3Lm7Tn2Vb8Kp4Rs')).toBe('api_key=a secret');
		expect(redact('password: hunter2hunter2')).toBe('password: hunter2hunter2');
		expect(
			redact(
				'-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----'
			)
		).toBe('A secret');
	});
});

describe('detectors', () => {
	it('finds hostnames with a TLD-like last label only', () => {
		expect(
			findHostnames('db.prod.internal, node.js, e.g. this, README.md, ledger-db-2 and Sev-1').map(
				(h) => h.value
			)
		).toEqual(['db.prod.internal', 'ledger-db-2']);
	});

	it("tells the organisation's infrastructure from public services the content mentions", () => {
		expect(isInfrastructureHost('github.com', [], ['acme.com'])).toBe(false);
		expect(isInfrastructureHost('status.postmarkapp.com', [], ['acme.com'])).toBe(false);
		expect(isInfrastructureHost('vpn.acme.com', [], ['acme.com'])).toBe(true);
		expect(isInfrastructureHost('db.prod.example.net', [], ['acme.com'])).toBe(true);
		expect(isInfrastructureHost('ledger.svc', [], [])).toBe(true);
		expect(isInfrastructureHost('git.corp.acme.net', ['corp.acme.net'], [])).toBe(true);
		expect(isInfrastructureHost('pgbouncer-ledger-0', [], [])).toBe(true);
		expect([registrableDomain('status.acme.com'), registrableDomain('www.acme.co.uk')]).toEqual([
			'acme.com',
			'acme.co.uk',
		]);
	});

	it('finds IPv4 and IPv6 addresses but not clock times or version numbers', () => {
		expect(
			findIpAddresses('10.0.0.1, 2001:db8::7, at 10:02:00, version 1.2.3.4.5 and 999.1.1.1').map(
				(m) => m.value
			)
		).toEqual(['10.0.0.1', '2001:db8::7']);
	});

	it('needs entropy for generic key=value secrets', () => {
		expect(shannonEntropy('aaaaaaaaaa')).toBe(0);
		expect(findSecrets('secret=aaaaaaaaaaaaaa')).toEqual([]);
		expect(findSecrets('secret=Zx9Qw3Lm7Tn2Vb8Kp4Rs').map((s) => s.rule)).toEqual([
			'generic-api-key',
		]);
	});
});
