/**
 * Runbook skeletons for alerts that have none: the shared runbook template (`runbookText` of skeletons.ts), titled by
 * the alert's summary, with its sections pre-filled with what the rule files know (summary, description, and every
 * rule's expression, `for`, labels and annotations). Status `draft`, as the template writes it: the page says so until
 * the owner has filled it in and reviewed it.
 * File I/O: checks whether a stub's runbook file already exists in the content folder, so no stub overwrites one.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Handbook, Service } from '../handbook.ts';
import { COLLECTIONS } from '../load-content.ts';
import { runbookText } from '../skeletons.ts';
import type { AlertRule } from './alert-rule.ts';
import { alertCatalog, serviceOfRule } from './catalog.ts';
import { titleFromSummary } from './readable-template.ts';

export interface RunbookStub {
	alert: string;
	/** Path relative to the content folder, like `runbooks/checkout/CheckoutPodsCrashLooping.mdx`. */
	file: string;
	text: string;
}

/** Uncovered alerts that got no stub: the rule file they come from, and what to do about it. */
export interface Unplaced {
	file: string;
	alerts: { alert: string; line: number }[];
	/** What is wrong (naming the rule group, when that is what maps to no service) and how to fix it, in one sentence. */
	reason: string;
}

/**
 * @param today `YYYY-MM-DD`, the stub's `lastReviewed`
 * @param serviceId the service for alerts whose rules do not say theirs (`--service`, a service's id)
 * @returns a stub for each alert of the rule files that no runbook names, and the alerts that could not get one
 */
export function runbookStubs(
	handbook: Handbook,
	today: string,
	serviceId?: string
): { stubs: RunbookStub[]; unplaced: Unplaced[] } {
	const stubs: RunbookStub[] = [];
	const unplaced: Unplaced[] = [];
	const byGroup = new Map<string, Unplaced>();
	const fallback = serviceId === undefined ? undefined : handbook.services.get(serviceId);
	const titles = new Set([...handbook.runbooks.values()].map((runbook) => runbook.data.title));
	for (const alert of alertCatalog(handbook)) {
		const rule = alert.rules[0];
		if (alert.runbook || !rule) continue;
		const service = alert.rules.map((r) => serviceOfRule(handbook, r)).find(Boolean) ?? fallback;
		if (!service) {
			// One report per rule group: the group is what needs the fix.
			const key = `${rule.file}\0${rule.group}`;
			let entry = byGroup.get(key);
			if (!entry) {
				entry = { file: rule.file, alerts: [], reason: noServiceReason(handbook, rule.group) };
				byGroup.set(key, entry);
				unplaced.push(entry);
			}
			entry.alerts.push({ alert: alert.name, line: rule.line });
			continue;
		}
		const file = `${COLLECTIONS.runbooks.folder}/${service.id}/${alert.name}.mdx`;
		if (existsSync(join(handbook.dir, file))) {
			unplaced.push({
				file: rule.file,
				alerts: [{ alert: alert.name, line: rule.line }],
				reason: `${file} exists but does not name ${alert.name} in alerts: add it there`,
			});
			continue;
		}
		const title = titleOf(alert.name, alert.rules, titles);
		titles.add(title);
		stubs.push({
			alert: alert.name,
			file,
			text: stubText(handbook, alert.name, title, alert.rules, service, today),
		});
	}
	return { stubs, unplaced };
}

function noServiceReason(handbook: Handbook, group: string): string {
	const ids = [...handbook.services.keys()].sort();
	const known =
		ids.length > 0
			? ` (services: ${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ', …' : ''})`
			: '';
	return `group ${JSON.stringify(group)} maps to no service: add a \`service: <id>\` label to its rules, name the group after a service${known}, or pass --service <id>`;
}

/**
 * @returns the stub's title: the alert's summary as plain text, with the alert's name added when another runbook or
 * stub has that title already (alerts often share a summary), or the name alone when there is no summary
 */
function titleOf(name: string, rules: readonly AlertRule[], taken: ReadonlySet<string>): string {
	const title = titleFromSummary(
		rules.map((rule) => rule.annotations.summary).find((text) => text?.trim())
	);
	if (!title) return name;
	return taken.has(title) ? `${title} (${name})` : title;
}

function stubText(
	handbook: Handbook,
	name: string,
	title: string,
	rules: readonly AlertRule[],
	service: Service,
	today: string
): string {
	const said = [
		...new Set(
			rules
				.flatMap((rule) => [rule.annotations.summary, rule.annotations.description])
				.filter((text): text is string => Boolean(text?.trim()))
		),
	];
	const where = rules.map((r) => `${r.file}:${r.line}`);
	const definitions =
		rules.length === 1
			? ruleBlock(name, rules[0]!, ['summary', 'description', 'runbook_url'])
			: [
					`${name} is defined by ${rules.length} rules; it fires when any of them holds.`,
					...rules.map((rule, i) =>
						[
							`### Rule ${i + 1} of ${rules.length}${rule.labels.severity ? `: ${rule.labels.severity}` : ''}`,
							...ruleBlock(name, rule, ['runbook_url']),
						].join('\n\n')
					),
				];
	return runbookText(handbook, {
		title,
		service,
		alerts: [name],
		today,
		known: { Meaning: said.map(quote), Diagnosis: definitions },
		origin: `Written by \`firebreak alerts stub\` from ${where.join(', ')}. Fill in every TODO, then set status: reviewed.`,
	});
}

/** @returns what one rule says: where it is, its expression and `for`, its labels and the annotations not shown elsewhere. */
function ruleBlock(name: string, rule: AlertRule, hidden: readonly string[]): string[] {
	const labels = Object.entries(rule.labels).map(([key, value]) => `\`${key}: ${value}\``);
	const annotations = Object.entries(rule.annotations).filter(([key]) => !hidden.includes(key));
	return [
		`${name} fires when this expression ${rule.for ? `has held for ${rule.for}` : 'holds'} (\`${rule.file}:${rule.line}\`, group \`${rule.group}\`):`,
		fence(rule.expr.trimEnd(), 'promql'),
		...(labels.length > 0 ? [`Labels: ${labels.join(', ')}.`] : []),
		...(annotations.length > 0
			? [
					[
						'Annotations:',
						...annotations.map(
							([key, value]) => `- \`${key}\`: ${literal(value).replace(/\s*\n\s*/g, ' ')}`
						),
					].join('\n'),
				]
			: []),
	];
}

/** @returns annotation text as a Markdown quote that MDX reads literally (Go templates use braces, PromQL uses `<`). */
function quote(text: string): string {
	return literal(text)
		.split('\n')
		.map((line) => `> ${line}`)
		.join('\n');
}

/** @returns text that MDX reads literally. */
function literal(text: string): string {
	return text
		.trim()
		.replace(/[\\{}]/g, (c) => `\\${c}`)
		.replace(/</g, '&lt;');
}

/** @returns a fenced code block whose fence is longer than any backtick run inside. */
function fence(code: string, lang: string): string {
	const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
	const ticks = '`'.repeat(longest + 1);
	return `${ticks}${lang}\n${code}\n${ticks}`;
}
