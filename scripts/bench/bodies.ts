/**
 * The MDX bodies and free-text fields of generated entries, shaped like real ones (sections, lists, code blocks,
 * tables, `<Internal>` blocks). Internal text (runbooks, incident notes, timelines, internal postmortems, `<Internal>`
 * blocks) and customer-facing text (public narratives, summaries, updates) use separate phrasings on purpose: the
 * leak scan looks for runs of 8 internal words in the public site, and shared stock sentences would be reported.
 */
import type { Random } from './random.ts';
import type { Symptom } from './catalog.ts';

export interface EntryContext {
	service: string;
	serviceName: string;
	symptom: Symptom;
	region: string;
	/** Internal DNS domain, like bench.internal. */
	domain: string;
	teamName: string;
	/** Full names of people involved (confidential). */
	people: string[];
	codeName: string;
	customer: string;
}

const paragraph = (...sentences: string[]) => sentences.join(' ');

/** @returns a runbook body with Meaning, Impact, Diagnosis, Mitigation (unless `skipMitigation`) and Escalation. */
export function runbookBody(
	r: Random,
	c: EntryContext,
	alert: string,
	skipMitigation: boolean
): string {
	const ns = c.service.split('-')[0];
	const minutes = r.int(3, 20);
	const sections = [
		`## Meaning\n\n${paragraph(`${alert} fires when ${c.symptom.meaning.charAt(0).toLowerCase()}${c.symptom.meaning.slice(1)} on ${c.service} in ${c.region}.`, `The usual causes are ${c.symptom.cause}.`, `It pages the ${c.teamName} rotation during working hours and the primary on call at night.`)}\n`,
		`## Impact\n\n${paragraph(`While it lasts, callers of ${c.service} see retries and timeouts; downstream queues grow by roughly ${r.int(2, 40)} thousand messages an hour.`, `If it persists past ${minutes * 3} minutes, consider declaring an incident and follow the severity ladder.`)}\n\n:::caution\nDo not restart every replica at once: ${c.service} warms its caches for about ${minutes} minutes after a start.\n:::\n`,
		[
			'## Diagnosis',
			'',
			`1. Open the [${c.serviceName} overview](https://grafana.${c.domain}/d/${c.service}/overview?var-region=${c.region}) and compare the last hour with the same hour a week ago.`,
			'2. Check the recent rollouts and the state of the pods:',
			'',
			'   ```bash',
			`   kubectl --context prod-${c.region} -n ${ns} rollout history deploy/${c.service}`,
			`   kubectl --context prod-${c.region} -n ${ns} get pods -l app=${c.service} -o wide`,
			'   ```',
			'',
			'3. Evaluate the alert expression by hand and split it by instance:',
			'',
			'   ```promql',
			...c.symptom
				.expr(c.service)
				.split('\n')
				.map((line) => `   ${line}`),
			'   ```',
			'',
			`4. Look for the most common error kind in the logs at https://logs.${c.domain}/app/${c.service} over the last ${minutes} minutes.`,
			'',
			'| signal | usually means | next step |',
			'|---|---|---|',
			`| errors on one instance only | a bad node in ${c.region} | cordon it and move on |`,
			'| errors everywhere after a rollout | a bad release | roll back (Mitigation 1) |',
			`| errors from the ${c.codeName} client | the upstream is degraded | page its owners |`,
			'',
		].join('\n'),
		skipMitigation
			? ''
			: [
					'## Mitigation',
					'',
					'1. **Bad release**: roll back first, investigate later.',
					'',
					'   ```bash',
					`   kubectl --context prod-${c.region} -n ${ns} rollout undo deploy/${c.service}`,
					'   ```',
					'',
					`2. **Capacity**: scale out by ${r.int(2, 6)} replicas and watch the saturation panel for ${minutes} minutes.`,
					`3. **Dependency**: switch ${c.service} to its fallback with the \`${c.service}.fallback\` flag and tell the incident channel since when.`,
					'',
				].join('\n'),
		`## Escalation\n\n${paragraph(`Page the ${c.teamName} secondary after 15 minutes without progress.`, `${c.people[0]} owns the capacity model of ${c.service}; ${c.people[1]} knows the ${c.codeName} integration.`)}\n`,
	];
	return sections.filter(Boolean).join('\n');
}

