/** The internal vocabulary of the example content: what the public projection and the leak scan look for. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { internalVocabulary } from '../../src/model/public/vocabulary.ts';
import { exampleCopy } from '../helpers/fixture.ts';
import { ROOT } from '../helpers/run.ts';

describe('internalVocabulary of the example content', () => {
	const handbook = openHandbook(join(ROOT, 'content')).handbook!;
	const vocabulary = internalVocabulary(handbook);
	const words = new Set(vocabulary.terms.map((t) => t.words.join(' ')));

	it("holds people's names and their parts, customers' distinctive words, terms, ids, host labels and tickets", () => {
		for (const w of [
			'anais moreau',
			'anais',
			'yilmaz',
			'lbecker',
			'brightwater',
			'haldenfoods',
			'kingfisher',
			'ledger main',
			'checkout api',
			'pg ledger 01',
			'led 431',
		]) {
			expect(words, w).toContain(w);
		}
	});

	it('leaves out a machine named after a public component, which public ids resemble (`…-merchant-dashboard-4`)', () => {
		const copy = exampleCopy([
			{
				file: 'services/auth.yaml',
				replace: [
					'introspect OAuth tokens;',
					'introspect OAuth tokens on merchant-dashboard-4.lindenpay.internal;',
				],
			},
		]);
		const terms = new Set(
			internalVocabulary(openHandbook(copy).handbook!).terms.map((t) => t.words.join(' '))
		);
		expect(terms).toContain('merchant dashboard 4 lindenpay internal');
		expect(terms).not.toContain('merchant dashboard 4');
	});

	it('leaves out ordinary words, public vocabulary and public hosts', () => {
		for (const w of [
			'outfitters',
			'foods',
			'travel',
			'payments',
			'lindenpay',
			'corp',
			'checkout lindenpay com',
			'hosted checkout',
			'april',
		]) {
			expect(words, w).not.toContain(w);
		}
	});
});
