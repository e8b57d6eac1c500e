/**
 * Renders cards to PNG through a cache keyed by a hash of everything that shapes the file: the element tree, the
 * fonts, the versions of satori and HarfBuzz, the drawing and the PNG settings. A rebuild with unchanged content
 * renders no card. Satori lays a card out; compose.ts draws it from cached glyphs, and a card it cannot draw exactly
 * is drawn whole by sharp from satori's outlines.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { CARD_HEIGHT, CARD_WIDTH, cardElement, type CardElement, type CardInput } from './card.ts';
import { createCompositor, type Compositor } from './compose.ts';

/** The default cache folder, kept between builds like other tools' caches. */
export const DEFAULT_CARD_CACHE = 'node_modules/.cache/firebreak-og';

export interface CardStats {
	rendered: number;
	cached: number;
	/** Milliseconds spent rendering (cache misses only). */
	renderMs: number;
}

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
type SatoriElement = Parameters<typeof satori>[0];

// Resolved from this module (the card worker, the config and the dev server run it unbundled), so an installed Firebreak
// finds the fonts wherever the package manager put them. The first file of each weight is the one the compositor draws with; satori falls back to the others.
const FONT_FILES: [string, 400 | 700][] = [
	['inter-latin-400-normal.woff', 400],
	['inter-latin-700-normal.woff', 700],
	['inter-latin-ext-400-normal.woff', 400],
	['inter-latin-ext-700-normal.woff', 700],
];

// zlib level 3 instead of sharp's 6: encoding a card takes 2.4 ms instead of 4.0, and it weighs 56 KiB instead of 52.
const PNG_OPTIONS = { compressionLevel: 3 } as const;
// Change when compose.ts draws differently, so that cached cards are drawn again.
const DRAWING = 'glyph masks at quarter pixels, RGB';

let assets: { fonts: Font[]; byWeight: Map<number, Buffer>; fingerprint: string } | undefined;
let compositor: Promise<Compositor> | undefined;

function loadAssets() {
	if (assets) return assets;
	const require = createRequire(import.meta.url);
	const hash = createHash('sha256');
	const fonts = FONT_FILES.map(([file, weight]): Font => {
		const data = readFileSync(require.resolve(`@fontsource/inter/files/${file}`));
		hash.update(data);
		return { name: 'Inter', data, weight, style: 'normal' };
	});
	for (const tool of ['satori', 'harfbuzzjs'])
		hash.update(
			(
				JSON.parse(readFileSync(require.resolve(`${tool}/package.json`), 'utf8')) as {
					version: string;
				}
			).version
		);
	hash.update(DRAWING);
	hash.update(JSON.stringify(PNG_OPTIONS));
	const byWeight = new Map<number, Buffer>();
	for (const font of fonts) if (!byWeight.has(font.weight)) byWeight.set(font.weight, font.data);
	assets = { fonts, byWeight, fingerprint: hash.digest('hex') };
	return assets;
}

const stats: CardStats = { rendered: 0, cached: 0, renderMs: 0 };

/** @returns the cards rendered and served from cache by this process so far (the card process reports them). */
export function cardStats(): CardStats {
	return stats;
}

/** @returns the cache key of a card: a hash of its element tree and the rendering assets. */
export function cardKey(input: CardInput): string {
	return createHash('sha256')
		.update(loadAssets().fingerprint)
		.update(JSON.stringify(cardElement(input)))
		.digest('hex')
		.slice(0, 32);
}

/**
 * @param input what the card says
 * @param cacheDir where PNGs are kept between builds (relative to the project root or absolute)
 * @returns the 1200×630 PNG of the card, from the cache when an identical card was rendered before
 */
export async function cardPng(
	input: CardInput,
	cacheDir: string = DEFAULT_CARD_CACHE
): Promise<Buffer> {
	const file = join(cacheDir, `${cardKey(input)}.png`);
	try {
		const png = readFileSync(file);
		stats.cached++;
		return png;
	} catch {
		// Not cached yet: render below.
	}
	const started = performance.now();
	const element = cardElement(input);
	const png = (await composedPng(element)) ?? (await wholePng(element));
	stats.renderMs += performance.now() - started;
	stats.rendered++;
	// Write then rename, so a parallel build never reads a half-written card.
	mkdirSync(cacheDir, { recursive: true });
	const partial = `${file}.${process.pid}.tmp`;
	writeFileSync(partial, png);
	renameSync(partial, file);
	return png;
}

/** @returns the card drawn from its layout and cached glyphs, or undefined if compose.ts cannot draw it exactly */
export async function composedPng(element: CardElement): Promise<Buffer | undefined> {
	const { fonts, byWeight } = loadAssets();
	compositor ??= createCompositor(byWeight);
	const svg = await satori(element as SatoriElement, {
		width: CARD_WIDTH,
		height: CARD_HEIGHT,
		fonts,
		embedFont: false,
	});
	const pixels = await (await compositor).draw(svg, CARD_WIDTH, CARD_HEIGHT);
	return (
		pixels &&
		sharp(pixels, { raw: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 3 } })
			.png(PNG_OPTIONS)
			.toBuffer()
	);
}

/** @returns the card with its text as outlines, rasterized by sharp */
async function wholePng(element: CardElement): Promise<Buffer> {
	const svg = await satori(element as SatoriElement, {
		width: CARD_WIDTH,
		height: CARD_HEIGHT,
		fonts: loadAssets().fonts,
	});
	return sharp(Buffer.from(svg)).png(PNG_OPTIONS).toBuffer();
}
