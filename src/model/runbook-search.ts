/**
 * How much a runbook's text counts in the internal site's search (Pagefind's `data-pagefind-weight`, default 1): a
 * runbook nobody has reviewed yet, such as a `firebreak alerts stub` skeleton, must not outrank a reviewed one on the
 * same words. Its title and the alert names it answers keep their weight: searching an alert's name still finds the
 * runbook that answers it first, stub or not. What its alerts say is indexed with it, weighted (the responder searches
 * with the words of the page they just got).
 */
import { readableTemplate } from './alerts/readable-template.ts';
import type { Handbook, Runbook } from './handbook.ts';
import { alertNames } from './runbooks.ts';
import { SRE_SYNONYMS, synonymsFor } from './search-synonyms.ts';

/** @returns the Pagefind weight of a runbook page's text. */
export function runbookBodyWeight(runbook: Runbook): number {
	return runbook.data.status === 'reviewed' ? 1 : 0.2;
}

export interface AlertSymptom {
	alert: string;
	severity?: string;
	/** The rule's `summary` and `description` (or `message`) annotations, readable: templates as `<label>`. */
	says: string;
}

/**
 * @returns what the alerts a runbook answers say, rule by rule: the words the on-call engineer has just read in the
 * page, indexed with the runbook so that searching for them finds it
 */
export function alertSymptoms(handbook: Handbook, runbook: Runbook): AlertSymptom[] {
	const names = new Set(alertNames(runbook));
	return handbook.alerts
		.filter((rule) => names.has(rule.name))
		.map((rule) => {
			const { summary, description, message } = rule.annotations;
			const says = [summary, description ?? message]
				.filter((text) => text !== undefined)
				.map((text) => readableTemplate(text));
			return {
				alert: rule.name,
				...(rule.labels.severity ? { severity: rule.labels.severity } : {}),
				says: says.join(' '),
			};
		})
		.filter((symptom) => symptom.says !== '');
}

/**
 * @returns the other words for what the runbook is about (its title, description, symptoms, tags, alert names and
 * what its alerts say; not its body, which mentions much in passing), from the built-in and the handbook's synonyms
 */
export function searchSynonyms(
	handbook: Handbook,
	runbook: Runbook,
	symptoms: readonly AlertSymptom[]
): string[] {
	const { title, description, symptoms: told, tags } = runbook.data;
	const texts = [
		title,
		description ?? '',
		...told,
		...tags,
		...alertNames(runbook),
		...symptoms.map((symptom) => symptom.says),
	];
	return synonymsFor(texts, [...SRE_SYNONYMS, ...handbook.config.search.synonyms]);
}
