/**
 * Everything the content itself declares confidential. Redaction replaces these values in public text; the leak scan
 * (an independent second line) looks for them, and for runs of words of internal text, in every public file.
 */
import type { Handbook } from '../handbook.ts';
import {
	findHostnames,
	findIpAddresses,
	isInfrastructureHost,
	registrableDomain,
} from './hostnames.ts';
import { declaredPublicHosts, isPublicHost } from './public-hosts.ts';
import { collect, isInternal, parseEntryBody, textOf } from './mdast.ts';
import { comparable, foldDiacritics, plainText, wordRuns } from './normalize.ts';
import { isPublicIncident, isPublicMaintenance, isPublicPostmortem } from './visibility.ts';

/** Words per run when text of internal passages is looked for in public output. */
export const RUN_LENGTH = 8;

type ConfidentialKind =
	| 'person'
	| 'email'
	| 'handle'
	| 'customer'
	| 'term'
	| 'domain'
	| 'hostname'
	| 'ip'
	| 'channel'
	| 'title';

interface ConfidentialValue {
	value: string;
	kind: ConfidentialKind;
	/** Where the content declares it (file, and field when known). */
	source: string;
}

export interface Confidential {
	/** Literal values: names, emails, handles, customers, terms, internal domains, hostnames, IPs, channels, titles. */
	values: ConfidentialValue[];
	/** Given and family names of people, for redaction of "Thanh acknowledged" (not scanned: too short alone). */
	nameParts: string[];
	/** Hostnames that are public by declaration: the public site, its parent domains, hosts named by components. */
	publicHosts: Set<string>;
}

const memo = new WeakMap<Handbook, Confidential>();

/** @returns the confidential values of a handbook (computed once per handbook). */
export function confidentialValues(handbook: Handbook): Confidential {
	let confidential = memo.get(handbook);
	if (!confidential) {
		confidential = collectConfidential(handbook);
		memo.set(handbook, confidential);
	}
	return confidential;
}

function collectConfidential(handbook: Handbook): Confidential {
	const { config } = handbook;
	const values: ConfidentialValue[] = [];
	const add = (value: string | undefined, kind: ConfidentialKind, source: string) => {
		const plain = value === undefined ? '' : plainText(value).trim();
		if (plain.length >= 4) values.push({ value: plain, kind, source });
		const folded = foldDiacritics(plain);
		if (folded !== plain && folded.length >= 4) values.push({ value: folded, kind, source });
	};

	const nameParts = new Set<string>();
	for (const person of handbook.people.values()) {
		const source = `people.yaml (${person.field})`;
		add(person.data.name, 'person', source);
		for (const part of person.data.name.split(/\s+/)) if (part.length >= 3) nameParts.add(part);
		add(person.data.email, 'email', source);
		for (const handle of person.data.handles) {
			add(handle, 'handle', source);
			// "@amoreau" and "github:amoreau" also leak as a bare "amoreau".
			add(handle.replace(/^@|^[a-z]+:/i, ''), 'handle', source);
		}
		if (person.id.length >= 5) add(person.id, 'handle', source);
	}
	for (const team of handbook.teams.values())
		add(team.data.channel, 'channel', `people.yaml (${team.field})`);
	config.redaction.customers.forEach((name, i) =>
		add(name, 'customer', `handbook.yaml (redaction.customers.${i})`)
	);
	config.redaction.terms.forEach((term, i) =>
		add(term, 'term', `handbook.yaml (redaction.terms.${i})`)
	);
	config.redaction.internalDomains.forEach((domain, i) =>
		add(domain, 'domain', `handbook.yaml (redaction.internalDomains.${i})`)
	);
	add(new URL(config.sites.internal).hostname, 'hostname', 'handbook.yaml (sites.internal)');

	const publicHosts = declaredPublicHosts(handbook);
	const orgDomains = [config.sites.public, config.sites.internal].map((url) =>
		registrableDomain(new URL(url).hostname)
	);
	// Public services the content mentions (github.com, a vendor's status page) are redacted in public text all the
	// same, but only the organisation's own infrastructure is a leak: third-party code in the output names those too.
	const scanForAddresses = (text: string, source: string) => {
		const plain = plainText(text);
		for (const host of findHostnames(plain)) {
			const name = host.value.toLowerCase();
			if (
				!isPublicHost(handbook, name) &&
				isInfrastructureHost(name, config.redaction.internalDomains, orgDomains)
			) {
				add(name, 'hostname', source);
			}
		}
		for (const ip of findIpAddresses(plain)) add(ip.value.replace(/\/\d+$/, ''), 'ip', source);
	};
	// A title is confidential only when nothing posted says the same (two incidents may share a title, one of them public).
	const published = postedTexts(handbook).map(comparable).join('\n');
	const titleOf = (title: string, source: string) => {
		if (title.trim().split(/\s+/).length >= 3 && !published.includes(comparable(title)))
			add(title, 'title', source);
	};

	for (const service of handbook.services.values())
		scanForAddresses(JSON.stringify(service.data), service.file);
	for (const guide of handbook.guides.values()) scanForAddresses(guide.body, guide.file);
	// Runbook titles describe symptoms ("Checkout error rate is high") that a public update may rightly repeat; their
	// bodies are scanned as runs of words instead.
	for (const runbook of handbook.runbooks.values())
		scanForAddresses(`${JSON.stringify(runbook.data)}\n${runbook.body}`, runbook.file);
	for (const incident of handbook.incidents.values()) {
		const { data, file } = incident;
		scanForAddresses(`${JSON.stringify(data)}\n${incident.body}`, file);
		if (!isPublicIncident(incident)) titleOf(data.title, `${file} (title)`);
		else if (data.publicTitle && data.publicTitle !== data.title)
			titleOf(data.title, `${file} (title)`);
	}
	for (const postmortem of handbook.postmortems.values()) {
		scanForAddresses(`${JSON.stringify(postmortem.data)}\n${postmortem.body}`, postmortem.file);
		if (!isPublicPostmortem(handbook, postmortem))
			titleOf(postmortem.data.title, `${postmortem.file} (title)`);
	}
	for (const maintenance of handbook.maintenances.values()) {
		scanForAddresses(`${JSON.stringify(maintenance.data)}\n${maintenance.body}`, maintenance.file);
		if (!isPublicMaintenance(maintenance))
			titleOf(maintenance.data.title, `${maintenance.file} (title)`);
	}

	return { values: dedupe(values), nameParts: [...nameParts], publicHosts };
}

