/**
 * Redaction: the helper that makes public text safe to publish. Every public string passes through one redactor,
 * which replaces with neutral words: secrets, emails, IP addresses, internal hostnames and URLs, identifiers shaped
 * like pods, buckets, cloud resources, tickets and phone numbers, Slack channels, and the handbook's internal
 * vocabulary (people's names and each part of them, handles, customers, confidential terms, ids, host labels). A
 * value inside a URL or a compound (an ARN, a webhook path) takes the whole URL with it. Ordinary words (months,
 * weekdays, regions, English) and the public domains' own hosts and emails stay. (The leak scan, not this module,
 * is the tripwire: it looks for the same vocabulary in every output file, whatever produced it.)
 */
import escapeStringRegexp from 'escape-string-regexp';
import type { Handbook } from '../handbook.ts';
import { confidentialValues } from './confidential.ts';
import { findHostnames, findIpAddresses, isUnder } from './hostnames.ts';
import type { IdentifierKind } from './identifiers.ts';
import { plainText } from './normalize.ts';
import { findSecrets } from './secrets.ts';
import { isPublicHost, publicDomains } from './public-hosts.ts';
import { handbookIdentifiers, internalVocabulary, type VocabularyKind } from './vocabulary.ts';
import { isCalendarWord, isOrdinaryWord } from './words.ts';

export type RedactionKind =
	| 'secret'
	| 'email'
	| 'ip'
	| 'resource'
	| 'hostname'
	| 'ticket'
	| 'phone'
	| 'channel'
	| 'person'
	| 'customer'
	| 'term';

/** The neutral words that replace each kind of value, in the order in which overlapping matches win. */
export const REPLACEMENTS: Readonly<Record<RedactionKind, string>> = {
	secret: 'a secret',
	email: 'an email address',
	ip: 'an internal address',
	resource: 'an internal resource',
	hostname: 'an internal service',
	ticket: 'an internal ticket',
	phone: 'a phone number',
	channel: 'an internal channel',
	person: 'an engineer',
	customer: 'a customer',
	term: 'an internal project',
};

const PRIORITY = Object.keys(REPLACEMENTS) as RedactionKind[];

interface Redaction {
	kind: RedactionKind;
	original: string;
	replacement: string;
}

/** Writes a replacement into the output: the public site writes the neutral word, the internal preview marks it. */
export type Marker = (redaction: Redaction) => string;

export interface Redactor {
	/**
	 * @param midSentence the text continues a sentence (a fragment after inline markup), so a replacement at its
	 * start is not capitalized
	 * @returns `text` made plain (entities decoded, invisible characters removed) with every finding replaced
	 */
	redact(text: string, midSentence?: boolean): string;
}

const EMAIL =
	/(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}(?![\p{L}\p{N}-])/giu;
const CHANNEL = /(?<![\p{L}\p{N}_&/#])#[a-z][a-z0-9_.-]*[a-z0-9]/gu;
const MENTION = /(?<![\p{L}\p{N}_.@])@[a-z][\w.-]*\w/giu;

interface Match {
	start: number;
	end: number;
	kind: RedactionKind;
}

const FROM_IDENTIFIER: Record<IdentifierKind, RedactionKind> = {
	pod: 'hostname',
	host: 'hostname',
	bucket: 'resource',
	resource: 'resource',
	ticket: 'ticket',
	phone: 'phone',
};
const FROM_VOCABULARY: Record<VocabularyKind, RedactionKind> = {
	person: 'person',
	customer: 'customer',
	term: 'term',
	host: 'hostname',
	id: 'hostname',
	resource: 'resource',
	ticket: 'ticket',
};

/** A URL, or a host followed by a path: a redaction inside one takes all of it (a webhook's path is its secret). */
const URL_RUN =
	/\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s"'<>)\]]+|(?<![\p{L}\p{N}_.@/-])(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?\/[^\s"'<>)\]]+|\barn:[^\s"'<>),\]]+/giu;

/**
 * @param mark how a replacement is written; by default the neutral word alone
 */
