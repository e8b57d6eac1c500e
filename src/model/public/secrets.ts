/**
 * Secrets in the style of gitleaks' default rules (https://github.com/gitleaks/gitleaks/blob/master/config/gitleaks.toml):
 * the token formats that leak most often from incident notes, plus gitleaks' "generic API key" rule (a `key=value`
 * whose value is long and random enough).
 */

export interface SecretRule {
	id: string;
	pattern: RegExp;
	/** Capture group holding the secret itself (0: the whole match). */
	group?: number;
	/** Minimum Shannon entropy (bits per character) of the secret, for rules that would otherwise match prose. */
	minEntropy?: number;
}

/** Every rule's pattern is global; callers iterate with `matchAll`. */
export const SECRET_RULES: readonly SecretRule[] = [
	{ id: 'private-key', pattern: /-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----[\s\S]*?-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----/g },
	{ id: 'aws-access-key', pattern: /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b/g },
	{ id: 'github-token', pattern: /\b(?:gh[pousr]_[0-9a-zA-Z]{36}|github_pat_\w{82})\b/g },
	{ id: 'gitlab-token', pattern: /\bglpat-[\w-]{20}\b/g },
	{ id: 'slack-token', pattern: /\bxox[abposr]-(?:\d+-)?[0-9A-Za-z-]{10,}/g },
	{ id: 'slack-webhook', pattern: /https?:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/_-]{20,}/g },
	{ id: 'stripe-key', pattern: /\b(?:sk|rk)_(?:live|test|prod)_[0-9a-zA-Z]{10,99}\b/g },
	{ id: 'gcp-api-key', pattern: /\bAIza[\w-]{35}\b/g },
	{ id: 'npm-token', pattern: /\bnpm_[a-zA-Z0-9]{36}\b/g },
	{ id: 'jwt', pattern: /\bey[a-zA-Z0-9]{17,}\.ey[a-zA-Z0-9/_-]{17,}\.(?:[a-zA-Z0-9/_-]{10,}={0,2})?/g },
	{
		id: 'generic-api-key',
		pattern: /(?:api[_-]?key|apikey|secret|token|passw(?:or)?d|pwd|access[_-]?key|client[_-]?secret|auth[_-]?key|credentials?)[\w-]{0,20}["']?\s{0,5}(?:[:=]|:=|=>)\s{0,5}["']?([A-Za-z0-9+/_.~=-]{10,150})/gi,
		group: 1,
		minEntropy: 3,
	},
	{ id: 'url-credentials', pattern: /[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:([^\s:/@]{3,})@/gi, group: 1 },
];

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

export interface SecretMatch {
	rule: string;
	start: number;
	end: number;
}

/** @returns every secret found in `text`, with its position (the secret only, not its `key=` prefix). */
export function findSecrets(text: string): SecretMatch[] {
	const found: SecretMatch[] = [];
	for (const rule of SECRET_RULES) {
		for (const match of text.matchAll(rule.pattern)) {
			const secret = match[rule.group ?? 0];
			if (secret === undefined) continue;
			if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy) continue;
			const start = match.index + match[0].lastIndexOf(secret);
			found.push({ rule: rule.id, start, end: start + secret.length });
		}
	}
	return found;
}
