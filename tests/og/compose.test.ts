import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { HarfBuzz } from 'harfbuzzjs';
import satori from 'satori';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardElement, type CardInput } from '../../src/og/card.ts';
import { createCompositor, parseCardSvg } from '../../src/og/compose.ts';
import { internalCards } from '../../src/og/internal-cards.ts';
import { composedPng } from '../../src/og/render.ts';
import { woffToSfnt } from '../../src/og/woff.ts';

const woff = (weight: number) =>
	readFileSync(
		join(ROOT, `node_modules/@fontsource/inter/files/inter-latin-${weight}-normal.woff`)
	);
const fonts = new Map([400, 700].map((weight) => [weight, woff(weight)]));
const compositor = await createCompositor(fonts);
const hb = await (createRequire(import.meta.url)('harfbuzzjs') as Promise<HarfBuzz>);
const faces = new Map(
	[...fonts].map(([weight, data]) => {
		const face = hb.createFace(hb.createBlob(new Uint8Array(woffToSfnt(data)).buffer), 0);
		return [weight, { font: hb.createFont(face), upem: face.upem }] as const;
	})
);

async function layout(input: CardInput): Promise<string> {
	const satoriFonts = [...fonts].map(([weight, data]) => ({
		name: 'Inter',
		data,
		weight: weight as 400 | 700,
		style: 'normal' as const,
	}));
	return satori(cardElement(input) as Parameters<typeof satori>[0], {
		width: CARD_WIDTH,
		height: CARD_HEIGHT,
		fonts: satoriFonts,
		embedFont: false,
	});
}

/** The reference: the same layout with every glyph as an outline at its exact position, rasterized in one go. */
async function outlined(svg: string): Promise<Buffer> {
	const { shapes, words } = parseCardSvg(svg)!;
	const paths = words.map((word) => {
		const { font, upem } = faces.get(word.weight)!;
		const buffer = hb.createBuffer();
		buffer.addText(word.text);
		buffer.guessSegmentProperties();
		hb.shape(font, buffer);
		const scale = word.size / upem;
		let pen = 0;
		const fill = `rgb(${word.rgb.join(',')})`;
		const glyphs = buffer.json().map(({ g, ax, dx, dy }) => {
			const path = `<path fill="${fill}" transform="translate(${word.x + (pen + dx) * scale} ${word.y - dy * scale}) scale(${scale} ${-scale})" d="${font.glyphToPath(g)}"/>`;
			pen += ax;
			return path;
		});
		buffer.destroy();
		return glyphs.join('');
	});
	return sharp(Buffer.from(shapes.replace('</svg>', `${paths.join('')}</svg>`)))
		.removeAlpha()
		.raw()
		.toBuffer();
}

const BLOCK = 4;

/**
 * @returns the largest difference, 0–255, between the means of two cards' 4×4-pixel blocks: where the glyphs' edges
 * fall within a pixel averages out, a glyph or a colour that differs does not
 */
function blockDifference(a: Buffer, b: Buffer): number {
	let largest = 0;
	for (let top = 0; top + BLOCK <= CARD_HEIGHT; top += BLOCK) {
		for (let left = 0; left + BLOCK <= CARD_WIDTH; left += BLOCK) {
			for (let channel = 0; channel < 3; channel++) {
				let sum = 0;
				for (let y = top; y < top + BLOCK; y++) {
					for (let x = left; x < left + BLOCK; x++) {
						const at = (y * CARD_WIDTH + x) * 3 + channel;
						sum += a[at]! - b[at]!;
					}
				}
				largest = Math.max(largest, Math.abs(sum) / BLOCK ** 2);
			}
		}
	}
	return largest;
}

const example = internalCards(openHandbook(join(ROOT, 'content')).handbook!).map(
	(card) => card.input
);
const base: CardInput = {
	kind: 'Incident',
	title: 'Checkout failing',
	subtitle: '2026-03-04 · Resolved',
	site: 'Acme Handbook',
	badge: { text: 'Sev-1', rank: 0 },
};

