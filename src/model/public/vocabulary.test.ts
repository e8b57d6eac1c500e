import { describe, expect, it } from 'vitest';
import { VocabularyMatcher, type VocabularyTerm } from './vocabulary.ts';

const term = (words: string[], joined: boolean): VocabularyTerm => ({
	words,
	joined,
	kind: 'customer',
	value: words.join(' '),
	source: 'x',
});

describe('VocabularyMatcher', () => {
	const matcher = new VocabularyMatcher([
		term(['halden', 'foods'], false),
		term(['payout', 'scheduler'], true),
		term(['kingfisher'], false),
	]);
	const found = (text: string) => matcher.find(text).map((m) => text.slice(m.start, m.end));

	it('matches a name across case, spaces, -, _ and diacritics, and a compound around it', () => {
		expect(found('Halden Foods, HALDEN_FOODS, halden-foods and Häldén Foods')).toEqual([
			'Halden Foods',
			'HALDEN_FOODS',
			'halden-foods',
			'Häldén Foods',
		]);
		expect(found('Kingfisher-era and pre-Kingfisher')).toEqual(['Kingfisher', 'Kingfisher']);
	});

	it('matches an id only when its words are joined, never in prose', () => {
		expect(found('payout-scheduler and payout_scheduler')).toEqual([
			'payout-scheduler',
			'payout_scheduler',
		]);
		expect(found('the payout scheduler was slow')).toEqual([]);
	});

	it('matches whole words only', () => {
		expect(found('kingfishers haldenfoodstuff')).toEqual([]);
	});
});
