import { describe, expect, it } from 'vitest';
import { synonymsFor } from './search-synonyms.ts';

describe('synonymsFor', () => {
	it("brings in each group's other words, matching stems and camel-case names", () => {
		const words = synonymsFor(['KubePersistentVolumeFillingUp', 'PersistentVolume is filling up.']);
		expect(words).toEqual(
			expect.arrayContaining(['disk', 'pvc', 'will fill', 'full', 'out of space'])
		);
		// What the texts say already ("volume", "fill up" as "filling up") is not repeated.
		expect(words).not.toContain('volume');
		expect(words).not.toContain('fill up');
	});
	it('matches a phrase only as consecutive words', () => {
		expect(synonymsFor(['The server errors out and is slow'])).toEqual(
			expect.arrayContaining(['5xx', 'latency'])
		);
		expect(synonymsFor(['errors on the server'])).not.toContain('5xx');
	});
	it('takes the groups it is given (the handbook adds its own)', () => {
		expect(
			synonymsFor(
				['Ledger lag'],
				[
					['ledger', 'books'],
					['lag', 'behind'],
				]
			)
		).toEqual(['books', 'behind']);
		expect(synonymsFor(['nothing in common'], [['ledger', 'books']])).toEqual([]);
	});
});