/** @returns the internal notes of an incident (its MDX body). */
export function incidentNotes(r: Random, c: EntryContext): string {
	return [
		`## Notes\n\n${paragraph(`${c.people[0]} saw ${c.symptom.phrase} on ${c.service} in ${c.region} first and opened the bridge.`, `${c.customer} reported failures through their account manager ${r.int(3, 25)} minutes in.`, `Suspect ${c.symptom.cause}; ${c.people[1]} checked pg-${c.service}-0${r.int(1, 4)}.${c.domain} and found it healthy.`)}`,
		`## Follow-up\n\n- Attach the ${c.codeName} dashboards snapshot to the ticket.\n- ${c.people[1]} to compare the alert threshold with the last ${r.int(2, 9)} weeks of data.`,
	].join('\n\n');
}

/** @returns internal timeline texts, in order, for an incident's `timeline`. */
export function timelineTexts(r: Random, c: EntryContext): string[] {
	return [
		`Alert fired for ${c.service} in ${c.region}; ${c.people[0]} acknowledged.`,
		`${c.people[1]} joined, shared graphs of ${c.symptom.phrase} in the incident channel.`,
		`Rolled back ${c.service} to the previous release (${r.int(100, 999)}).`,
		`Error budget burn back under 1x; ${c.people[0]} moved the incident to monitoring.`,
	];
}

/** @returns customer-facing status updates: investigating, identified, monitoring, resolved. */
export function updateBodies(r: Random, component: string, publicPhrase: string): string[] {
	return [
		`We are investigating reports of ${publicPhrase} affecting ${component}.`,
		`We have identified the cause of the ${publicPhrase} and are applying a fix.`,
		`A fix is in place and we are monitoring ${component} closely.`,
		`${component} has been operating normally for ${r.int(20, 90)} minutes. This incident is resolved.`,
	];
}

/** @returns a postmortem narrative that stays internal (internal postmortems, or postmortems of internal incidents). */
export function internalPostmortemBody(r: Random, c: EntryContext): string {
	return [
		`## What happened\n\n${paragraph(`${c.service} in ${c.region} showed ${c.symptom.phrase} after ${c.symptom.cause}.`, `${c.people[0]} was paged and worked with ${c.people[1]} on the bridge for ${r.int(20, 180)} minutes.`, `The ${c.codeName} migration had left a stale setting on ${c.service}-${r.int(1, 9)}.${c.domain}.`)}`,
		`## What went well\n\n- The runbook for ${c.symptom.phrase} was current and the rollback took ${r.int(2, 9)} minutes.\n- ${c.customer} was told through their account manager before they noticed.`,
		`## What went wrong\n\n- The alert on ${c.service} fired ${r.int(5, 30)} minutes after the first failures.\n- Nobody owned the ${c.codeName} configuration after the reorganisation.`,
	].join('\n\n');
}

/** @returns a public postmortem narrative: customer-facing prose, with `<Internal>` blocks and a code block. */
export function publicPostmortemBody(
	r: Random,
	c: EntryContext,
	component: string,
	publicPhrase: string
): string {
	const minutes = r.int(15, 150);
	return [
		`## What happened\n\n${paragraph(`Customers using ${component} experienced ${publicPhrase} for about ${minutes} minutes.`, `A change to how one of our systems manages its resources reduced the headroom it had for normal peaks in traffic.`, `When traffic rose that morning, requests began to wait and some of them failed.`)}`,
		`<Internal>\n${paragraph(`${c.people[0]} and ${c.people[1]} led the response on ${c.service} in ${c.region}.`, `${c.customer} was the first to notice; the ${c.codeName} setting on ${c.service}-${r.int(1, 9)}.${c.domain} was the trigger.`)}\n</Internal>`,
		`## How we fixed it\n\n${paragraph(`Our engineers restored the previous configuration and added capacity.`, `Error rates returned to normal levels ${r.int(5, 40)} minutes after the change was reverted, and we verified that no data was lost.`)}`,
		`\`\`\`bash\nkubectl --context prod-${c.region} -n ${c.service.split('-')[0]} rollout undo deploy/${c.service}\n\`\`\``,
		`## What we are changing\n\n- Every capacity setting is now reviewed against the traffic forecast each quarter.\n- We alert earlier, before customers can see ${publicPhrase}.\n- We load-test at three times the previous peak before each busy season.`,
	].join('\n\n');
}

/** @returns a customer-facing summary for `publicSummary`. */
export function publicSummary(
	r: Random,
	component: string,
	publicPhrase: string,
	day: string
): string {
	return `On ${day}, ${component} saw ${publicPhrase} for about ${r.int(15, 150)} minutes after a configuration change reduced capacity. We reverted the change and are improving how we size and monitor it.`;
}
