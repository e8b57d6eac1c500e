/**
 * The handbook's internal vocabulary: every distinctive token that the content marks as internal or that only
 * internal text uses. People's names and each part of them, ids and handles; each significant word of a customer's
 * name and its slug forms; confidential terms and their compounds; service, team and rotation ids; every internal
 * hostname and its labels; identifiers shaped like pods, buckets, cloud resources and tickets in internal text.
 *
 * A term is a sequence of words, compared lowercase and without diacritics, so `Halden Foods`, `halden-foods`,
 * `HALDEN_FOODS` and `haldenfoods` are one term, and markup or entities between the words are taken out before
 * matching. Names match across any separator; ids only across `-`, `_` and `.` (an id `payout-scheduler` is not the
 * prose "payout scheduler"), `:` included for handles like `github:amoreau`. Public vocabulary is the exception, and explicit: the org's name and public hosts,
 * component names and descriptions, `redaction.publicTerms`, and ordinary words ({@link isOrdinaryWord}).
 */
import type { Handbook } from '../handbook.ts';
import { isHostSuffix, isInfrastructureLabel } from './hostnames.ts';
import { confidentialValues } from './confidential.ts';
import { identifierFinder, type IdentifierFinder, type IdentifierKind } from './identifiers.ts';
import { foldDiacritics, plainText } from './normalize.ts';
import { publicDomains } from './public-hosts.ts';
import { isPublicMaintenance } from './visibility.ts';
import { isCalendarWord, isOrdinaryWord } from './words.ts';

export type VocabularyKind = 'person' | 'customer' | 'term' | 'host' | 'id' | 'resource' | 'ticket';

export interface VocabularyTerm {
	/** Lowercase words without diacritics. */
	words: readonly string[];
	/** An id: its words match only when joined by `-`, `_` or `.` (or written as one word). */
	joined: boolean;
	kind: VocabularyKind;
	/** The value as the content writes it. */
	value: string;
	/** Where the content declares it (file and field). */
	source: string;
}

export interface VocabularyMatch {
	start: number;
	end: number;
	term: VocabularyTerm;
}

const WORD = /[\p{L}\p{N}]+/gu;
const NAME_SEPARATOR = /^[\s_.\-‐-―·]+$/u;
const ID_SEPARATOR = /^[_.:\-‐-―]$/u;

/** @returns the comparable words of a text: lowercase, diacritics folded. */
function vocabularyWords(text: string): string[] {
	return [...text.matchAll(WORD)].map((m) => comparableText(m[0]));
}

const NON_ASCII = /[^\x00-\x7f]/;

/** @returns a text or a word in the form the vocabulary compares words in: lowercase, diacritics folded. */
export function comparableText(text: string): string {
	const lower = text.toLowerCase();
	return NON_ASCII.test(lower) ? foldDiacritics(lower) : lower;
}

/** Finds vocabulary terms in text, by words: a map from each term's first word to the terms that start with it. */
export class VocabularyMatcher {
	private readonly byFirst = new Map<string, VocabularyTerm[]>();
	readonly terms: readonly VocabularyTerm[];

	constructor(terms: readonly VocabularyTerm[]) {
		this.terms = terms;
		for (const term of terms) {
			const list = this.byFirst.get(term.words[0]!) ?? [];
			list.push(term);
			this.byFirst.set(term.words[0]!, list);
		}
		for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
	}

	/**
	 * @param comparable the text is lowercase and without diacritics already ({@link comparableText}): the leak scan
	 * folds a whole file once instead of each of its words
	 * @returns every match in `text`, leftmost-longest, not overlapping
	 */
	find(text: string, comparable = false): VocabularyMatch[] {
		const wordOf = comparable ? (word: string) => word : comparableText;
		const found: VocabularyMatch[] = [];
		if (this.byFirst.size === 0) return found;
		// One pass over the words; the words after one that starts a term are read only then (the leak scan reads
		// tens of megabytes with few hits).
		const words = new RegExp(WORD.source, 'gu');
		for (let m = words.exec(text); m; m = words.exec(text)) {
			const candidates = this.byFirst.get(wordOf(m[0]));
			if (!candidates) continue;
			const start = m.index;
			for (const term of candidates) {
				const end = this.endOf(term, text, start + m[0].length, wordOf);
				if (end === undefined) continue;
				found.push({ start, end, term });
				words.lastIndex = end;
				break;
			}
		}
		return found;
	}

	/** @returns where `term` ends when its first word ends at `at` and the rest follows, else undefined. */
	private endOf(
		term: VocabularyTerm,
		text: string,
		at: number,
		wordOf: (word: string) => string
	): number | undefined {
		const next = new RegExp(WORD.source, 'gu');
		let end = at;
		for (let k = 1; k < term.words.length; k++) {
			next.lastIndex = end;
			const m = next.exec(text);
			if (!m || wordOf(m[0]) !== term.words[k]) return undefined;
			if (!(term.joined ? ID_SEPARATOR : NAME_SEPARATOR).test(text.slice(end, m.index)))
				return undefined;
			end = m.index + m[0].length;
		}
		return end;
	}
}

