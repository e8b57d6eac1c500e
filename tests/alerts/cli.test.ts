/** `firebreak alerts annotate|stub` and `firebreak urls lock` on a copy of the alerts-basic fixture. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureCopy } from '../helpers/fixture.ts';
import { firebreak, TODAY } from '../helpers/run.ts';

const RULE_FILES = ['alerts/checkout.rules.yaml', 'alerts/data-prometheusrule.yaml'];
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const snapshot = (dir: string) =>
	Object.fromEntries(RULE_FILES.map((file) => [file, read(dir, file)]));
/** Lines an annotation may add or change; everything else must stay byte for byte. */
const ANNOTATION_LINE = /^\s*(runbook_url:|annotations:\s*$)/;
const untouched = (text: string) => text.split('\n').filter((line) => !ANNOTATION_LINE.test(line));
/** @returns the lines of `after` that `before` does not have (as many times as they occur), sorted. */
const changedLines = (before: string, after: string) => {
	const old = new Map<string, number>();
	for (const line of before.split('\n')) old.set(line, (old.get(line) ?? 0) + 1);
	return after
		.split('\n')
		.filter((line) => {
			const left = old.get(line) ?? 0;
			old.set(line, left - 1);
			return left <= 0;
		})
		.sort();
};
const link = (name: string) => `https://handbook.tinypay.internal/alerts/${name}/`;
const json = (dir: string) =>
	JSON.parse(firebreak(['check', '--format', 'json'], dir).stdout) as {
		findings: { rule: string; file: string; message: string }[];
	};

