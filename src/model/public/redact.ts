/**
 * Redaction: the helper that makes public text safe to publish. Every public string passes through one redactor,
 * which replaces secrets, emails, IP addresses, internal hostnames, Slack channels, people's names and handles,
 * customer names and the handbook's confidential terms with neutral words. (The leak scan, not this module, is the
 * tripwire: redaction is pattern-based and can miss what a person wrote in an unexpected way.)
 */
import type { HandbookConfig } from '../../schemas/handbook.ts';
import { isPublicHost, type Confidential } from './confidential.ts';
import { findHostnames, findIpAddresses } from './hostnames.ts';
import { plainText } from './normalize.ts';
import { findSecrets } from './secrets.ts';

export type RedactionKind = 'secret' | 'email' | 'ip' | 'hostname' | 'channel' | 'person' | 'customer' | 'term';

/** The neutral words that replace each kind of value, in the order in which overlapping matches win. */
export const REPLACEMENTS: Readonly<Record<RedactionKind, string>> = {
	secret: 'a secret',
	email: 'an email address',
	ip: 'an internal address',
	hostname: 'an internal service',
	channel: 'an internal channel',
	person: 'an engineer',
	customer: 'a customer',
	term: 'an internal project',
};

const PRIORITY = Object.keys(REPLACEMENTS) as RedactionKind[];

export interface Redaction {
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

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}(?![\p{L}\p{N}-])/giu;
const CHANNEL = /(?<![\p{L}\p{N}_&/#])#[a-z][a-z0-9_.-]*[a-z0-9]/gu;
const MENTION = /(?<![\p{L}\p{N}_.@])@[a-z][\w.-]*\w/giu;

interface Match {
	start: number;
	end: number;
	kind: RedactionKind;
}

/**
 * @param confidential the handbook's confidential values ({@link confidentialValues})
 * @param config the handbook's configuration (internal domains)
 * @param mark how a replacement is written; by default the neutral word alone
 */
export function createRedactor(confidential: Confidential, config: HandbookConfig, mark: Marker = (r) => r.replacement): Redactor {
	const valuesOf = (...kinds: string[]) => confidential.values.filter((v) => kinds.includes(v.kind)).map((v) => v.value);
	const people = literalPattern(valuesOf('person', 'handle'), 'giu');
	const nameParts = literalPattern(confidential.nameParts, 'gu');
	const customers = literalPattern(valuesOf('customer'), 'giu');
	const terms = literalPattern(valuesOf('term'), 'giu');
	const domains = literalPattern(
		config.redaction.internalDomains.map((d) => d.replace(/^\.+/, '')),
		'giu',
		String.raw`(?:[a-z0-9-]+\.)*`,
	);
	const internalDomains = config.redaction.internalDomains;

	return {
		redact(input: string, midSentence = false): string {
			const text = plainText(input);
			const found: Match[] = [];
			const push = (kind: RedactionKind, start: number, end: number) => found.push({ kind, start, end });
			for (const s of findSecrets(text)) push('secret', s.start, s.end);
			for (const m of text.matchAll(EMAIL)) push('email', m.index, m.index + m[0].length);
			for (const ip of findIpAddresses(text)) push('ip', ip.start, ip.end);
			for (const host of findHostnames(text)) {
				if (!isPublicHost(host.value, confidential.publicHosts, internalDomains)) push('hostname', host.start, host.end);
			}
			for (const m of matchAll(text, domains)) push('hostname', m.index, m.index + m[0].length);
			for (const m of text.matchAll(CHANNEL)) push('channel', m.index, m.index + m[0].length);
			for (const pattern of [people, nameParts, MENTION]) for (const m of matchAll(text, pattern)) push('person', m.index, m.index + m[0].length);
			for (const m of matchAll(text, customers)) push('customer', m.index, m.index + m[0].length);
			for (const m of matchAll(text, terms)) push('term', m.index, m.index + m[0].length);
			if (found.length === 0) return text;

			// Leftmost wins; at the same start, the higher-priority kind, then the longer match.
			found.sort((a, b) => a.start - b.start || PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || b.end - a.end);
			let out = '';
			let at = 0;
			for (const match of found) {
				if (match.start < at) continue;
				const original = text.slice(match.start, match.end);
				const sentenceStart = match.start === 0 ? !midSentence : /[.!?]\s+$/.test(text.slice(Math.max(0, match.start - 4), match.start));
				const replacement = sentenceStart ? capitalize(REPLACEMENTS[match.kind]) : REPLACEMENTS[match.kind];
				out += text.slice(at, match.start) + mark({ kind: match.kind, original, replacement });
				at = match.end;
			}
			return out + text.slice(at);
		},
	};
}

function matchAll(text: string, pattern: RegExp | undefined): Iterable<RegExpExecArray> {
	return pattern ? text.matchAll(pattern) : [];
}

/**
 * @returns one regex matching any of `values` as whole words (longest first), whitespace inside a value matching any
 * run of whitespace (a name wrapped over two lines); undefined when there are no values.
 */
function literalPattern(values: readonly string[], flags: string, prefix = ''): RegExp | undefined {
	const unique = [...new Set(values.filter((v) => v.trim() !== ''))].sort((a, b) => b.length - a.length);
	if (unique.length === 0) return undefined;
	const alternatives = unique.map((v) => v.trim().split(/\s+/).map(escapeRegExp).join(String.raw`\s+`));
	return new RegExp(String.raw`(?<![\p{L}\p{N}_.-])${prefix}(?:${alternatives.join('|')})(?![\p{L}\p{N}_-]|\.[\p{L}\p{N}])`, flags);
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
