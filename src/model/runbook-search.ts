/**
 * How much a runbook page counts in the internal site's search (Pagefind's `data-pagefind-weight`, default 1): a
 * runbook nobody has reviewed yet, such as a `firebreak alerts stub` skeleton, must not outrank a reviewed one on
 * the same words. It stays findable, only lower.
 */
import type { Runbook } from './handbook.ts';

export interface RunbookSearchWeights {
	/** The "Answers <alerts>" line: the alert names someone pasted from a page. */
	alerts: number;
	/** The runbook's text. */
	body: number;
}

/** @returns the Pagefind weights of a runbook page's parts. */
export function runbookSearchWeights(runbook: Runbook): RunbookSearchWeights {
	return runbook.data.status === 'reviewed' ? { alerts: 10, body: 1 } : { alerts: 2, body: 0.2 };
}
