import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardElement, truncate, type CardInput } from '../../src/og/card.ts';
import { cardKey, cardPng, cardStats } from '../../src/og/render.ts';
import { pngSize } from './png.ts';

const input: CardInput = {
	kind: 'Incident',
	title: 'Checkout failing',
	subtitle: '2026-03-04 · Resolved',
	site: 'Acme Handbook',
	badge: { text: 'Sev-1', rank: 0 },
};

describe('card rendering', () => {
	it('renders a 1200×630 PNG once, then serves it from the cache', async () => {
		const cache = mkdtempSync(join(tmpdir(), 'firebreak-og-'));
		const before = { ...cardStats() };
		const first = await cardPng(input, cache);
		expect(pngSize(first)).toEqual({ width: 1200, height: 630 });
		expect(cardStats().rendered - before.rendered).toBe(1);

		const again = await cardPng({ ...input }, cache);
		expect(again.equals(first)).toBe(true);
		expect(cardStats().rendered - before.rendered).toBe(1);
		expect(cardStats().cached - before.cached).toBe(1);
		expect(readdirSync(cache)).toEqual([`${cardKey(input)}.png`]);
	});

	it("renders a card with characters beyond the compositor's font from satori's outlines", async () => {
		const cache = mkdtempSync(join(tmpdir(), 'firebreak-og-'));
		expect(pngSize(await cardPng({ ...input, title: 'Łódź payouts delayed' }, cache))).toEqual({
			width: 1200,
			height: 630,
		});
	});

	it('keys the cache by everything the card shows', () => {
		const key = cardKey(input);
		expect(cardKey({ ...input, title: 'Checkout failing again' })).not.toBe(key);
		expect(cardKey({ ...input, badge: { text: 'Sev-1', rank: 1 } })).not.toBe(key);
		expect(cardKey({ ...input, subtitle: '2026-03-04 · Ongoing' })).not.toBe(key);
		expect(cardKey({ ...input })).toBe(key);
	});

	it('shortens long titles at a word boundary and always labels the severity in text', () => {
		expect(truncate('word '.repeat(40).trim(), 30)).toBe('word word word word word word…');
		expect(truncate('short', 30)).toBe('short');
		expect(JSON.stringify(cardElement(input))).toContain('"Sev-1"');
	});
});
