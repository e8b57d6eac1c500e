/**
 * Identifiers that name the organisation's infrastructure by their shape alone, whoever wrote them: Kubernetes pod
 * and replica names, storage buckets, cloud resource names (ARNs), single-label hosts (`http://jenkins/`,
 * `grafana:3000`), ticket keys and phone numbers. Redaction replaces them in public text; the vocabulary collects
 * the ones internal text uses, so the leak scan finds them again in any output. Each shape is tight enough not to
 * fire on prose: a pod hash uses Kubernetes' vowel-free alphabet, a ticket key skips standards (CVE-2024-1, UTF-8).
 */
import escapeStringRegexp from 'escape-string-regexp';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Found } from './hostnames.ts';

export type IdentifierKind = 'pod' | 'bucket' | 'resource' | 'host' | 'ticket' | 'phone';

export type IdentifierFinder = (text: string, phones?: boolean) => Identifier[];

interface Identifier extends Found {
	kind: IdentifierKind;
}

/** The characters Kubernetes draws pod-template hashes and pod suffixes from (no vowels, no 0/1/3). */
const K8S = '[bcdfghjklmnpqrstvwxz2456789]';
const NAME = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
const END = String.raw`(?![\p{L}\p{N}_-]|\.[\p{L}\p{N}])`;
const START = String.raw`(?<![\p{L}\p{N}_.@/-])`;

/**
 * Each shape is tried only on the whitespace-separated words where its `hint` (a cheap pattern with a literal part the
 * engine can search for) occurs, so that a body of thousands of words costs one fast search per shape, not a walk
 * of the whole pattern from every position.
 */
