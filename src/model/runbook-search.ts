/**
 * How much a runbook's text counts in the internal site's search (Pagefind's `data-pagefind-weight`, default 1): a
 * runbook nobody has reviewed yet, such as a `firebreak alerts stub` skeleton, must not outrank a reviewed one on the
 * same words. Its title and the alert names it answers keep their weight: searching an alert's name still finds the
 * runbook that answers it first, stub or not.
 */
import type { Runbook } from './handbook.ts';

/** @returns the Pagefind weight of a runbook page's text. */
export function runbookBodyWeight(runbook: Runbook): number {
	return runbook.data.status === 'reviewed' ? 1 : 0.2;
}