export function createRedactor(handbook: Handbook, mark: Marker = (r) => r.replacement): Redactor {
	const { config } = handbook;
	const confidential = confidentialValues(handbook);
	const vocabulary = internalVocabulary(handbook);
	const findIdentifiers = handbookIdentifiers(handbook);
	const domains = publicDomains(handbook);
	const internalDomains = config.redaction.internalDomains;
	const internalDomainHosts = literalPattern(
		internalDomains.map((d) => d.replace(/^\.+/, '')),
		'giu',
		String.raw`(?:[a-z0-9-]+\.)*`
	);
	const personEmails = new Set(
		confidential.values.filter((v) => v.kind === 'email').map((v) => v.value.toLowerCase())
	);
	// Given names that are ordinary words ("Will", "Grace") are redacted only where they read as names.
	const ordinaryNameParts = new Set(
		confidential.nameParts
			.map((p) => p.toLowerCase())
			.filter((p) => isOrdinaryWord(p) && !isCalendarWord(p))
	);

	return {
		redact(input: string, midSentence = false): string {
			const text = plainText(input);
			const found: Match[] = [];
			const push = (kind: RedactionKind, start: number, end: number) =>
				found.push({ kind, start, end });
			for (const s of findSecrets(text)) push('secret', s.start, s.end);
			for (const m of text.matchAll(EMAIL)) {
				const [local, domain] = [
					m[0].slice(0, m[0].lastIndexOf('@')),
					m[0].slice(m[0].lastIndexOf('@') + 1),
				];
				const isPublic =
					!personEmails.has(m[0].toLowerCase()) &&
					domains.some((d) => isUnder(domain, d)) &&
					vocabulary.find(local).length === 0;
				if (!isPublic) push('email', m.index, m.index + m[0].length);
			}
			for (const ip of findIpAddresses(text)) push('ip', ip.start, ip.end);
			for (const id of findIdentifiers(text)) push(FROM_IDENTIFIER[id.kind], id.start, id.end);
			for (const host of findHostnames(text))
				if (!isPublicHost(handbook, host.value)) push('hostname', host.start, host.end);
			for (const m of matchAll(text, internalDomainHosts))
				push('hostname', m.index, m.index + m[0].length);
			for (const m of text.matchAll(CHANNEL)) push('channel', m.index, m.index + m[0].length);
			for (const m of text.matchAll(MENTION)) push('person', m.index, m.index + m[0].length);
			for (const m of vocabulary.find(text)) push(FROM_VOCABULARY[m.term.kind], m.start, m.end);
			if (ordinaryNameParts.size > 0) {
				for (const m of text.matchAll(CAPITALIZED)) {
					if (
						ordinaryNameParts.has(m[0].toLowerCase()) &&
						!startsSentence(text, m.index) &&
						!/[:\n]\s*$/.test(text.slice(0, m.index))
					) {
						push('person', m.index, m.index + m[0].length);
					}
				}
			}
			if (found.length === 0) return text;
			widenToUrls(text, found);

			// Leftmost wins; at the same start, the higher-priority kind, then the longer match.
			found.sort(
				(a, b) =>
					a.start - b.start || PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || b.end - a.end
			);
			let out = '';
			let at = 0;
			for (const match of found) {
				if (match.start < at) continue;
				const original = text.slice(match.start, match.end);
				const sentenceStart = match.start === 0 ? !midSentence : startsSentence(text, match.start);
				const replacement = sentenceStart
					? capitalize(REPLACEMENTS[match.kind])
					: REPLACEMENTS[match.kind];
				out += text.slice(at, match.start) + mark({ kind: match.kind, original, replacement });
				at = match.end;
			}
			return out + text.slice(at);
		},
	};
}

const CAPITALIZED = /(?<![\p{L}\p{N}_])\p{Lu}\p{Ll}+(?![\p{L}\p{N}_])/gu;

function startsSentence(text: string, index: number): boolean {
	return index === 0 || /[.!?]\s+$/.test(text.slice(Math.max(0, index - 4), index));
}

/** Widens each match that lies inside a URL to the whole URL (its trailing sentence punctuation aside). */
function widenToUrls(text: string, found: Match[]): void {
	for (const url of text.matchAll(URL_RUN)) {
		const start = url.index;
		const end = start + url[0].replace(/[.,;:!?]+$/, '').length;
		for (const match of found) {
			if (match.start < end && match.end > start) {
				match.start = Math.min(match.start, start);
				match.end = Math.max(match.end, end);
			}
		}
	}
}

function matchAll(text: string, pattern: RegExp | undefined): Iterable<RegExpExecArray> {
	return pattern ? text.matchAll(pattern) : [];
}

/**
 * @returns one regex matching any of `values` as whole words (longest first), whitespace inside a value matching any
 * run of whitespace; undefined when there are no values.
 */
function literalPattern(values: readonly string[], flags: string, prefix = ''): RegExp | undefined {
	const unique = [...new Set(values.filter((v) => v.trim() !== ''))].sort(
		(a, b) => b.length - a.length
	);
	if (unique.length === 0) return undefined;
	const alternatives = unique.map((v) =>
		v
			.trim()
			.split(/\s+/)
			.map(escapeStringRegexp)
			.join(String.raw`\s+`)
	);
	return new RegExp(
		String.raw`(?<![\p{L}\p{N}_.-])${prefix}(?:${alternatives.join('|')})(?![\p{L}\p{N}_-]|\.[\p{L}\p{N}])`,
		flags
	);
}

function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
