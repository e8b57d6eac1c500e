import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAlertRules, readRuleFile } from './read-rule-file.ts';

const FIXTURE = resolve(import.meta.dirname, '../../../tests/fixtures/alerts-basic');

describe('readAlertRules on both shapes', () => {
	const { alerts, problems } = readAlertRules(FIXTURE, [
		'alerts/checkout.rules.yaml',
		'alerts/data-prometheusrule.yaml',
	]);

	it('reads every alerting rule and no recording rule, without problems', () => {
		expect(problems).toEqual([]);
		expect(alerts.map((a) => a.name)).toEqual([
			'CheckoutErrorsHigh',
			'CheckoutLatencyHigh',
			'CheckoutPodsCrashLooping',
			'LedgerReplicationLagHigh',
			'LedgerDiskSpaceLow',
			'LedgerBackupMissing',
		]);
	});

	it('keeps a Prometheus rule file rule as written: group, expression, for, labels, templated annotations', () => {
		expect(alerts[0]).toEqual({
			name: 'CheckoutErrorsHigh',
			file: 'alerts/checkout.rules.yaml',
			field: 'groups.0.rules.1',
			line: 9,
			group: 'checkout',
			expr: 'sum(rate(http_requests_total{job="checkout", code=~"5.."}[5m]))\n  / checkout:requests:rate5m > 0.02\n',
			for: '5m',
			labels: { severity: 'page' },
			annotations: {
				summary: 'Checkout fails {{ $value | humanizePercentage }} of requests',
				description: 'Errors in {{ $labels.cluster }} for 5 minutes.',
				runbook_url: 'https://handbook.tinypay.internal/alerts/checkouterrorshigh',
			},
		});
		expect(alerts[1]).toMatchObject({
			labels: { severity: 'page' },
			annotations: { summary: 'Checkout p95 is {{ $value | humanizeDuration }}' },
		});
		expect(alerts[2]!.annotations.description).toBe(
			'Container {{ $labels.container }} of {{ $labels.namespace }}/{{ $labels.pod }} has been in CrashLoopBackOff for 10 minutes.'
		);
	});

	it('reads PrometheusRule resources from several documents, naming the document in the field', () => {
		expect(alerts[3]).toEqual({
			name: 'LedgerReplicationLagHigh',
			file: 'alerts/data-prometheusrule.yaml',
			field: 'documents.0.spec.groups.0.rules.0',
			line: 11,
			group: 'ledger',
			expr: 'max by (instance) (pg_replication_lag_seconds) > 300',
			for: '10m',
			labels: { severity: 'ticket', team: 'data' },
			annotations: {
				summary: 'Replica {{ $labels.instance }} is {{ $value | humanizeDuration }} behind',
				runbook_url: 'https://wiki.tinypay.example/Ledger+Lag',
			},
		});
		expect(alerts[4]).toMatchObject({ name: 'LedgerDiskSpaceLow', annotations: {} });
		expect(alerts[4]).not.toHaveProperty('for');
		expect(alerts[5]).toMatchObject({
			field: 'documents.1.spec.groups.0.rules.1',
			line: 36,
			group: 'ledger-backups',
			for: '30m',
		});
	});
});

describe('readRuleFile problems', () => {
	it('reports a YAML syntax error with file and line', () => {
		// An unquoted ": " inside the expression: the classic rule-file mistake.
		const text =
			'# rules\ngroups:\n  - name: a\n    rules:\n      - alert: A\n        expr: up == 0: oops\n        for: 5m\n';
		const { alerts, problems } = readRuleFile(text, 'alerts/broken.yaml');
		expect(alerts).toEqual([]);
		expect(problems).toEqual([
			{
				file: 'alerts/broken.yaml',
				field: '(YAML syntax) in groups.0.rules.0.expr',
				line: 6,
				expected: 'valid YAML',
				found:
					'an unquoted value that holds ": ", which YAML reads as the start of another key and its value',
				fix: 'quote the value, like expr: "up == 0: oops" (after a key, ": " inside an unquoted value starts another mapping)',
			},
		]);
	});

	it('reports the field and line of a rule without expr, and still reads the valid rules', () => {
		const text =
			'groups:\n  - name: a\n    rules:\n      - alert: Fine\n        expr: up == 0\n      - alert: NoExpr\n        for: 5m\n';
		const { alerts, problems } = readRuleFile(text, 'alerts/a.yaml');
		expect(alerts.map((a) => a.name)).toEqual(['Fine']);
		expect(problems).toEqual([
			{
				file: 'alerts/a.yaml',
				field: 'groups.0.rules.1.expr',
				line: 6,
				expected: 'a value for expr:',
				found: 'nothing (the field is missing)',
			},
		]);
	});

	it('refuses other Kubernetes kinds, rules without alert or record, and unusable alert names', () => {
		const other = readRuleFile('apiVersion: v1\nkind: ConfigMap\ndata: {}\n', 'alerts/cm.yaml');
		expect(other.problems).toMatchObject([{ field: 'kind', line: 2, found: '"ConfigMap"' }]);
		const neither = readRuleFile(
			'groups:\n  - name: a\n    rules:\n      - expr: up\n',
			'alerts/n.yaml'
		);
		expect(neither.problems).toMatchObject([{ field: 'groups.0.rules.0', line: 4 }]);
		const badName = readRuleFile(
			'groups:\n  - name: a\n    rules:\n      - alert: Disk full\n        expr: up\n',
			'alerts/b.yaml'
		);
		expect(badName.problems).toMatchObject([
			{ field: 'groups.0.rules.0.alert', line: 4, found: '"Disk full"' },
		]);
	});

	it('gives the line of the key for a value on the next line, and reads YAML aliases as the rule they name', () => {
		const text =
			'groups:\n  - name: a\n    rules:\n      - &base\n        alert:\n          Base\n        expr:\n          - not text\n      - *base\n';
		expect(readRuleFile(text, 'alerts/n.yaml').problems).toEqual([
			{
				file: 'alerts/n.yaml',
				field: 'groups.0.rules.0.expr',
				line: 7,
				expected: 'text',
				found: 'a list of 1 item',
			},
			{
				file: 'alerts/n.yaml',
				field: 'groups.0.rules.1.expr',
				line: 7,
				expected: 'text',
				found: 'a list of 1 item',
			},
		]);
		const fine = readRuleFile(text.replace('- not text', 'up == 0'), 'alerts/n.yaml');
		expect(fine.alerts.map((a) => [a.name, a.field, a.line])).toEqual([
			['Base', 'groups.0.rules.0', 5],
			['Base', 'groups.0.rules.1', 5],
		]);
	});

	it('refuses a file in neither shape and labels that are not a mapping', () => {
		expect(readRuleFile('rules: []\n', 'alerts/x.yaml').problems).toMatchObject([
			{ field: 'groups', found: 'no groups' },
		]);
		const labels = readRuleFile(
			'groups:\n  - name: a\n    rules:\n      - alert: A\n        expr: up\n        labels: [page]\n',
			'alerts/l.yaml'
		);
		expect(labels).toMatchObject({
			alerts: [],
			problems: [{ field: 'groups.0.rules.0.labels', line: 6 }],
		});
	});
});
