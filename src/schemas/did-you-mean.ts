/**
 * "did you mean `lbecker`?" for an id, a name or a key that matches nothing: the known ones closest to it by edit
 * distance. One helper, so every message that names an unknown id suggests the same way.
 */
import { distance } from 'fastest-levenshtein';

/** At most this many suggestions: more is a list to read, not a suggestion. */
const MAX_SUGGESTIONS = 3;

/**
 * @param input what was written
 * @param candidates what it could have meant, in the order ties are suggested
 * @returns the candidates within an edit distance of a third of the input's length (1 or 2; a swap of two neighbouring
 * letters is one edit), ignoring case, best first, at most 3; a candidate that differs only in case is the one
 * suggestion
 */
export function closest(input: string, candidates: Iterable<string>): string[] {
	const written = input.toLowerCase();
	// Typos are one or two edits; three apart is another word, even in long names that share a prefix
	// (CheckoutGone, CheckoutDown).
	const limit = Math.min(2, Math.max(1, Math.floor(input.length / 3)));
	const near: { candidate: string; distance: number }[] = [];
	for (const candidate of new Set(candidates)) {
		if (candidate === input) continue;
		// Lengths apart by more than the limit are always farther than it: skip the distance.
		if (Math.abs(candidate.length - input.length) > limit) continue;
		const lower = candidate.toLowerCase();
		const d = isSwap(written, lower) ? 1 : distance(written, lower);
		if (d === 0) return [candidate];
		if (d <= limit) near.push({ candidate, distance: d });
	}
	// Array sort is stable: equally close candidates keep the caller's order.
	return near
		.sort((a, b) => a.distance - b.distance)
		.slice(0, MAX_SUGGESTIONS)
		.map((n) => n.candidate);
}

/**
 * Levenshtein distance counts two letters typed in the wrong order as two edits; a person makes them in one slip
 * (`mian`, `lbekcer`), so that counts as one.
 * @returns whether `a` is `b` with two neighbouring letters swapped
 */
function isSwap(a: string, b: string): boolean {
	if (a.length !== b.length) return false;
	let i = 0;
	while (i < a.length && a[i] === b[i]) i++;
	return (
		i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
	);
}

/**
 * @param format how a suggestion is written (default: as code, `` `id` ``)
 * @returns `did you mean `a`?` (or `` `a`, `b` or `c` ``), or undefined when no candidate is close
 */
export function didYouMean(
	input: string,
	candidates: Iterable<string>,
	format: (candidate: string) => string = (c) => `\`${c}\``
): string | undefined {
	const found = closest(input, candidates).map(format);
	if (found.length === 0) return undefined;
	const list =
		found.length === 1 ? found[0]! : `${found.slice(0, -1).join(', ')} or ${found.at(-1)!}`;
	return `did you mean ${list}?`;
}
