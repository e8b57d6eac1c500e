import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exampleCopy } from '../../../tests/helpers/fixture.ts';
import { openHandbook } from '../open-handbook.ts';
import { internalVocabulary, VocabularyMatcher, type VocabularyTerm } from './vocabulary.ts';

const term = (words: string[], joined: boolean): VocabularyTerm => ({ words, joined, kind: 'customer', value: words.join(' '), source: 'x' });

describe('VocabularyMatcher', () => {
	const matcher = new VocabularyMatcher([term(['halden', 'foods'], false), term(['payout', 'scheduler'], true), term(['kingfisher'], false)]);
	const found = (text: string) => matcher.find(text).map((m) => text.slice(m.start, m.end));

	it('matches a name across case, spaces, -, _ and diacritics, and a compound around it', () => {
		expect(found('Halden Foods, HALDEN_FOODS, halden-foods and Häldén Foods')).toEqual(['Halden Foods', 'HALDEN_FOODS', 'halden-foods', 'Häldén Foods']);
		expect(found('Kingfisher-era and pre-Kingfisher')).toEqual(['Kingfisher', 'Kingfisher']);
	});

	it('matches an id only when its words are joined, never in prose', () => {
		expect(found('payout-scheduler and payout_scheduler')).toEqual(['payout-scheduler', 'payout_scheduler']);
		expect(found('the payout scheduler was slow')).toEqual([]);
	});

	it('matches whole words only', () => {
		expect(found('kingfishers haldenfoodstuff')).toEqual([]);
	});
});

describe('internalVocabulary of the example content', () => {
	const handbook = openHandbook(fileURLToPath(new URL('../../../content', import.meta.url))).handbook!;
	const vocabulary = internalVocabulary(handbook);
	const words = new Set(vocabulary.terms.map((t) => t.words.join(' ')));

	it("holds people's names and their parts, customers' distinctive words, terms, ids, host labels and tickets", () => {
		for (const w of ['anais moreau', 'anais', 'yilmaz', 'lbecker', 'brightwater', 'haldenfoods', 'kingfisher', 'ledger main', 'checkout api', 'pg ledger 01', 'led 431']) {
			expect(words, w).toContain(w);
		}
	});

	it('leaves out a machine named after a public component, which public ids resemble (`…-merchant-dashboard-4`)', () => {
		const copy = exampleCopy([{ file: 'services/auth.yaml', replace: ['introspect OAuth tokens;', 'introspect OAuth tokens on merchant-dashboard-4.lindenpay.internal;'] }]);
		const terms = new Set(internalVocabulary(openHandbook(copy).handbook!).terms.map((t) => t.words.join(' ')));
		expect(terms).toContain('merchant dashboard 4 lindenpay internal');
		expect(terms).not.toContain('merchant dashboard 4');
	});

	it('leaves out ordinary words, public vocabulary and public hosts', () => {
		for (const w of ['outfitters', 'foods', 'travel', 'payments', 'lindenpay', 'corp', 'checkout lindenpay com', 'hosted checkout', 'april']) {
			expect(words, w).not.toContain(w);
		}
	});
});
