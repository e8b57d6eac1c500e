/**
 * The check report: what the CLI prints, the build enforces, `checks.json` holds and the pages show. One function
 * makes it, so all of them agree.
 */
import type { Handbook } from '../handbook.ts';
import type { LoadOptions } from '../load-content.ts';
import { openHandbook, withLines } from '../open-handbook.ts';
import { resolveToday } from '../clock.ts';
import type { Problem } from '../problems.ts';
import { RULES } from './rules.ts';
import { levelProblems, runChecks } from './run-checks.ts';
import type { EntryKind, Finding, Rule } from './types.ts';

export interface CheckSummary {
	errors: number;
	warnings: number;
	/** Findings per rule id, for rules with at least one. */
	byRule: Record<string, number>;
}

export interface CheckReport {
	/** The day the report was computed for, `YYYY-MM-DD`. */
	today: string;
	findings: Finding[];
	summary: CheckSummary;
}

/** @returns the counts of a list of findings. */
export function summarize(findings: readonly Finding[]): CheckSummary {
	const byRule: Record<string, number> = {};
	for (const finding of findings) byRule[finding.rule] = (byRule[finding.rule] ?? 0) + 1;
	return {
		errors: findings.filter((finding) => finding.level === 'error').length,
		warnings: findings.filter((finding) => finding.level === 'warn').length,
		byRule,
	};
}

/**
 * @returns the report of a linked handbook, or the problems of its `checks:` section (an unknown rule id), which must
 * stop the run like any other content problem.
 */
export function checkHandbook(
	handbook: Handbook,
	today: string,
	rules: readonly Rule[] = RULES
): { problems: Problem[]; report?: CheckReport } {
	const problems = levelProblems(handbook.config, rules);
	if (problems.length > 0) return { problems };
	const findings = runChecks({ handbook, today }, rules);
	return { problems: [], report: { today, findings, summary: summarize(findings) } };
}

/**
 * Loads, links and checks a content folder: the CLI's and the build's entry point.
 * @param todayFlag `--today`, which wins over `FIREBREAK_TODAY` (throws when it is not a date)
 * @param load how to load the content (the CLI keeps a cache)
 */
export function checkContent(
	dir: string,
	todayFlag?: string,
	env: NodeJS.ProcessEnv = process.env,
	load: LoadOptions = {}
): { problems: Problem[]; report?: CheckReport; handbook?: Handbook } {
	const opened = openHandbook(dir, load);
	if (!opened.handbook) return { problems: opened.problems };
	const today = resolveToday(opened.handbook.config.org.timezone, todayFlag, env);
	const checked = checkHandbook(opened.handbook, today);
	return { ...checked, problems: withLines(dir, checked.problems), handbook: opened.handbook };
}

/** @returns the findings about one entry (for the banner on its page), keyed `kind:id`. */
export function findingsByEntry(findings: readonly Finding[]): Map<string, Finding[]> {
	const index = new Map<string, Finding[]>();
	for (const finding of findings) {
		if (!finding.entry) continue;
		const key = entryKey(finding.entry.kind, finding.entry.id);
		const list = index.get(key);
		if (list) list.push(finding);
		else index.set(key, [finding]);
	}
	return index;
}

/** @returns the key of an entry in `findingsByEntry`. */
export function entryKey(kind: EntryKind, id: string): string {
	return `${kind}:${id}`;
}

/** @returns the rules that have findings, each with its findings, in the registry's order. */
export function findingsByRule(
	findings: readonly Finding[],
	rules: readonly Rule[] = RULES
): { rule: Rule; findings: Finding[] }[] {
	return rules
		.map((rule) => ({ rule, findings: findings.filter((finding) => finding.rule === rule.id) }))
		.filter((group) => group.findings.length > 0);
}