/**
 * @returns every run of {@link RUN_LENGTH} words (comparable form) of text that never goes out, with where it comes
 * from: `<Internal>` blocks and code blocks of public postmortems, whole non-public postmortems, incident bodies and
 * internal timelines, runbook bodies, maintenance notes and the updates of maintenances that are not public. Only the leak scan needs these (they are many: computed on demand).
 */
export function internalRuns(handbook: Handbook): Map<string, string> {
	const published = new Set(postedTexts(handbook).flatMap((text) => wordRuns(text, RUN_LENGTH)));
	const runs = new Map<string, string>();
	const addRuns = (text: string, source: string) => {
		// A passage posted to customers (an update quoted in the timeline) is public text.
		for (const run of wordRuns(text, RUN_LENGTH))
			if (!runs.has(run) && !published.has(run)) runs.set(run, source);
	};
	for (const runbook of handbook.runbooks.values()) addRuns(runbook.body, `${runbook.file} (body)`);
	for (const { body, data, file } of handbook.incidents.values()) {
		addRuns(body, `${file} (body)`);
		data.timeline.forEach((entry, i) => addRuns(entry.text, `${file} (timeline.${i})`));
	}
	for (const maintenance of handbook.maintenances.values()) {
		const { body, data, file } = maintenance;
		addRuns(body, `${file} (body)`);
		if (!isPublicMaintenance(maintenance))
			data.updates.forEach((update, i) =>
				addRuns(update.body, `${file} (updates.${i}, not public)`)
			);
	}
	for (const postmortem of handbook.postmortems.values()) {
		const { file } = postmortem;
		if (!isPublicPostmortem(handbook, postmortem)) {
			addRuns(postmortem.body, `${file} (body)`);
			continue;
		}
		for (const node of collect(
			parseEntryBody(handbook.dir, file),
			(n) => isInternal(n) || n.type === 'code'
		)) {
			addRuns(
				textOf(node),
				`${file} (${node.type === 'code' ? 'code block' : '<Internal>'} at line ${node.position?.start.line ?? '?'})`
			);
		}
	}
	return runs;
}

/**
 * @returns what has been posted to customers as it was written: public incidents' titles and updates, public
 * maintenances' titles and updates, and the titles of public postmortems. Internal text may quote these (the timeline notes the update that went out) and a private
 * incident may share a public one's title. A postmortem's summary and body are not in this list: a sentence copied
 * from an `<Internal>` block into them is exactly what the scan is for.
 */
function postedTexts(handbook: Handbook): string[] {
	const cached = publicTextMemo.get(handbook);
	if (cached) return cached;
	const texts: string[] = [];
	for (const incident of handbook.incidents.values()) {
		if (isPublicIncident(incident))
			texts.push(
				incident.data.publicTitle ?? incident.data.title,
				...incident.data.updates.map((u) => u.body)
			);
	}
	for (const maintenance of handbook.maintenances.values()) {
		if (isPublicMaintenance(maintenance))
			texts.push(maintenance.data.title, ...maintenance.data.updates.map((u) => u.body));
	}
	for (const postmortem of handbook.postmortems.values())
		if (isPublicPostmortem(handbook, postmortem)) texts.push(postmortem.data.title);
	publicTextMemo.set(handbook, texts);
	return texts;
}

const publicTextMemo = new WeakMap<Handbook, string[]>();

function dedupe(values: ConfidentialValue[]): ConfidentialValue[] {
	const seen = new Set<string>();
	return values.filter((v) => {
		const key = v.value.toLowerCase();
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
