/**
 * The secret scanner: gitleaks' matching (keyword prefilter, regex, secret group, entropy, allowlists) over the rules
 * in `secret-rules.ts`, plus one level of base64: an encoded run whose decoded text holds a secret is a secret.
 */
import { SECRET_RULES, type SecretRule } from './secret-rules.ts';

export { SECRET_RULES, type SecretRule };

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

/** A base64 or base64url run long enough to hide a token. */
const ENCODED_RUN = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{20,}={0,2}/g;

/** @returns every secret found in `text`, with its position (the secret only, not its `key=` prefix), by position. */
export function findSecrets(text: string): SecretMatch[] {
	const found = scan(text);
	for (const run of text.matchAll(ENCODED_RUN)) {
		const decoded = decodeBase64(run[0]);
		if (decoded === undefined) continue;
		const inner = scan(decoded);
		if (inner.length > 0) found.push({ rule: `base64:${inner[0]!.rule}`, start: run.index, end: run.index + run[0].length });
	}
	return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Every rule's keywords by their first two characters, so that one pass over a text finds which are in it. */
const KEYWORDS_BY_PAIR = new Map<number, string[]>();
for (const keyword of new Set(SECRET_RULES.flatMap((r) => r.keywords))) {
	const pair = (keyword.charCodeAt(0) << 16) | keyword.charCodeAt(1);
	KEYWORDS_BY_PAIR.set(pair, [...(KEYWORDS_BY_PAIR.get(pair) ?? []), keyword]);
}

function keywordsIn(text: string): Set<string> {
	const lower = text.toLowerCase();
	const found = new Set<string>();
	for (let i = 0; i < lower.length - 1; i++) {
		const candidates = KEYWORDS_BY_PAIR.get((lower.charCodeAt(i) << 16) | lower.charCodeAt(i + 1));
		if (candidates) for (const keyword of candidates) if (lower.startsWith(keyword, i)) found.add(keyword);
	}
	return found;
}

function scan(text: string): SecretMatch[] {
	const found: SecretMatch[] = [];
	const present = keywordsIn(text);
	for (const rule of SECRET_RULES) {
		if (!rule.keywords.some((k) => present.has(k))) continue;
		for (const match of text.matchAll(rule.pattern)) {
			const group = rule.group ?? firstGroup(match);
			const secret = match[group];
			const span = match.indices?.[group];
			if (secret === undefined || span === undefined || !isSecret(rule, secret, match[0]) || isAllowedLine(rule, text, match.index)) continue;
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
	if (rule.allowMatch?.test(whole)) return false;
	return rule.validate?.(secret) ?? true;
}

function isAllowedLine(rule: SecretRule, text: string, at: number): boolean {
	if (rule.allowLine === undefined) return false;
	const end = text.indexOf('\n', at);
	return rule.allowLine.test(text.slice(text.lastIndexOf('\n', at) + 1, end === -1 ? undefined : end));
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
