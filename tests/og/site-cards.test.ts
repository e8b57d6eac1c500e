import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SiteCard } from '../../src/og/internal-cards.ts';
import { siteCards } from '../../src/og/site-cards.ts';
import { ROOT } from '../helpers/run.ts';
import { pngSize } from './png.ts';

const card = (id: string, title: string): SiteCard => ({
	kind: 'runbooks',
	id,
	input: { kind: 'Runbook', title, subtitle: 'checkout', site: 'Test Handbook' },
});
// Two cards that look the same share one cached PNG.
const cards = [
	card('checkout/a', 'Checkout errors'),
	card('checkout/b', 'Checkout latency'),
	card('checkout/c', 'Checkout errors'),
];

/** Runs the card steps the way the Firebreak integration does in a build; @returns what they logged. */
async function build(cacheDir: string, out: string): Promise<string[]> {
	const logged: string[] = [];
	const steps = siteCards(() => cards, cacheDir);
	steps.start(ROOT);
	expect(steps.files()).toEqual(
		new Set([
			'og/runbooks/checkout/a.png',
			'og/runbooks/checkout/b.png',
			'og/runbooks/checkout/c.png',
		])
	);
	await steps.place(out, (message) => logged.push(message));
	return logged;
}

describe('siteCards', () => {
	it('renders missing cards in a worker process, once per distinct card, and writes every card into the output', async () => {
		const cache = mkdtempSync(join(tmpdir(), 'firebreak-og-cache-'));
		const out = mkdtempSync(join(tmpdir(), 'firebreak-og-out-'));
		const logged = await build(cache, out);
		expect(logged).toEqual([
			expect.stringMatching(
				/^3 cards: 2 rendered in \d+ ms, 1 from cache; the build spent \d+ ms on them$/
			),
		]);
		for (const { id } of cards)
			expect(pngSize(readFileSync(join(out, 'og/runbooks', `${id}.png`)))).toEqual({
				width: 1200,
				height: 630,
			});
		expect(
			readFileSync(join(out, 'og/runbooks/checkout/a.png')).equals(
				readFileSync(join(out, 'og/runbooks/checkout/c.png'))
			)
		).toBe(true);
	});

	it('renders nothing when every card is cached, and links the cached files into the output', async () => {
		const cache = mkdtempSync(join(tmpdir(), 'firebreak-og-cache-'));
		await build(cache, mkdtempSync(join(tmpdir(), 'firebreak-og-out-')));
		const out = mkdtempSync(join(tmpdir(), 'firebreak-og-out-'));
		expect(await build(cache, out)).toEqual([
			expect.stringMatching(/^3 cards: 0 rendered, 3 from cache; the build spent \d+ ms on them$/),
		]);
		expect(statSync(join(out, 'og/runbooks/checkout/a.png')).nlink).toBeGreaterThan(1);
	});
});
