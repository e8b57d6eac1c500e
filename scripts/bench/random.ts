/** A seeded random source for the benchmark's content: the same seed gives the same content on every machine. */

export interface Random {
	/** A number in [0, 1). */
	next(): number;
	/** An integer in [min, max]. */
	int(min: number, max: number): number;
	pick<T>(list: readonly T[]): T;
	chance(probability: number): boolean;
}

/** @returns a Random driven by mulberry32 (small, fast, well spread for benchmark data). */
export function seededRandom(seed: number): Random {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
	return {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		pick: (list) => list[Math.floor(next() * list.length)]!,
		chance: (probability) => next() < probability,
	};
}