const memo = new WeakMap<Handbook, VocabularyMatcher>();

/** @returns the handbook's internal vocabulary, as a matcher (computed once per handbook). */
export function internalVocabulary(handbook: Handbook): VocabularyMatcher {
	let matcher = memo.get(handbook);
	if (!matcher) {
		matcher = new VocabularyMatcher(collectVocabulary(handbook));
		memo.set(handbook, matcher);
	}
	return matcher;
}

/** @returns the prefixes of the ticket keys that action items link to (`LED` of `…/issue/LED-431`). */
function ticketPrefixes(handbook: Handbook): string[] {
	const prefixes = new Set<string>();
	for (const item of handbook.actionItems) {
		const key = /([A-Z][A-Z0-9]{1,9})-\d+\/?$/.exec(item.ticket ?? '');
		if (key) prefixes.add(key[1]!);
	}
	return [...prefixes];
}

const finders = new WeakMap<Handbook, IdentifierFinder>();

/** @returns the identifier finder of a handbook: its ticket patterns and the ticket prefixes its action items use. */
export function handbookIdentifiers(handbook: Handbook): IdentifierFinder {
	let finder = finders.get(handbook);
	if (!finder) {
		finder = identifierFinder(handbook.config.redaction.ticketPatterns, ticketPrefixes(handbook));
		finders.set(handbook, finder);
	}
	return finder;
}

