import { describe, expect, it } from 'vitest';
import { entryId } from './entry-id.ts';

describe('entryId', () => {
	it('lowercases the path without extension, keeping folders', () => {
		expect(entryId('checkout-api/CheckoutApiHighErrorRate.mdx')).toBe(
			'checkout-api/checkoutapihigherrorrate'
		);
		expect(entryId('2026-03-04-outage.md')).toBe('2026-03-04-outage');
	});
	it('turns spaces and odd characters into dashes', () => {
		expect(entryId('web/Site Down (EU).mdx')).toBe('web/site-down-eu');
		expect(entryId('a\\b.mdx')).toBe('a/b');
	});
});
