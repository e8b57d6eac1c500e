/**
 * The secret scanner: gitleaks' matching (keyword prefilter, regex, secret group, entropy, allowlists) over the rules
 * in `secret-rules.ts`, plus one level of base64: an encoded run whose decoded text holds a secret is a secret.
 */
import { SECRET_RULES, type SecretRule } from './secret-rules.ts';

export interface SecretMatch {
	/** The rule's id; `base64:<id>` for a secret found inside a base64 run. */
	rule: string;
	start: number;
	end: number;
}

/** @returns the Shannon entropy of `text` in bits per character (gitleaks' measure of randomness). */
export function shannonEntropy(text: string): number {
	if (text.length === 0) return 0;
	const counts = new Map<string, number>();
	for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
	let entropy = 0;
	for (const count of counts.values()) {
		const p = count / text.length;
		entropy -= p * Math.log2(p);
	}
	return entropy;
}

/** Characters of base64 and base64url, to find encoded runs in one pass (a regex tries every position). */
const BASE64_CHAR = new Uint8Array(128);
for (const char of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-')
	BASE64_CHAR[char.charCodeAt(0)] = 1;
/** A run this long can hide a token. */
const MIN_ENCODED_RUN = 20;

/** @returns every secret found in `text`, with its position (the secret only, not its `key=` prefix), by position. */
export function findSecrets(text: string): SecretMatch[] {
	const found = scan(text);
	for (const run of encodedRuns(text)) {
		const decoded = decodeBase64(text.slice(run.start, run.end));
		if (decoded === undefined) continue;
		const inner = scan(decoded);
		if (inner.length > 0)
			found.push({ rule: `base64:${inner[0]!.rule}`, start: run.start, end: run.end });
	}
	return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** @returns the base64 or base64url runs of at least {@link MIN_ENCODED_RUN} characters, with their `=` padding. */
function* encodedRuns(text: string): Generator<{ start: number; end: number }> {
	let start = 0;
	for (let i = 0; i <= text.length; i++) {
		const code = i < text.length ? text.charCodeAt(i) : 0;
		if (code < 128 && BASE64_CHAR[code] === 1) continue;
		if (i - start >= MIN_ENCODED_RUN) {
			let end = i;
			while (end < text.length && end - i < 2 && text[end] === '=') end++;
			yield { start, end };
		}
		start = i + 1;
	}
}

/** The rules that each keyword enables, and the keywords by their first two characters (to find them in one pass). */
const RULES_BY_KEYWORD = new Map<string, SecretRule[]>();
for (const rule of SECRET_RULES)
	for (const keyword of rule.keywords)
		RULES_BY_KEYWORD.set(keyword, [...(RULES_BY_KEYWORD.get(keyword) ?? []), rule]);
/** Rules without keywords run on every text. */
const UNGATED = SECRET_RULES.filter((r) => r.keywords.length === 0);
const KEYWORDS_BY_PAIR = new Map<number, string[]>();
for (const keyword of RULES_BY_KEYWORD.keys()) {
	const pair = (keyword.charCodeAt(0) << 16) | keyword.charCodeAt(1);
	KEYWORDS_BY_PAIR.set(pair, [...(KEYWORDS_BY_PAIR.get(pair) ?? []), keyword]);
}

function keywordsIn(text: string): Set<string> {
	const lower = text.toLowerCase();
	const found = new Set<string>();
	for (let i = 0; i < lower.length - 1; i++) {
		const candidates = KEYWORDS_BY_PAIR.get((lower.charCodeAt(i) << 16) | lower.charCodeAt(i + 1));
		if (candidates)
			for (const keyword of candidates) if (lower.startsWith(keyword, i)) found.add(keyword);
	}
	return found;
}

function scan(text: string): SecretMatch[] {
	const found: SecretMatch[] = [];
	const rules = new Set<SecretRule>(UNGATED);
	for (const keyword of keywordsIn(text))
		for (const rule of RULES_BY_KEYWORD.get(keyword)!) rules.add(rule);
	if (rules.size === 0) return found;
	for (const rule of SECRET_RULES) {
		if (!rules.has(rule)) continue;
		for (const match of text.matchAll(rule.pattern)) {
			const group = firstGroup(match);
			const secret = match[group];
			const span = match.indices?.[group];
			if (
				secret === undefined ||
				span === undefined ||
				!isSecret(rule, secret, match[0]) ||
				isAllowedLine(rule, text, match.index)
			)
				continue;
			found.push({ rule: rule.id, start: span[0], end: span[1] });
		}
	}
	return found;
}

function firstGroup(match: RegExpMatchArray): number {
	for (let i = 1; i < match.length; i++) if (match[i] !== undefined) return i;
	return 0;
}

function isSecret(rule: SecretRule, secret: string, whole: string): boolean {
	if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy) return false;
	const bare = secret.replace(/^(['"])(.*)\1$/s, '$2');
	if (rule.allow?.some((pattern) => pattern.test(bare))) return false;
	const lower = bare.toLowerCase();
	if (rule.stopwords?.some((word) => lower.includes(word))) return false;
	if (rule.allowMatch?.test(whole)) return false;
	return rule.validate?.(secret) ?? true;
}

function isAllowedLine(rule: SecretRule, text: string, at: number): boolean {
	if (rule.allowLine === undefined) return false;
	const end = text.indexOf('\n', at);
	return rule.allowLine.test(
		text.slice(text.lastIndexOf('\n', at) + 1, end === -1 ? undefined : end)
	);
}

/** @returns the text a base64 run encodes, or undefined when it is not text (most runs are words, paths or binary). */
function decodeBase64(run: string): string | undefined {
	const standard = run.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
	if (standard.length % 4 === 1) return undefined;
	let decoded: string;
	try {
		decoded = atob(standard.padEnd(Math.ceil(standard.length / 4) * 4, '='));
	} catch {
		return undefined;
	}
	// Binary has control characters; decoded text (UTF-8 bytes read one by one) has none but tabs and line breaks.
	return /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(decoded) ? undefined : decoded;
}
