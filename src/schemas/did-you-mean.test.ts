import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from './did-you-mean.ts';

const PEOPLE = ['amoreau', 'jkowalski', 'lbecker', 'sfischer', 'mtanaka'];

describe('closest', () => {
	it('finds a typo of one or two edits, a swap of two letters included', () => {
		expect(closest('lbeker', PEOPLE)).toEqual(['lbecker']);
		expect(closest('lbekcer', PEOPLE)).toEqual(['lbecker']);
		expect(closest('jkowalsky', PEOPLE)).toEqual(['jkowalski']);
		// A swap is one slip, so it is found even in a short word, where only one edit is allowed.
		expect(closest('mian', ['main', 'dev'])).toEqual(['main']);
		expect(closest('mina', ['main'])).toEqual([]);
	});

	it('suggests nothing that is another word', () => {
		expect(closest('bkhan', PEOPLE)).toEqual([]);
		expect(closest('CheckoutGone', ['CheckoutDown'])).toEqual([]);
		// Short ids allow one edit only.
		expect(closest('web', ['ops', 'wet'])).toEqual(['wet']);
		expect(closest('we', ['ops'])).toEqual([]);
	});

	it('ranks by distance, keeps the caller order between equals, and gives at most 3', () => {
		expect(closest('sev5', ['sev1', 'sev2', 'sev3', 'sev4'])).toEqual(['sev1', 'sev2', 'sev3']);
		expect(closest('payment-api', ['payments', 'payments-apis', 'payments-api'])).toEqual([
			'payments-api',
			'payments-apis',
		]);
	});

	it('ignores case, and a match but for case is the one suggestion', () => {
		expect(closest('Sev1', ['sev1', 'sev2'])).toEqual(['sev1']);
		expect(
			closest('checkoutapihigherrorrate', ['CheckoutApiHighErrorRate', 'CheckoutApiHighErrorRates'])
		).toEqual(['CheckoutApiHighErrorRate']);
	});

	it('never suggests what was written', () => {
		expect(closest('sev1', ['sev1'])).toEqual([]);
	});
});

describe('didYouMean', () => {
	it('words one, two or three suggestions as code', () => {
		expect(didYouMean('lbeker', PEOPLE)).toBe('did you mean `lbecker`?');
		expect(didYouMean('P5', ['P1', 'P2'])).toBe('did you mean `P1` or `P2`?');
		expect(didYouMean('sev5', ['sev1', 'sev2', 'sev3', 'sev4'])).toBe(
			'did you mean `sev1`, `sev2` or `sev3`?'
		);
	});

	it('takes its own way of writing a suggestion, and says nothing when none is close', () => {
		expect(didYouMean('sevrity', ['service', 'severity'], (key) => `{${key}}`)).toBe(
			'did you mean {severity}?'
		);
		expect(didYouMean('zzz', PEOPLE)).toBeUndefined();
	});
});
