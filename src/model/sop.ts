/** Facts of the severity ladder in words, phrased once for the SOP, the home page and the severity page (and their tests). */
import type { Severity } from '../schemas/handbook.ts';

/** @returns items joined as English prose: "A", "A and B", "A, B and C"; "none" for an empty list. */
export function inWords(items: readonly string[]): string {
	if (items.length === 0) return 'none';
	if (items.length === 1) return items[0]!;
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** @returns the labels of the rungs that pass `test`, in ladder order, as prose ("Sev-1 and Sev-2"). */
export function rungsWhere(ladder: readonly Severity[], test: (rung: Severity) => boolean): string {
	return inWords(ladder.filter(test).map((rung) => rung.label));
}

/** @returns the postmortem rule of a rung in a few words: "within 5 business days", "optional". */
export function postmortemRule(rung: Severity): string {
	if (!rung.postmortem.required) return 'optional';
	return rung.postmortem.dueBusinessDays === undefined
		? 'required'
		: `within ${rung.postmortem.dueBusinessDays} business days`;
}
