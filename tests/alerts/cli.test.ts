/** `firebreak alerts annotate|stub` and `firebreak urls lock` on a copy of the alerts-basic fixture. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureCopy } from '../helpers/fixture.ts';
import { firebreak } from '../helpers/run.ts';

const RULE_FILES = ['alerts/checkout.rules.yaml', 'alerts/data-prometheusrule.yaml'];
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const snapshot = (dir: string) => Object.fromEntries(RULE_FILES.map((file) => [file, read(dir, file)]));
/** Lines an annotation may add or change; everything else must stay byte for byte. */
const ANNOTATION_LINE = /^\s*(runbook_url:|annotations:\s*$)/;
const untouched = (text: string) => text.split('\n').filter((line) => !ANNOTATION_LINE.test(line));
/** @returns the lines of `after` that `before` does not have (as many times as they occur), sorted. */
const changedLines = (before: string, after: string) => {
	const old = new Map<string, number>();
	for (const line of before.split('\n')) old.set(line, (old.get(line) ?? 0) + 1);
	return after.split('\n').filter((line) => {
		const left = old.get(line) ?? 0;
		old.set(line, left - 1);
		return left <= 0;
	}).sort();
};
const link = (name: string) => `https://handbook.tinypay.internal/alerts/${name}/`;
const json = (dir: string) => JSON.parse(firebreak(['check', '--format', 'json'], dir).stdout) as { findings: { rule: string; file: string; message: string }[] };

describe('firebreak alerts annotate', () => {
	it('without --write prints a diff and changes nothing', () => {
		const dir = fixtureCopy('alerts-basic');
		const before = snapshot(dir);
		const result = firebreak(['alerts', 'annotate'], dir);
		expect(result.status, result.output).toBe(0);
		expect(result.stdout).toContain('--- a/alerts/checkout.rules.yaml\n+++ b/alerts/checkout.rules.yaml\n@@ -19,1 +19,1 @@ CheckoutErrorsHigh\n');
		expect(result.stdout).toContain(`+          runbook_url: ${link('CheckoutLatencyHigh')}\n`);
		expect(snapshot(dir)).toEqual(before);
	});

	it('--write changes only runbook_url lines, keeps quoting and comments, leaves foreign links, and is idempotent', () => {
		const dir = fixtureCopy('alerts-basic');
		const before = snapshot(dir);
		const result = firebreak(['alerts', 'annotate', '--write'], dir);
		expect(result.status, result.output).toBe(0);
		expect(result.output).toContain('LedgerReplicationLagHigh: kept runbook_url https://wiki.tinypay.example/Ledger+Lag');
		const after = snapshot(dir);
		for (const file of RULE_FILES) expect(untouched(after[file]!), file).toEqual(untouched(before[file]!));
		expect(changedLines(before['alerts/checkout.rules.yaml']!, after['alerts/checkout.rules.yaml']!)).toEqual([
			`          runbook_url: '${link('CheckoutErrorsHigh')}' # the old lowercase link`,
			`          runbook_url: ${link('CheckoutLatencyHigh')}`,
		].sort());
		expect(changedLines(before['alerts/data-prometheusrule.yaml']!, after['alerts/data-prometheusrule.yaml']!)).toEqual([
			`        runbook_url: ${link('LedgerDiskSpaceLow')}`,
			'      annotations:',
		].sort());
		expect(after['alerts/data-prometheusrule.yaml']).toContain('runbook_url: https://wiki.tinypay.example/Ledger+Lag   # still the wiki page');
		// The checks now see the links: only the kept foreign one is left.
		expect(json(dir).findings.filter((f) => f.rule === 'alert-runbook-url').map((f) => f.message)).toEqual([
			`alert LedgerReplicationLagHigh (line 11) has runbook_url https://wiki.tinypay.example/Ledger+Lag, not ${link('LedgerReplicationLagHigh')}`,
		]);

		const again = firebreak(['alerts', 'annotate', '--write'], dir);
		expect(again.status).toBe(0);
		expect(snapshot(dir)).toEqual(after);
	});

	it('--force also replaces links that point elsewhere, keeping their comment', () => {
		const dir = fixtureCopy('alerts-basic');
		expect(firebreak(['alerts', 'annotate', '--write', '--force'], dir).status).toBe(0);
		expect(read(dir, 'alerts/data-prometheusrule.yaml')).toContain(`runbook_url: ${link('LedgerReplicationLagHigh')}   # still the wiki page`);
		expect(json(dir).findings.filter((f) => f.rule === 'alert-runbook-url')).toEqual([]);
	});
});

