/** Runs the policy rules over a linked handbook and applies the levels from handbook.yaml `checks:`. */
import type { HandbookConfig } from '../../schemas/handbook.ts';
import { didYouMean } from '../../schemas/did-you-mean.ts';
import type { Problem } from '../problems.ts';
import { RULES } from './rules.ts';
import type { CheckContext, Finding, Rule } from './types.ts';

/** @returns every finding of every rule that is not `off`, sorted by file, then field. */
export function runChecks(context: CheckContext, rules: readonly Rule[] = RULES): Finding[] {
	const levels = context.handbook.config.checks;
	const findings: Finding[] = [];
	for (const rule of rules) {
		const level = levels[rule.id] ?? rule.defaultLevel;
		if (level === 'off') continue;
		for (const raw of rule.check(context)) findings.push({ rule: rule.id, level, ...raw });
	}
	return findings.sort(
		(a, b) =>
			byText.compare(a.file, b.file) ||
			byNumber.compare(a.field, b.field) ||
			byText.compare(a.rule, b.rule)
	);
}

// One collator each, made once: `localeCompare` with options builds a collator per call (slow at 20,000 findings).
const byText = new Intl.Collator('en');
const byNumber = new Intl.Collator('en', { numeric: true });

/** @returns a problem for every key of handbook.yaml `checks:` that names no rule (a typo would silently do nothing). */
export function levelProblems(
	config: Pick<HandbookConfig, 'checks'>,
	rules: readonly Rule[] = RULES
): Problem[] {
	const known = new Set(rules.map((rule) => rule.id));
	return Object.keys(config.checks)
		.filter((id) => !known.has(id))
		.map((id) => {
			const fix = didYouMean(id, known);
			return {
				file: 'handbook.yaml',
				field: `checks.${id}`,
				expected: `the id of a rule (${[...known].sort().join(', ')})`,
				found: `"${id}", which no rule has`,
				...(fix ? { fix } : {}),
			};
		});
}
