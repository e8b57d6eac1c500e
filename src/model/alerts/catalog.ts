/**
 * Alerts and their runbooks side by side: the one place that decides which runbook an alert's link leads to, which
 * service an alert belongs to, and what URL its `runbook_url` annotation should hold.
 */
import type { HandbookConfig } from '../../schemas/handbook.ts';
import type { Handbook, Runbook, Service } from '../handbook.ts';
import { absoluteUrl, urls } from '../urls.ts';
import type { AlertRule } from './alert-rule.ts';
import { expandRunbookUrl } from './runbook-url.ts';

export interface CatalogAlert {
	name: string;
	/** Its definitions in `alerts/**` (several when files share a name; none for alerts only a runbook names). */
	rules: readonly AlertRule[];
	/** The runbook the alert's link leads to: the first by file when several claim it. */
	runbook?: Runbook;
	/** The distinct `severity` labels of its rules. */
	severities: readonly string[];
	/** The runbook's service, else the service its rules point at (see `serviceOfRule`). */
	service?: Service;
}

/**
 * @returns the absolute URL a rule's `runbook_url` should hold: the alert's link target on the internal site, in the
 * scheme of `alerts.runbookUrl`
 * @param runbook the runbook that answers the alert (its service and folder can be part of the scheme)
 */
export function alertLink(config: HandbookConfig, name: string, runbook: Runbook): string {
	return expandRunbookUrl(config.alerts.runbookUrl, config.sites.internal, name, runbook);
}

/** @returns the runbook an alert's link leads to, if any runbook names it. */
export function runbookOfAlert(handbook: Handbook, name: string): Runbook | undefined {
	return handbook.runbooksByAlert.get(name)?.[0];
}

/** @returns every alert of the rule files and of the runbooks, by name. */
export function alertCatalog(handbook: Handbook): CatalogAlert[] {
	const rulesByName = new Map<string, AlertRule[]>();
	for (const rule of handbook.alerts)
		rulesByName.set(rule.name, [...(rulesByName.get(rule.name) ?? []), rule]);
	const names = new Set([...rulesByName.keys(), ...handbook.runbooksByAlert.keys()]);
	return [...names].sort().map((name) => {
		const rules = rulesByName.get(name) ?? [];
		const runbook = runbookOfAlert(handbook, name);
		const service = runbook
			? handbook.services.get(runbook.data.service)
			: rules.map((rule) => serviceOfRule(handbook, rule)).find(Boolean);
		const severities = [
			...new Set(rules.map((rule) => rule.labels.severity).filter((s): s is string => Boolean(s))),
		];
		return {
			name,
			rules,
			severities,
			...(runbook ? { runbook } : {}),
			...(service ? { service } : {}),
		};
	});
}

/**
 * @returns the service a rule belongs to, judged from what teams usually put there: a `service` or `app` label, the
 * group name, or the group name's leading part (`api-gateway.alerts`, `ledger-pgbouncer` → `api-gateway`, `ledger`).
 */
export function serviceOfRule(handbook: Handbook, rule: AlertRule): Service | undefined {
	const group = rule.group.toLowerCase();
	const words = group.split(/[.\-_]/);
	const prefixes = words.map((_, i) => words.slice(0, words.length - i).join('-'));
	const candidates = [
		rule.labels.service,
		rule.labels.app,
		group,
		group.split('.')[0],
		...prefixes,
	];
	for (const candidate of candidates) {
		const service = candidate ? handbook.services.get(candidate) : undefined;
		if (service) return service;
	}
	return undefined;
}

export interface AlertRunbookEntry {
	/** Absolute URL of the runbook page. */
	runbook: string;
	title: string;
	/** Service id. */
	service: string;
	/** Team or person id. */
	owner: string;
}

/**
 * @returns alert name → its runbook, for alert-pipeline tooling (`alerts.json`): every alert a runbook answers,
 * sorted by name. Alerts without a runbook have no entry.
 */
export function alertRunbookMap(handbook: Handbook): Record<string, AlertRunbookEntry> {
	const map: Record<string, AlertRunbookEntry> = {};
	for (const name of [...handbook.runbooksByAlert.keys()].sort()) {
		const runbook = runbookOfAlert(handbook, name)!;
		map[name] = {
			runbook: absoluteUrl(handbook.config.sites.internal, urls.runbook(runbook.id)),
			title: runbook.data.title,
			service: runbook.data.service,
			owner: runbook.data.owner,
		};
	}
	return map;
}