describe('firebreak alerts stub', () => {
	it('without --write lists the runbooks it would write', () => {
		const dir = fixtureCopy('alerts-basic');
		const result = firebreak(['alerts', 'stub'], dir);
		expect(result.status, result.output).toBe(0);
		expect(result.stdout).toContain('would write runbooks/checkout/CheckoutPodsCrashLooping.mdx');
		expect(existsSync(join(dir, 'runbooks/checkout/CheckoutPodsCrashLooping.mdx'))).toBe(false);
	});

	it('--write produces runbooks that pass firebreak check, after which no alert lacks a runbook', () => {
		const dir = fixtureCopy('alerts-basic');
		expect(json(dir).findings.filter((f) => f.rule === 'alert-runbook-missing')).toHaveLength(2);
		const result = firebreak(['alerts', 'stub', '--write'], dir);
		expect(result.status, result.output).toBe(0);
		expect(result.stdout).toContain('wrote runbooks/checkout/CheckoutPodsCrashLooping.mdx');
		expect(result.stdout).toContain('wrote runbooks/ledger/LedgerBackupMissing.mdx');

		const check = firebreak(['check'], dir);
		expect(check.status, check.output).toBe(0);
		expect(json(dir).findings.filter((f) => f.rule === 'alert-runbook-missing' || f.file.startsWith('runbooks/'))).toEqual([]);

		const stub = read(dir, 'runbooks/ledger/LedgerBackupMissing.mdx');
		expect(stub).toMatch(/^---\ntitle: LedgerBackupMissing\nservice: ledger\nalerts:\n {2}- LedgerBackupMissing\nowner: data\nlastReviewed: 2026-11-23\nstatus: needs-review\n---/);
		expect(stub.match(/^## \w+$/gm)).toEqual(['## Meaning', '## Impact', '## Diagnosis', '## Mitigation', '## Escalation']);
		expect(stub).toContain('> No ledger backup for \\{\\{ $value | humanizeDuration \\}\\}');
		expect(stub).toContain('```promql\nledger:backup_age_seconds > 26 * 3600\n```');
		expect(stub).toContain('has held for 30m');
		expect(stub.match(/\*\*TODO:\*\*/g)).toHaveLength(5);

		const again = firebreak(['alerts', 'stub', '--write'], dir);
		expect(again.stdout).toContain('Every alert has a runbook.');
	});

	it('refuses to guess a service it cannot find, and takes --service', () => {
		const dir = fixtureCopy('alerts-basic', [{ file: 'alerts/checkout.rules.yaml', replace: ['- name: checkout\n', '- name: payments-edge\n'] }]);
		const result = firebreak(['alerts', 'stub', '--write'], dir);
		expect(result.status).toBe(1);
		expect(result.output).toContain('alerts/checkout.rules.yaml:26 CheckoutPodsCrashLooping: no service');
		expect(existsSync(join(dir, 'runbooks/ledger/LedgerBackupMissing.mdx'))).toBe(true);
		const forced = firebreak(['alerts', 'stub', '--write', '--service', 'checkout'], dir);
		expect(forced.status, forced.output).toBe(0);
		expect(read(dir, 'runbooks/checkout/CheckoutPodsCrashLooping.mdx')).toContain('service: checkout\n');
	});
});

describe('firebreak urls lock', () => {
	it('writes every runbook, alias and alert URL, which silences url-not-locked', () => {
		const dir = fixtureCopy('alerts-basic');
		expect(json(dir).findings.map((f) => f.rule)).toContain('url-not-locked');
		const result = firebreak(['urls', 'lock'], dir);
		expect(result.status, result.output).toBe(0);
		const lines = read(dir, 'urls.lock').split('\n').filter((line) => line.startsWith('/'));
		expect(lines).toEqual([
			'/alerts/CheckoutErrorsHigh/',
			'/alerts/CheckoutLatencyHigh/',
			'/alerts/LedgerDiskSpaceLow/',
			'/alerts/LedgerReplicationLagHigh/',
			'/alerts/PaymentsProviderDown/',
			'/runbooks/checkout/checkouterrorshigh/',
			'/runbooks/checkout/checkoutlatencyhigh/',
			'/runbooks/ledger/ledgerdiskspacelow/',
			'/runbooks/ledger/ledgerreplicationlaghigh/',
		]);
		expect(json(dir).findings.map((f) => f.rule)).not.toContain('url-not-locked');
	});
});