describe('firebreak alerts annotate', () => {
	it('without --write prints a diff and changes nothing', () => {
		const dir = fixtureCopy('alerts-basic');
		const before = snapshot(dir);
		const result = firebreak(['alerts', 'annotate'], dir);
		expect(result.status, result.output).toBe(0);
		expect(result.stdout).toContain(
			'--- a/alerts/checkout.rules.yaml\n+++ b/alerts/checkout.rules.yaml\n@@ -19,1 +19,1 @@ CheckoutErrorsHigh\n'
		);
		expect(result.stdout).toContain(`+          runbook_url: ${link('CheckoutLatencyHigh')}\n`);
		expect(snapshot(dir)).toEqual(before);
	});

	it('--write changes only runbook_url lines, keeps quoting and comments, leaves foreign links, and is idempotent', () => {
		const dir = fixtureCopy('alerts-basic');
		const before = snapshot(dir);
		const result = firebreak(['alerts', 'annotate', '--write'], dir);
		expect(result.status, result.output).toBe(0);
		expect(result.output).toContain(
			'LedgerReplicationLagHigh: kept runbook_url https://wiki.tinypay.example/Ledger+Lag'
		);
		const after = snapshot(dir);
		for (const file of RULE_FILES)
			expect(untouched(after[file]!), file).toEqual(untouched(before[file]!));
		expect(
			changedLines(before['alerts/checkout.rules.yaml']!, after['alerts/checkout.rules.yaml']!)
		).toEqual(
			[
				`          runbook_url: '${link('CheckoutErrorsHigh')}' # the old lowercase link`,
				`          runbook_url: ${link('CheckoutLatencyHigh')}`,
			].sort()
		);
		expect(
			changedLines(
				before['alerts/data-prometheusrule.yaml']!,
				after['alerts/data-prometheusrule.yaml']!
			)
		).toEqual([`        runbook_url: ${link('LedgerDiskSpaceLow')}`, '      annotations:'].sort());
		expect(after['alerts/data-prometheusrule.yaml']).toContain(
			'runbook_url: https://wiki.tinypay.example/Ledger+Lag   # still the wiki page'
		);
		// The checks now see the links: only the kept foreign one is left.
		expect(
			json(dir)
				.findings.filter((f) => f.rule === 'alert-runbook-url')
				.map((f) => f.message)
		).toEqual([
			`alert LedgerReplicationLagHigh (line 11) has runbook_url https://wiki.tinypay.example/Ledger+Lag, not ${link('LedgerReplicationLagHigh')}`,
		]);

		const again = firebreak(['alerts', 'annotate', '--write'], dir);
		expect(again.status).toBe(0);
		expect(snapshot(dir)).toEqual(after);
		// Nothing left to set, but one link was kept: the summary says so instead of claiming every alert is linked.
		expect(again.output).not.toContain('Every covered alert already links');
		expect(again.output).toContain(
			'LedgerReplicationLagHigh: kept runbook_url https://wiki.tinypay.example/Ledger+Lag, which is not on sites.internal'
		);
		expect(again.output).toContain('⚠ Kept 1 runbook_url annotation that points elsewhere.');
		expect(again.output).toContain('pass --force');
	});

	it('with alerts.runbookUrl, writes links in that scheme and then reports nothing kept', () => {
		const dir = fixtureCopy('alerts-basic', [
			{
				file: 'handbook.yaml',
				replace: [
					'sites:\n',
					'alerts:\n  runbookUrl: "{internal}/rb/{service}/{alert_lower}"\nsites:\n',
				],
			},
		]);
		const result = firebreak(['alerts', 'annotate', '--write', '--force'], dir);
		expect(result.status, result.output).toBe(0);
		expect(read(dir, 'alerts/checkout.rules.yaml')).toContain(
			'runbook_url: https://handbook.tinypay.internal/rb/checkout/checkoutlatencyhigh\n'
		);
		expect(json(dir).findings.filter((f) => f.rule === 'alert-runbook-url')).toEqual([]);
		const again = firebreak(['alerts', 'annotate'], dir);
		expect(again.output).toContain('✔ Every covered alert already links to its runbook.');
		expect(again.output).not.toContain('Kept');
	});

	it('an unknown placeholder in alerts.runbookUrl is a content error naming the field', () => {
		const dir = fixtureCopy('alerts-basic', [
			{
				file: 'handbook.yaml',
				replace: ['sites:\n', 'alerts:\n  runbookUrl: "{internal}/{team}/{alert}"\nsites:\n'],
			},
		]);
		const result = firebreak(['alerts', 'annotate'], dir);
		expect(result.status).toBe(1);
		expect(result.output).toContain('handbook.yaml');
		expect(result.output).toContain('alerts.runbookUrl');
		expect(result.output).toContain('unknown placeholder {team}');
		expect(result.output).not.toMatch(/\n\s+at /);
	});

	it('--force also replaces links that point elsewhere, keeping their comment', () => {
		const dir = fixtureCopy('alerts-basic');
		expect(firebreak(['alerts', 'annotate', '--write', '--force'], dir).status).toBe(0);
		expect(read(dir, 'alerts/data-prometheusrule.yaml')).toContain(
			`runbook_url: ${link('LedgerReplicationLagHigh')}   # still the wiki page`
		);
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
		expect(
			json(dir).findings.filter(
				(f) => f.rule === 'alert-runbook-missing' || f.file.startsWith('runbooks/')
			)
		).toEqual([]);

		const stub = read(dir, 'runbooks/ledger/LedgerBackupMissing.mdx');
		// The runbook template of `firebreak new runbook`: the field instructions are YAML comments.
		expect(stub.replace(/^# .*\n/gm, '')).toMatch(
			new RegExp(
				`^---\ntitle: No ledger backup for <value>\nservice: ledger\nalerts:\n {2}- LedgerBackupMissing\nowner: data\nlastReviewed: ${TODAY}\nstatus: draft\n---`
			)
		);
		expect(stub).toContain(
			'\n# draft → needs-review → reviewed, once the owner has walked through it (then set lastReviewed to that day).\nstatus: draft\n'
		);
		expect(stub.match(/^## \w+$/gm)).toEqual([
			'## Meaning',
			'## Impact',
			'## Diagnosis',
			'## Mitigation',
			'## Escalation',
		]);
		expect(stub).toContain('> No ledger backup for \\{\\{ $value | humanizeDuration \\}\\}');
		expect(stub).toContain('```promql\nledger:backup_age_seconds > 26 * 3600\n```');
		expect(stub).toContain('has held for 30m');
		expect(stub.match(/\*\*TODO:\*\*/g)).toHaveLength(5);

		const again = firebreak(['alerts', 'stub', '--write'], dir);
		expect(again.stdout).toContain('Every alert has a runbook.');
	});

	it('titles a stub with the summary, template values named', () => {
		const dir = fixtureCopy('alerts-basic');
		expect(firebreak(['alerts', 'stub', '--write'], dir).status).toBe(0);
		expect(read(dir, 'runbooks/checkout/CheckoutPodsCrashLooping.mdx')).toMatch(
			/^---\ntitle: Pod <pod> is crash looping\n/
		);
	});

	it('reports a group that maps to no service with the fix, writes the other stubs and exits 0; takes --service', () => {
		const dir = fixtureCopy('alerts-basic', [
			{
				file: 'alerts/checkout.rules.yaml',
				replace: ['- name: checkout\n', '- name: payments-edge\n'],
			},
		]);
		const result = firebreak(['alerts', 'stub', '--write'], dir);
		expect(result.status, result.output).toBe(0);
		expect(result.output).toContain(
			'⚠ alerts/checkout.rules.yaml: no stub for alert CheckoutPodsCrashLooping (line 26): group "payments-edge" maps to no service: add a `service: <id>` label to its rules, name the group after a service (services: checkout, ledger), or pass --service <id>.'
		);
		expect(existsSync(join(dir, 'runbooks/ledger/LedgerBackupMissing.mdx'))).toBe(true);
		const unknown = firebreak(['alerts', 'stub', '--service', 'payments'], dir);
		expect(unknown.status).toBe(2);
		expect(unknown.output).toContain(
			'--service payments is not the id of a service in services/ (known: checkout, ledger)'
		);
		const forced = firebreak(['alerts', 'stub', '--write', '--service', 'checkout'], dir);
		expect(forced.status, forced.output).toBe(0);
		expect(read(dir, 'runbooks/checkout/CheckoutPodsCrashLooping.mdx')).toContain(
			'service: checkout\n'
		);
	});
});

describe('firebreak alerts stub on the kube-prometheus rules', () => {
	it('shows every rule of an alert defined twice, and reports the group without a service', () => {
		const dir = fixtureCopy('alerts-corpus');
		const result = firebreak(['alerts', 'stub', '--write'], dir);
		expect(result.status, result.output).toBe(0);
		expect(result.output).toMatch(
			/⚠ alerts\/kubernetesControlPlane-prometheusRule\.yaml: no stub for alert KubeAPIErrorBudgetBurn \(line \d+\): group "kube-apiserver-slos" maps to no service/
		);
		const stub = read(dir, 'runbooks/kubernetes/KubePersistentVolumeFillingUp.mdx');
		expect(stub).toMatch(/^---\ntitle: PersistentVolume is filling up\n/);
		expect(stub).toContain(
			'KubePersistentVolumeFillingUp is defined by 2 rules; it fires when any of them holds.'
		);
		expect(stub).toContain('### Rule 1 of 2: critical');
		expect(stub).toContain('### Rule 2 of 2: warning');
		expect(stub).toContain(
			'has held for 1m (`alerts/kubernetesControlPlane-prometheusRule.yaml:477`'
		);
		expect(stub).toContain(
			'has held for 1h (`alerts/kubernetesControlPlane-prometheusRule.yaml:497`'
		);
		expect(stub).toContain(') < 0.03\nand');
		expect(stub).toContain('predict_linear(kubelet_volume_stats_available_bytes');
		expect(stub).toContain(
			'- `description`: Based on recent sampling, the PersistentVolume claimed by \\{\\{ $labels.persistentvolumeclaim \\}\\}'
		);
		// Alerts sharing a summary get distinct titles.
		const titles = [...result.stdout.matchAll(/wrote (\S+)/g)].map(
			(m) => /^title: (.*)$/m.exec(read(dir, m[1]!))![1]!
		);
		expect(titles.length).toBeGreaterThan(40);
		expect(new Set(titles).size).toBe(titles.length);
		expect(titles.some((title) => title.includes('{{'))).toBe(false);
		const check = firebreak(['check'], dir);
		expect(check.status, check.output).toBe(0);
	});
});

describe('firebreak urls lock', () => {
	it('writes every runbook, alias and alert URL, which silences url-not-locked', () => {
		const dir = fixtureCopy('alerts-basic');
		expect(json(dir).findings.map((f) => f.rule)).toContain('url-not-locked');
		const result = firebreak(['urls', 'lock'], dir);
		expect(result.status, result.output).toBe(0);
		const lines = read(dir, 'urls.lock')
			.split('\n')
			.filter((line) => line.startsWith('/'));
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
