/**
 * Alert rules: every alert in `alerts/**` leads to exactly one runbook, its `runbook_url` points at Firebreak's link
 * for it, and runbooks name alerts that exist (or say they come from elsewhere).
 */
import type { AlertRule } from '../alerts/alert-rule.ts';
import { alertLink, runbookOfAlert } from '../alerts/catalog.ts';
import { didYouMean } from '../../schemas/did-you-mean.ts';
import type { Runbook } from '../handbook.ts';
import { alertUrlPath, redirectTable } from '../redirects.ts';
import { urls } from '../urls.ts';
import type { RawFinding, Rule } from './types.ts';

const onRule = (rule: AlertRule, field: string, message: string): RawFinding => ({
	file: rule.file,
	field: `${rule.field}.${field}`,
	message: `alert ${rule.name} (line ${rule.line}) ${message}`,
	entry: { kind: 'alert', id: rule.name },
});

const onRunbook = (runbook: Runbook, index: number, message: string): RawFinding => ({
	file: runbook.file,
	field: `alerts.${index}`,
	message,
	entry: { kind: 'runbook', id: runbook.id },
});

export const alertRules: Rule[] = [
	{
		id: 'alert-runbook-missing',
		defaultLevel: 'error',
		summary:
			'Every alert in `alerts/**` is named by a runbook, so its page links somewhere useful.',
		fix: 'Add the alert to the `alerts:` of the runbook that answers it, or run `firebreak alerts stub --write` and fill in the skeleton.',
		check: ({ handbook }) =>
			handbook.alerts
				.filter((rule) => !handbook.runbooksByAlert.has(rule.name))
				.map((rule) => onRule(rule, 'alert', 'has no runbook')),
	},
	{
		id: 'alert-runbook-duplicate',
		defaultLevel: 'error',
		summary: "No two runbooks claim one alert: the alert's link can lead to only one.",
		fix: 'Keep the alert in one runbook and link to it from the other.',
		check: ({ handbook }) =>
			[...handbook.runbooksByAlert].flatMap(([name, [first, ...others]]) =>
				others.map((runbook) =>
					onRunbook(
						runbook,
						runbook.data.alerts.findIndex((alert) => alert.name === name),
						`claims ${name}, which ${first!.file} already answers`
					)
				)
			),
	},
	{
		id: 'alert-runbook-url',
		defaultLevel: 'warn',
		summary:
			"An alert's `runbook_url` annotation is its Firebreak link (`alerts.runbookUrl` of handbook.yaml; default `<sites.internal>/alerts/<AlertName>/`).",
		fix: 'Run `firebreak alerts annotate --write` (add `--force` to replace links that point elsewhere), or set `alerts.runbookUrl` to the scheme the rule files already use.',
		check: ({ handbook }) => {
			const owners = new Map(
				redirectTable(handbook).map((redirect) => [redirect.from, redirect.runbook])
			);
			return handbook.alerts.flatMap((rule) => {
				const runbook = runbookOfAlert(handbook, rule.name);
				if (!runbook) return [];
				const expected = alertLink(handbook.config, rule.name, runbook);
				const path = alertUrlPath(handbook, rule.name, runbook);
				// A scheme can give a path that another page or redirect already owns: that link would lead elsewhere.
				if (path !== urls.runbook(runbook.id) && owners.get(path) !== runbook) {
					return [
						onRule(
							rule,
							'annotations.runbook_url',
							`would link to ${expected} (alerts.runbookUrl), but ${path} is already another page or redirect`
						),
					];
				}
				const found = rule.annotations.runbook_url;
				if (found === expected) return [];
				const message = found
					? `has runbook_url ${found}, not ${expected}`
					: `has no runbook_url annotation (expected ${expected})`;
				return [onRule(rule, 'annotations.runbook_url', message)];
			});
		},
	},
	{
		id: 'alert-unknown',
		defaultLevel: 'warn',
		summary:
			'A runbook names alerts that a rule file in `alerts/**` defines, or marks them `external: true`.',
		fix: 'Fix the alert name, add its rule file to `alerts/`, or write it as `{ name: X, external: true }` when another system defines it.',
		check: ({ handbook }) => {
			const defined = new Set(handbook.alerts.map((rule) => rule.name));
			return [...handbook.runbooks.values()].flatMap((runbook) =>
				runbook.data.alerts.flatMap((alert, i) => {
					if (alert.external || defined.has(alert.name)) return [];
					const hint = didYouMean(alert.name, defined);
					return [
						onRunbook(
							runbook,
							i,
							`names ${alert.name}, which no rule file in alerts/ defines${hint ? `; ${hint}` : ''}`
						),
					];
				})
			);
		},
	},
];
