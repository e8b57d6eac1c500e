/**
 * Runbook skeletons for alerts that have none: the frontmatter a valid runbook needs, and the standard sections
 * pre-filled with what the rule file knows (summary, description, expression, `for`, labels), each marked where an
 * engineer must write. Status `needs-review`, so the page says it has not been reviewed yet.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Handbook, Service } from '../handbook.ts';
import { COLLECTIONS } from '../load-content.ts';
import { ownerName } from '../people.ts';
import { RUNBOOK_SECTIONS } from '../runbooks.ts';
import type { AlertRule } from './alert-rule.ts';
import { alertCatalog, serviceOfRule } from './catalog.ts';

export interface RunbookStub {
	alert: string;
	/** Path relative to the content folder, like `runbooks/checkout/CheckoutPodsCrashLooping.mdx`. */
	file: string;
	text: string;
}

/** An uncovered alert that got no stub, and why. */
export interface Unplaced {
	alert: string;
	rule: AlertRule;
	reason: string;
}

/**
 * @param today `YYYY-MM-DD`, the stub's `lastReviewed`
 * @param serviceId the service for alerts whose rules do not say theirs (`--service`)
 * @returns a stub for each alert of the rule files that no runbook names, and the alerts that could not get one
 */
export function runbookStubs(handbook: Handbook, today: string, serviceId?: string): { stubs: RunbookStub[]; unplaced: Unplaced[] } {
	const stubs: RunbookStub[] = [];
	const unplaced: Unplaced[] = [];
	const fallback = serviceId === undefined ? undefined : handbook.services.get(serviceId);
	for (const alert of alertCatalog(handbook)) {
		const rule = alert.rules[0];
		if (alert.runbook || !rule) continue;
		const service = alert.rules.map((r) => serviceOfRule(handbook, r)).find(Boolean) ?? fallback;
		if (!service) {
			const reason =
				serviceId === undefined
					? 'no service: give the rule a `service` label or a group named after a service, or pass --service <id>'
					: `no service: --service ${serviceId} is not the id of a service in services/`;
			unplaced.push({ alert: alert.name, rule, reason });
			continue;
		}
		const file = `${COLLECTIONS.runbooks.folder}/${service.id}/${alert.name}.mdx`;
		if (existsSync(join(handbook.dir, file))) {
			unplaced.push({ alert: alert.name, rule, reason: `${file} exists but does not name ${alert.name} in alerts:` });
			continue;
		}
		stubs.push({ alert: alert.name, file, text: stubText(handbook, alert.name, alert.rules, service, today) });
	}
	return { stubs, unplaced };
}

function stubText(handbook: Handbook, name: string, rules: readonly AlertRule[], service: Service, today: string): string {
	const rule = rules[0]!;
	const frontmatter = stringify({ title: name, service: service.id, alerts: [name], owner: service.data.team, lastReviewed: today, status: 'needs-review' });
	const todo = (what: string) => `**TODO:** ${what}`;
	const said = [rule.annotations.summary, rule.annotations.description].filter((text): text is string => Boolean(text?.trim()));
	const labels = Object.entries(rule.labels).map(([key, value]) => `\`${key}: ${value}\``);
	const where = rules.map((r) => `${r.file}:${r.line}`);
	const [worst, next] = handbook.ladder;
	const chain = service.data.escalation.map((id) => ownerName(handbook, id));
	const sections: Record<(typeof RUNBOOK_SECTIONS)[number], string[]> = {
		Meaning: [...said.map(quote), todo('what is broken when this fires, in one or two sentences for someone who has never seen it.')],
		Impact: [todo('who notices and how badly: customers, merchants, other teams. Say what gets worse if nobody acts.')],
		Diagnosis: [
			`${name} fires when this expression ${rule.for ? `has held for ${rule.for}` : 'holds'} (${where.map((w) => `\`${w}\``).join(', ')}, group \`${rule.group}\`):`,
			fence(rule.expr.trimEnd(), 'promql'),
			...(labels.length > 0 ? [`Labels: ${labels.join(', ')}.`] : []),
			todo('the first things to look at, with links to dashboards and logs and the exact commands to run.'),
		],
		Mitigation: [todo('the steps that stop the impact (roll back, scale out, fail over), safest first, and how to tell they worked.')],
		Escalation: [
			...(chain.length > 0 ? [`Page in this order: ${chain.join(', ')}.`] : []),
			todo(next && worst ? `when to declare a ${next.label} (${sentence(next.definition)}) and when a ${worst.label} (${sentence(worst.definition)}).` : 'when to declare an incident.'),
		],
	};
	return [
		`---\n${frontmatter}---`,
		`{/* Written by \`firebreak alerts stub\` from ${where.join(', ')}. Fill in every TODO, then set status: reviewed. */}`,
		...RUNBOOK_SECTIONS.map((section) => [`## ${section}`, ...sections[section]].join('\n\n')),
	].join('\n\n') + '\n';
}

const sentence = (text: string) => text.trim().replace(/\.$/, '');

/** @returns annotation text as a Markdown quote that MDX reads literally (Go templates use braces, PromQL uses `<`). */
function quote(text: string): string {
	const literal = text.trim().replace(/[\\{}]/g, (c) => `\\${c}`).replace(/</g, '&lt;');
	return literal
		.split('\n')
		.map((line) => `> ${line}`)
		.join('\n');
}

/** @returns a fenced code block whose fence is longer than any backtick run inside. */
function fence(code: string, lang: string): string {
	const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
	const ticks = '`'.repeat(longest + 1);
	return `${ticks}${lang}\n${code}\n${ticks}`;
}
