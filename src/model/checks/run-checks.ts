/** Runs the policy rules over a linked handbook and applies the levels from handbook.yaml `checks:`. */
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
	return findings.sort((a, b) => a.file.localeCompare(b.file) || a.field.localeCompare(b.field, 'en', { numeric: true }) || a.rule.localeCompare(b.rule));
}
