/**
 * Renders cards to PNG (satori → SVG, sharp → PNG) through a cache keyed by a hash of everything that shapes the
 * file: the element tree, the fonts, the satori version and the PNG settings. A rebuild with unchanged content
 * renders no card.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { CARD_HEIGHT, CARD_WIDTH, cardElement, type CardInput } from './card.ts';

/** The default cache folder, kept between builds like other tools' caches. */
export const DEFAULT_CARD_CACHE = 'node_modules/.cache/firebreak-og';

export interface CardStats {
	rendered: number;
	cached: number;
	/** Milliseconds spent rendering (cache misses only). */
	renderMs: number;
}

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };

// Paths from the project root, not import.meta.url: the pages are bundled into another folder at build time.
const FONT_FILES: [string, 400 | 700][] = [
	['inter-latin-400-normal.woff', 400],
	['inter-latin-700-normal.woff', 700],
	['inter-latin-ext-400-normal.woff', 400],
	['inter-latin-ext-700-normal.woff', 700],
];

// zlib level 3 instead of sharp's 6: a card takes 9 ms instead of 12 and weighs 61 KiB instead of 54.
const PNG_OPTIONS = { compressionLevel: 3 } as const;

let assets: { fonts: Font[]; fingerprint: string } | undefined;

function loadAssets() {
	if (assets) return assets;
	const root = process.cwd();
	const hash = createHash('sha256');
	const fonts = FONT_FILES.map(([file, weight]): Font => {
		const data = readFileSync(join(root, 'node_modules/@fontsource/inter/files', file));
		hash.update(data);
		return { name: 'Inter', data, weight, style: 'normal' };
	});
	hash.update(JSON.parse(readFileSync(join(root, 'node_modules/satori/package.json'), 'utf8')).version);
	hash.update(JSON.stringify(PNG_OPTIONS));
	assets = { fonts, fingerprint: hash.digest('hex') };
	return assets;
}

const stats: CardStats = { rendered: 0, cached: 0, renderMs: 0 };

/** @returns the cards rendered and served from cache by this process so far (the card process reports them). */
export function cardStats(): CardStats {
	return stats;
}

/** @returns the cache key of a card: a hash of its element tree and the rendering assets. */
export function cardKey(input: CardInput): string {
	return createHash('sha256').update(loadAssets().fingerprint).update(JSON.stringify(cardElement(input))).digest('hex').slice(0, 32);
}

/**
 * @param input what the card says
 * @param cacheDir where PNGs are kept between builds (relative to the project root or absolute)
 * @returns the 1200×630 PNG of the card, from the cache when an identical card was rendered before
 */
export async function cardPng(input: CardInput, cacheDir: string = DEFAULT_CARD_CACHE): Promise<Buffer> {
	const file = join(cacheDir, `${cardKey(input)}.png`);
	try {
		const png = readFileSync(file);
		stats.cached++;
		return png;
	} catch {
		// Not cached yet: render below.
	}
	const started = performance.now();
	const svg = await satori(cardElement(input) as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadAssets().fonts });
	const png = await sharp(Buffer.from(svg)).png(PNG_OPTIONS).toBuffer();
	stats.renderMs += performance.now() - started;
	stats.rendered++;
	// Write then rename, so a parallel build never reads a half-written card.
	mkdirSync(cacheDir, { recursive: true });
	const partial = `${file}.${process.pid}.tmp`;
	writeFileSync(partial, png);
	renameSync(partial, file);
	return png;
}