function collectVocabulary(handbook: Handbook): VocabularyTerm[] {
	const { config } = handbook;
	const terms: VocabularyTerm[] = [];
	const publicPhrases = publicVocabulary(handbook);
	// `display`: the whole value a word was taken from, for the leak scan's message.
	const added = new Set<string>();
	const add = (
		value: string | undefined,
		kind: VocabularyKind,
		source: string,
		joined: boolean,
		display = value
	) => {
		// Internal texts repeat their hosts and tickets many times; the first source is the one reported.
		const key = `${joined}\u0000${value}`;
		if (added.has(key)) return;
		added.add(key);
		const words = vocabularyWords(plainText(value ?? ''));
		// A public phrase with a number (`merchant-dashboard-4`, a machine named after its component) says nothing new,
		// and public ids are made the same way (an update of the incident "Merchant Dashboard" is `…-merchant-dashboard-4`).
		const named = words.slice(0, words.findLastIndex((w) => !/^\d+$/.test(w)) + 1 || words.length);
		if (named.length === 0 || publicPhrases.has(named.join(' '))) return;
		// One ordinary word alone (a team id "payments", a host label "vault") is not distinctive.
		if (words.length === 1 && kind !== 'term' && isOrdinaryWord(words[0]!) && !/\d/.test(words[0]!))
			return;
		if (words.every((w) => /^\d+$/.test(w)) && words.join('').length < 6) return;
		terms.push({ words, joined, kind, value: display!, source });
		// A name of several words also leaks written as one (haldenfoods, HaldenFoods).
		if (words.length > 1 && !publicPhrases.has(words.join('')))
			terms.push({ words: [words.join('')], joined, kind, value: display!, source });
	};
	const addDistinctiveWords = (value: string, kind: VocabularyKind, source: string) => {
		for (const word of vocabularyWords(plainText(value))) {
			if (!isOrdinaryWord(word) && !isCalendarWord(word)) add(word, kind, source, false, value);
		}
	};

	for (const person of handbook.people.values()) {
		const source = `people.yaml (${person.field})`;
		add(person.data.name, 'person', source, false);
		addDistinctiveWords(person.data.name, 'person', source);
		add(person.id, 'person', source, true);
		for (const handle of person.data.handles) {
			add(handle.replace(/^@/, ''), 'person', source, true);
			add(handle.replace(/^@|^[a-z]+:/i, ''), 'person', source, true);
		}
		if (person.data.email) add(person.data.email.split('@')[0], 'person', source, true);
	}
	for (const team of handbook.teams.values()) {
		add(team.id, 'id', `people.yaml (${team.field})`, true);
		if (team.data.channel)
			add(team.data.channel.replace(/^#/, ''), 'id', `people.yaml (${team.field}.channel)`, true);
	}
	config.redaction.customers.forEach((name, i) => {
		const source = `handbook.yaml (redaction.customers.${i})`;
		add(name, 'customer', source, false);
		addDistinctiveWords(name, 'customer', source);
	});
	config.redaction.terms.forEach((term, i) =>
		add(term, 'term', `handbook.yaml (redaction.terms.${i})`, false)
	);
	config.onCall?.rotations.forEach((rotation, i) =>
		add(rotation.id, 'id', `handbook.yaml (onCall.rotations.${i})`, true)
	);
	for (const service of handbook.services.values())
		add(service.id, 'id', `${service.file} (id)`, true);
	for (const incident of handbook.incidents.values())
		if (incident.data.channel)
			add(incident.data.channel.replace(/^#/, ''), 'id', `${incident.file} (channel)`, true);

	// Hosts: the internal site, internal domains, and the infrastructure hosts found in the content (confidential.ts).
	const hosts: [host: string, source: string][] = confidentialValues(handbook)
		.values.filter((v) => v.kind === 'hostname' || v.kind === 'domain')
		.map((v) => [v.value.replace(/^\.+/, ''), v.source]);
	const findIdentifiers = handbookIdentifiers(handbook);
	for (const [text, source] of internalTexts(handbook)) {
		// Phone numbers are left out here: their digits alone are no vocabulary, and redaction finds them by shape.
		for (const identifier of findIdentifiers(plainText(text), false)) {
			for (const value of identifierParts(identifier.kind, identifier.value))
				add(value, KIND_OF[identifier.kind], source, true);
		}
	}
	for (const [host, source] of hosts) {
		add(host, 'host', source, true);
		for (const label of host.split('.'))
			if (!isHostSuffix(label) && !isInfrastructureLabel(label)) add(label, 'host', source, true);
	}
	return dedupe(terms);
}

const KIND_OF: Record<IdentifierKind, VocabularyKind> = {
	pod: 'host',
	host: 'host',
	bucket: 'resource',
	resource: 'resource',
	ticket: 'ticket',
	phone: 'resource',
};

/** @returns the distinctive parts of an identifier: a pod and its deployment, a bucket's name, an ARN's account and resource. */
function identifierParts(kind: IdentifierKind, value: string): string[] {
	switch (kind) {
		case 'pod':
			return [value, value.replace(/(?:-[a-z0-9]{5,10}){1,2}$/i, '')];
		case 'bucket': {
			const name =
				/^[a-z0-9]+:\/\/([^/]+)/i.exec(value)?.[1] ??
				/^(?:https?:\/\/)?([^./]+)\.(?:s3|blob|dfs|file)\b/i.exec(value)?.[1] ??
				/\.com\/([^/]+)/.exec(value)?.[1];
			return name ? [name] : [];
		}
		case 'resource':
			return value
				.split(/[:/]/)
				.filter((part) => /\d{6,}/.test(part) || /[-_]/.test(part) || part.length >= 12);
		case 'host':
			return [/^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^@/]*@)?([^:/?#]+)/i.exec(value)?.[1] ?? value];
		default:
			return [value];
	}
}

/** @returns every text that never goes out as it is written, with where it is: bodies, internal fields, services. */
function* internalTexts(handbook: Handbook): Generator<[string, string]> {
	for (const service of handbook.services.values())
		yield [JSON.stringify(service.data), service.file];
	for (const guide of handbook.guides.values()) yield [guide.body, guide.file];
	for (const runbook of handbook.runbooks.values())
		yield [`${JSON.stringify(runbook.data)}\n${runbook.body}`, runbook.file];
	for (const incident of handbook.incidents.values())
		yield [
			`${JSON.stringify({ ...incident.data, updates: [], publicTitle: '' })}\n${incident.body}`,
			incident.file,
		];
	for (const maintenance of handbook.maintenances.values()) {
		const { data, body, file } = maintenance;
		// A public maintenance's title and updates are what customers read; its owner, change and notes never go out.
		yield [
			`${JSON.stringify(isPublicMaintenance(maintenance) ? { ...data, title: '', updates: [] } : data)}\n${body}`,
			file,
		];
	}
	for (const postmortem of handbook.postmortems.values()) {
		const { publicSummary: _, ...data } = postmortem.data;
		yield [
			`${JSON.stringify({ ...data, actionItems: data.actionItems.map((item) => ({ ...item, title: item.public ? '' : item.title })) })}\n${postmortem.body}`,
			postmortem.file,
		];
	}
}

/** @returns every run of up to 6 words (and each run written as one word) of the handbook's public vocabulary. */
function publicVocabulary(handbook: Handbook): Set<string> {
	const { config } = handbook;
	const texts = [
		config.org.name,
		new URL(config.sites.public).hostname,
		...publicDomains(handbook),
		...config.redaction.publicTerms,
	];
	for (const component of config.components)
		texts.push(component.id, component.name, component.description ?? '', component.group ?? '');
	const phrases = new Set<string>();
	for (const text of texts) {
		const words = vocabularyWords(plainText(text));
		for (let i = 0; i < words.length; i++) {
			for (let n = 1; n <= 6 && i + n <= words.length; n++) {
				phrases.add(words.slice(i, i + n).join(' '));
				phrases.add(words.slice(i, i + n).join(''));
			}
		}
	}
	return phrases;
}

function dedupe(terms: VocabularyTerm[]): VocabularyTerm[] {
	const seen = new Map<string, VocabularyTerm>();
	for (const term of terms) {
		const key = term.words.join(' ');
		const kept = seen.get(key);
		// The same words as a name and as an id: keep the name, which matches across more separators.
		if (!kept || (kept.joined && !term.joined)) seen.set(key, term);
	}
	return [...seen.values()];
}
