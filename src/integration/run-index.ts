/**
 * Finds runs of internal words in the words of an output file fast: each word becomes a number from the runs'
 * vocabulary, a window of words is hashed only when every word is known, and a hash hit is confirmed on the text.
 * (Joining every window of words of a large site's output into a string to look it up was far slower.)
 */
import { RUN_LENGTH } from '../model/public/index.ts';

export class RunIndex {
	private readonly vocabulary = new Map<string, number>();
	private readonly hashes = new Set<number>();
	private readonly runs: ReadonlyMap<string, string>;

	/** @param runs space-joined runs of {@link RUN_LENGTH} words → where they come from */
	constructor(runs: ReadonlyMap<string, string>) {
		this.runs = runs;
		for (const run of runs.keys()) {
			const ids = run.split(' ').map((word) => {
				let id = this.vocabulary.get(word);
				if (id === undefined) this.vocabulary.set(word, (id = this.vocabulary.size + 1));
				return id;
			});
			this.hashes.add(hash(ids, 0));
		}
	}

	/**
	 * @param words the words of a text, in order
	 * @returns each maximal passage of consecutive matching runs: its words and the source of its first run
	 */
	passages(words: readonly string[]): { passage: string; source: string }[] {
		const ids = words.map((word) => this.vocabulary.get(word) ?? 0);
		const found: { passage: string; source: string }[] = [];
		const sourceAt = (i: number): string | undefined => {
			for (let k = i; k < i + RUN_LENGTH; k++) if (ids[k] === 0) return undefined;
			if (!this.hashes.has(hash(ids, i))) return undefined;
			return this.runs.get(words.slice(i, i + RUN_LENGTH).join(' '));
		};
		for (let i = 0; i + RUN_LENGTH <= words.length; i++) {
			const source = sourceAt(i);
			if (!source) continue;
			// Overlapping runs of one passage are reported once, as the whole passage.
			let end = i;
			while (end + 1 + RUN_LENGTH <= words.length && sourceAt(end + 1)) end++;
			found.push({ passage: words.slice(i, end + RUN_LENGTH).join(' '), source });
			i = end + RUN_LENGTH - 1;
		}
		return found;
	}
}

/** @returns a 53-bit hash of the {@link RUN_LENGTH} ids from `start` (two 32-bit FNV-style lanes). */
function hash(ids: readonly number[], start: number): number {
	let a = 0x811c9dc5;
	let b = 0x01000193;
	for (let k = start; k < start + RUN_LENGTH; k++) {
		const id = ids[k]!;
		a = Math.imul(a ^ id, 0x01000193);
		b = Math.imul(b ^ id, 0x5bd1e995);
	}
	return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}