describe('cards drawn from cached glyphs', () => {
	it('draws every card of the example as its outlines rasterized in one go look, to a few grey levels', async () => {
		for (const input of example) {
			const svg = await layout(input);
			const composed = await compositor.draw(svg, CARD_WIDTH, CARD_HEIGHT);
			expect(composed, input.title).toBeDefined();
			// Glyphs sit on quarter pixels here and exactly in the reference: measured at most 8.4 levels.
			expect(blockDifference(composed!, await outlined(svg)), input.title).toBeLessThan(16);
		}
		// The same measure sees one more glyph, or another accent colour (measured 233 and 238).
		const first = (await compositor.draw(await layout(example[0]!), CARD_WIDTH, CARD_HEIGHT))!;
		expect(
			blockDifference(
				first,
				await outlined(await layout({ ...example[0]!, title: `${example[0]!.title} x` }))
			)
		).toBeGreaterThan(100);
		expect(
			blockDifference(
				first,
				await outlined(await layout({ ...example[0]!, badge: { text: 'Sev-1', rank: 1 } }))
			)
		).toBeGreaterThan(100);
	});

	it('reads the text satori escaped', async () => {
		const svg = await layout({
			...base,
			title: 'Ledger <writes> & "reads" fail — 5% of it’s calls',
		});
		expect(svg).toContain('&amp;');
		expect(
			blockDifference((await compositor.draw(svg, CARD_WIDTH, CARD_HEIGHT))!, await outlined(svg))
		).toBeLessThan(16);
	});

	it('leaves to the outline renderer a character the drawing font lacks, or a word it shapes to another width', async () => {
		expect(
			await composedPng(cardElement({ ...base, title: 'Łódź payments failing' }))
		).toBeUndefined();
		expect(
			await compositor.draw(
				await layout({ ...base, title: 'Checkout 失败' }),
				CARD_WIDTH,
				CARD_HEIGHT
			)
		).toBeUndefined();
		const svg = await layout(base);
		expect(await compositor.draw(svg, CARD_WIDTH, CARD_HEIGHT)).toBeDefined();
		const wider = svg.replace(
			/width="([\d.]+)"([^>]*>Checkout<)/,
			(_, width: string, rest: string) => `width="${Number(width) + 1}"${rest}`
		);
		expect(wider).not.toBe(svg);
		expect(await compositor.draw(wider, CARD_WIDTH, CARD_HEIGHT)).toBeUndefined();
	});

	it('declines an SVG with anything it cannot draw exactly', () => {
		const word =
			'<text x="96" y="99" width="10" height="36" font-weight="700" font-style="normal" font-size="30" font-family="inter" fill="#f8fafc">A</text>';
		const svg = (body: string) =>
			`<svg width="200" height="200" viewBox="0 0 200 200" xmlns="http://www.w3.org/2000/svg">${body}</svg>`;
		expect(
			parseCardSvg(svg(`<rect x="0" y="0" width="200" height="200" fill="#000"/>${word}`))?.words
		).toHaveLength(1);
		expect(
			parseCardSvg(svg(word.replace('font-size', 'letter-spacing="2" font-size')))
		).toBeUndefined();
		expect(parseCardSvg(svg(word.replace('#f8fafc', 'rgba(0,0,0,0.5)')))).toBeUndefined();
		expect(parseCardSvg(svg(word.replace('normal', 'italic')))).toBeUndefined();
		expect(
			parseCardSvg(svg(`<image href="x.png" x="0" y="0" width="10" height="10"/>${word}`))
		).toBeUndefined();
		// A shape painted over a word that came before it would be drawn under it.
		expect(
			parseCardSvg(svg(`${word}<rect x="90" y="70" width="40" height="40" fill="#000"/>`))
		).toBeUndefined();
		expect(
			parseCardSvg(svg(`${word}<rect x="150" y="70" width="40" height="40" fill="#000"/>`))?.words
		).toHaveLength(1);
	});
});