const SHAPES: { kind: IdentifierKind; hint: RegExp; pattern: RegExp }[] = [
	// Deployment pods (name-hash-suffix), replica sets or jobs (name-hash), daemon-set pods (name-suffix with a letter).
	...[
		new RegExp(`${START}${NAME}-${K8S}{6,10}-${K8S}{5}${END}`, 'giu'),
		new RegExp(`${START}${NAME}-(?=${K8S}*[a-z])${K8S}{8,10}${END}`, 'giu'),
		new RegExp(
			`${START}[a-z][a-z0-9]*(?:-[a-z0-9]+)+-(?=${K8S}*[a-z])(?=${K8S}*\\d)${K8S}{5}${END}`,
			'giu'
		),
	].map((pattern) => ({
		kind: 'pod' as const,
		hint: new RegExp(`-${K8S}{5,10}(?![a-z0-9])`, 'gi'),
		pattern,
	})),
	// Object storage: s3://, gs://, Azure, and the providers' HTTP forms (the bucket is in the host or the path).
	{
		kind: 'bucket',
		hint: /:\/\//g,
		pattern: /\b(?:s3a?|gs|az|abfss?|wasbs?|r2|oss|cos):\/\/[^\s"'<>)\]]+/giu,
	},
	{
		kind: 'bucket',
		hint: /amazonaws/g,
		pattern:
			/\b(?:https?:\/\/)?(?:[a-z0-9.-]+\.)?s3[.-](?:[a-z0-9-]+\.)?amazonaws\.com(?:\/[^\s"'<>)\]]*)?/giu,
	},
	{
		kind: 'bucket',
		hint: /storage\./g,
		pattern: /\b(?:https?:\/\/)?storage\.(?:googleapis|cloud\.google)\.com\/[^\s"'<>)\]]+/giu,
	},
	{
		kind: 'bucket',
		hint: /\.core\.windows/g,
		pattern:
			/\b(?:https?:\/\/)?[a-z0-9-]+\.(?:blob|dfs|file)\.core\.windows\.net(?:\/[^\s"'<>)\]]*)?/giu,
	},
	// Cloud resource names, whole: an ARN partly redacted still names the account and the resource.
	{
		kind: 'resource',
		hint: /arn:/g,
		pattern: /\barn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d{0,12}:[^\s"'<>),\]]+/giu,
	},
	{
		kind: 'resource',
		hint: /\/resourceGroups\//g,
		pattern: /\/subscriptions\/[0-9a-f-]{36}\/resourceGroups\/[^\s"'<>)\]]+/giu,
	},
	{
		kind: 'resource',
		hint: /projects\//g,
		pattern:
			/\bprojects\/[a-z][a-z0-9-]{4,28}[a-z0-9]\/(?:locations|zones|regions|instances|topics|subscriptions|secrets|databases)\/[^\s"'<>)\]]+/giu,
	},
	// A URL whose host has no dot is on a private network (http://jenkins/job/x, http://grafana:3000/d/abc).
	{
		kind: 'host',
		hint: /:\/\//g,
		pattern:
			/\b[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@:]+(?::[^\s/@]*)?@)?[a-z0-9_](?:[a-z0-9_-]*[a-z0-9])?(?::\d{1,5})?(?![\p{L}\p{N}_.-])(?:[/?#][^\s"'<>)\]]*)?/giu,
	},
	// A bare name and port (grafana:3000, redis-cache:6379): a name with three letters in a row, a port of 2-5 digits.
	{
		kind: 'host',
		hint: /[a-z]:\d/gi,
		pattern:
			/(?<![\p{L}\p{N}_.:/@-])(?=[a-z0-9-]*[a-z]{3})[a-z][a-z0-9-]*[a-z0-9]:\d{2,5}(?![\p{L}\p{N}_.:])/giu,
	},
	{ kind: 'phone', hint: /tel:/g, pattern: /\btel:[+\d][\d().-]{5,}\d/giu },
];

/** A national number after a word that says it is one; the number is the second group. */
const PHONE_AFTER_WORD =
	/\b(call|phone|tel|telephone|dial|hotline|mobile|cell|whatsapp|sms|bridge)\b[.:]?\s*(?:(?:us|them|him|her)\s+)?(?:(?:on|at)\s+)?(\(?\+?\d[\d ()./-]{6,}\d)/giu;
/** An international number as written in prose; libphonenumber then says whether it is a real one. */
const INTERNATIONAL = /(?<![\p{L}\p{N}+])\+\d[\d ()./-]{6,}\d/gu;

/** Ticket prefixes that are standards or common abbreviations, not trackers (CVE-2024-3094, UTF-8, SHA-256, SEV-1). */
const NOT_TICKETS =
	'CVE CWE GHSA RFC ISO IEC IEEE UTF SHA MD AES RSA DES TLS SSL HTTP HTTPS IPV COVID SARS SEV P GPT WCAG SOC PCI NIST FIPS ECMA ES CJK X H L V ' +
	'UTC GMT CET CEST EST EDT PST PDT BST IST JST AEST TCP UDP DNS API IE OS AS F A B C D E I R S T W Y Z N M Q U';

/** The default of `redaction.ticketPatterns`: a tracker key (ABC-123) whose prefix is not a standard. */
const DEFAULT_TICKET_PATTERN = String.raw`(?<![\p{L}\p{N}_-])(?!(?:${NOT_TICKETS.split(' ').join('|')})-)[A-Z][A-Z0-9]{1,9}-\d{1,7}(?![\p{L}\p{N}_]|-\d)`;

/**
 * @param ticketPatterns `redaction.ticketPatterns` (regular expressions, case-sensitive); {@link DEFAULT_TICKET_PATTERN} when unset
 * @param ticketPrefixes prefixes of the ticket keys the content itself uses (action items' `ticket`), matched always
 * @returns a function that finds every identifier in a text, leftmost first (phone numbers unless `phones` is false)
 */
export function identifierFinder(
	ticketPatterns: readonly string[] = [DEFAULT_TICKET_PATTERN],
	ticketPrefixes: readonly string[] = []
): IdentifierFinder {
	const escaped = ticketPrefixes.map(escapeStringRegexp);
	const tickets = [
		...ticketPatterns.map((source) => new RegExp(source, 'gu')),
		...(escaped.length > 0
			? [
					new RegExp(
						String.raw`(?<![\p{L}\p{N}_-])(?:${escaped.join('|')})-\d+(?![\p{L}\p{N}_])`,
						'giu'
					),
				]
			: []),
	];
	return (text, phones = true) => {
		const found: Identifier[] = [];
		const push = (kind: IdentifierKind, value: string, start: number) =>
			found.push({ kind, value, start, end: start + value.length });
		for (const { kind, hint, pattern } of SHAPES) {
			let searched = -1;
			for (const h of text.matchAll(hint)) {
				if (h.index < searched) continue;
				const [start, end] = wordAround(text, h.index);
				searched = end;
				for (const m of text.slice(start, end).matchAll(pattern))
					push(kind, trimUrl(m[0]), start + m.index);
			}
		}
		if (/[A-Z0-9]-\d/.test(text))
			for (const pattern of tickets)
				for (const m of text.matchAll(pattern)) push('ticket', m[0], m.index);
		if (!phones) return found.sort((a, b) => a.start - b.start || b.end - a.end);
		for (const m of text.matchAll(PHONE_AFTER_WORD))
			push('phone', m[2]!, m.index + m[0].length - m[2]!.length);
		if (text.includes('+')) {
			for (const m of text.matchAll(INTERNATIONAL))
				if (parsePhoneNumberFromString(m[0])?.isValid()) push('phone', m[0], m.index);
		}
		return found.sort((a, b) => a.start - b.start || b.end - a.end);
	};
}

/** @returns the start and end of the whitespace-separated word around `index`. */
function wordAround(text: string, index: number): [number, number] {
	let start = index;
	while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
	const end = text.slice(index).search(/\s/);
	return [start, end === -1 ? text.length : index + end];
}

/** @returns a URL without the sentence punctuation that follows it ("see s3://logs/x." → "s3://logs/x"). */
function trimUrl(value: string): string {
	return value.replace(/[.,;:!?]+$/, '');
}
