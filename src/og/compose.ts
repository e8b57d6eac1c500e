/**
 * Draws a card from satori's layout without rasterizing its text as outlines each time. Satori, asked for
 * `embedFont: false`, places every word as a `<text>` element; the shapes (background, accent, badge) are rasterized
 * once per distinct set and cached, and each word is shaped with HarfBuzz (the shaper satori itself uses, so the
 * advances are the same) and drawn glyph by glyph from cached glyph masks, at a quarter-pixel position. Rasterizing
 * the outlines was 9 of a card's 14 ms of CPU; at 5,000 cards the first build spent about 70 s of CPU on them
 * (README, "Performance").
 *
 * Anything this does not know how to draw exactly — a character the font lacks, a word whose shaped width differs
 * from satori's, a text attribute other than position, size, weight and colour, a shape painted over text — makes
 * {@link Compositor.draw} return undefined, and the caller renders the card whole.
 */
import { createRequire } from 'node:module';
import type { HarfBuzz, HbFont } from 'harfbuzzjs';
import { decodeXML } from 'entities';
import sharp from 'sharp';
import { woffToSfnt } from './woff.ts';

/** A glyph's coverage, placed relative to the whole pixel its pen position falls in. */
interface GlyphMask {
	left: number;
	top: number;
	width: number;
	height: number;
	coverage: Uint8Array;
}

interface Word {
	x: number;
	y: number;
	width: number;
	size: number;
	weight: number;
	rgb: [number, number, number];
	text: string;
}

interface ShapedGlyph {
	glyph: number;
	/** Pen position relative to the word's origin, in pixels. */
	x: number;
	y: number;
}

/** A font as HarfBuzz holds it, with its units per em to scale by. */
interface Face {
	font: HbFont;
	upem: number;
}

interface Shaped {
	glyphs: ShapedGlyph[];
	/** The pen's advance over the whole word, in pixels. */
	advance: number;
	complete: boolean;
}

export interface Compositor {
	/** @returns the card's pixels as RGB, or undefined when the SVG has anything this cannot draw exactly */
	draw(svg: string, width: number, height: number): Promise<Buffer | undefined>;
}

/** Glyph positions are rounded to a quarter pixel: finer than the eye sees, and 16 masks per glyph at most. */
const STEPS = 4;
const TEXT_ATTRIBUTES = new Set([
	'x',
	'y',
	'width',
	'height',
	'font-weight',
	'font-style',
	'font-size',
	'font-family',
	'fill',
]);
// Satori's body: unreferenced overflow masks, rects, paths and words, in painting order.
const ELEMENT =
	/<mask\b[^>]*>(?:<rect\b[^>]*\/>)*<\/mask>|<(?:rect|path)\b([^>]*)\/>|<text\b([^>]*)>([^<]*)<\/text>/y;
const ATTRIBUTE = /\s([\w-]+)="([^"]*)"/g;
const WEIGHTS: Record<string, number> = { normal: 400, bold: 700 };
// Distinct shape layers in one process: one per accent colour and badge width, a handful per site.
const BACKGROUND_LIMIT = 32;

/** @param fonts WOFF fonts by weight, the ones satori lays the card out with */
export async function createCompositor(fonts: Map<number, Buffer>): Promise<Compositor> {
	// Required, not imported: the package exports a promise, which an ES module namespace cannot carry.
	const hb = await (createRequire(import.meta.url)('harfbuzzjs') as Promise<HarfBuzz>);
	const faces = new Map<number, Face>(
		[...fonts].map(([weight, woff]) => {
			const face = hb.createFace(hb.createBlob(new Uint8Array(woffToSfnt(woff)).buffer), 0);
			return [weight, { font: hb.createFont(face), upem: face.upem }];
		})
	);
	const backgrounds = new Map<string, Promise<Buffer | undefined>>();
	const masks = new Map<string, GlyphMask | Promise<GlyphMask>>();
	const shapes = new Map<string, Shaped>();

	function shapeText(face: Face, size: number, text: string): Shaped {
		const buffer = hb.createBuffer();
		buffer.addText(text);
		buffer.guessSegmentProperties();
		hb.shape(face.font, buffer);
		const scale = size / face.upem;
		let pen = 0;
		const glyphs = buffer.json().map(({ g, ax, dx, dy }) => {
			const glyph = { glyph: g, x: (pen + dx) * scale, y: -dy * scale };
			pen += ax;
			return glyph;
		});
		buffer.destroy();
		// Glyph 0 is .notdef: a character this font lacks, for which satori falls back to another font.
		return { glyphs, advance: pen * scale, complete: glyphs.every(({ glyph }) => glyph !== 0) };
	}

	/** @returns the word's glyphs, or undefined if the font lacks one or they add up to another width than satori's */
	function shape(word: Word): ShapedGlyph[] | undefined {
		const key = `${word.weight}/${word.size}/${word.text}`;
		let shaped = shapes.get(key);
		if (!shaped) {
			shaped = shapeText(faces.get(word.weight)!, word.size, word.text);
			if (shapes.size > 50_000) shapes.clear();
			shapes.set(key, shaped);
		}
		return shaped.complete && Math.abs(shaped.advance - word.width) <= 0.01
			? shaped.glyphs
			: undefined;
	}

	function mask(
		weight: number,
		size: number,
		glyph: number,
		stepX: number,
		stepY: number
	): GlyphMask | Promise<GlyphMask> {
		const key = `${weight}/${size}/${glyph}/${stepX}/${stepY}`;
		const known = masks.get(key);
		if (known) return known;
		const rendering = renderMask(
			faces.get(weight)!,
			size,
			glyph,
			stepX / STEPS,
			stepY / STEPS
		).then((rendered) => {
			masks.set(key, rendered);
			return rendered;
		});
		masks.set(key, rendering);
		return rendering;
	}

	function background(shapesSvg: string): Promise<Buffer | undefined> {
		let raster = backgrounds.get(shapesSvg);
		if (!raster) {
			raster = opaqueRgb(shapesSvg);
			if (backgrounds.size >= BACKGROUND_LIMIT)
				backgrounds.delete(backgrounds.keys().next().value!);
			backgrounds.set(shapesSvg, raster);
		}
		return raster;
	}

	return {
		async draw(svg, width, height) {
			const parsed = parseCardSvg(svg);
			if (!parsed || parsed.words.some((word) => !faces.has(word.weight))) return undefined;
			const placed: { word: Word; glyphs: ShapedGlyph[] }[] = [];
			for (const word of parsed.words) {
				if (word.text.trim() === '') continue;
				const glyphs = shape(word);
				if (!glyphs) return undefined;
				placed.push({ word, glyphs });
			}
			const base = await background(parsed.shapes);
			if (!base) return undefined;
			const pixels = Buffer.from(base);
			for (const { word, glyphs } of placed) {
				for (const glyph of glyphs) {
					const [x, stepX] = quantize(word.x + glyph.x);
					const [y, stepY] = quantize(word.y + glyph.y);
					const found = mask(word.weight, word.size, glyph.glyph, stepX, stepY);
					blend(
						pixels,
						width,
						height,
						found instanceof Promise ? await found : found,
						x,
						y,
						word.rgb
					);
				}
			}
			return pixels;
		},
	};
}

/** @returns the whole pixel and the quarter-pixel step of a position */
function quantize(position: number): [number, number] {
	const steps = Math.round(position * STEPS);
	const whole = Math.floor(steps / STEPS);
	return [whole, steps - whole * STEPS];
}

async function renderMask(
	face: Face,
	size: number,
	glyph: number,
	offsetX: number,
	offsetY: number
): Promise<GlyphMask> {
	const extents = face.font.glyphExtents(glyph);
	if (!extents || extents.width === 0 || extents.height === 0)
		return { left: 0, top: 0, width: 0, height: 0, coverage: new Uint8Array() };
	const scale = size / face.upem;
	// The ink box in pixels around the pen, one pixel wider on each side for antialiasing.
	const left = Math.floor(offsetX + extents.xBearing * scale) - 1;
	const right = Math.ceil(offsetX + (extents.xBearing + extents.width) * scale) + 1;
	const top = Math.floor(offsetY - extents.yBearing * scale) - 1;
	const bottom = Math.ceil(offsetY - (extents.yBearing + extents.height) * scale) + 1;
	const width = right - left;
	const height = bottom - top;
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
		`<path transform="translate(${offsetX - left} ${offsetY - top}) scale(${scale} ${-scale})" d="${face.font.glyphToPath(glyph)}"/></svg>`;
	const coverage = await sharp(Buffer.from(svg)).ensureAlpha().extractChannel(3).raw().toBuffer();
	return {
		left,
		top,
		width,
		height,
		coverage: new Uint8Array(coverage.buffer, coverage.byteOffset, coverage.length),
	};
}

/** @returns the shapes as RGB pixels, or undefined if they leave any pixel transparent (RGB cannot say so) */
async function opaqueRgb(shapesSvg: string): Promise<Buffer | undefined> {
	const { data, info } = await sharp(Buffer.from(shapesSvg))
		.ensureAlpha()
		.raw()
		.toBuffer({ resolveWithObject: true });
	const rgb = Buffer.alloc(info.width * info.height * 3);
	for (let i = 0, o = 0; i < data.length; i += 4, o += 3) {
		if (data[i + 3] !== 255) return undefined;
		rgb[o] = data[i]!;
		rgb[o + 1] = data[i + 1]!;
		rgb[o + 2] = data[i + 2]!;
	}
	return rgb;
}

/** Paints `rgb` through the mask onto the pixels, as a rasterizer composites an antialiased shape ("over"). */
function blend(
	pixels: Buffer,
	width: number,
	height: number,
	mask: GlyphMask,
	x: number,
	y: number,
	rgb: [number, number, number]
): void {
	const [red, green, blue] = rgb;
	for (let row = 0; row < mask.height; row++) {
		const py = y + mask.top + row;
		if (py < 0 || py >= height) continue;
		for (let column = 0; column < mask.width; column++) {
			const alpha = mask.coverage[row * mask.width + column]!;
			const px = x + mask.left + column;
			if (alpha === 0 || px < 0 || px >= width) continue;
			const at = (py * width + px) * 3;
			const keep = 255 - alpha;
			pixels[at] = (pixels[at]! * keep + red * alpha + 127) / 255;
			pixels[at + 1] = (pixels[at + 1]! * keep + green * alpha + 127) / 255;
			pixels[at + 2] = (pixels[at + 2]! * keep + blue * alpha + 127) / 255;
		}
	}
}

/**
 * Splits satori's SVG into its shapes (an SVG of its own, without the words) and its words.
 * @returns undefined when the SVG holds anything else, or a shape painted where a word already is
 */
export function parseCardSvg(svg: string): { shapes: string; words: Word[] } | undefined {
	const open = svg.indexOf('>') + 1;
	const close = svg.lastIndexOf('</svg>');
	if (!svg.startsWith('<svg') || close < open) return undefined;
	let shapes = svg.slice(0, open);
	const words: Word[] = [];
	ELEMENT.lastIndex = open;
	while (ELEMENT.lastIndex < close) {
		const at = ELEMENT.lastIndex;
		const match = ELEMENT.exec(svg);
		if (!match) return undefined;
		const [element, shapeAttributes, textAttributes, text] = match;
		if (textAttributes !== undefined) {
			const word = readWord(textAttributes, text!);
			if (!word) return undefined;
			words.push(word);
		} else if (shapeAttributes !== undefined) {
			if (words.length > 0 && !clearOfWords(attributes(shapeAttributes), words)) return undefined;
			shapes += element;
		}
		if (ELEMENT.lastIndex === at) return undefined;
	}
	return { shapes: `${shapes}</svg>`, words };
}

function attributes(source: string): Map<string, string> {
	return new Map([...source.matchAll(ATTRIBUTE)].map(([, name, value]) => [name!, value!]));
}

function readWord(source: string, text: string): Word | undefined {
	const found = attributes(source);
	if (
		[...found.keys()].some((name) => !TEXT_ATTRIBUTES.has(name)) ||
		found.get('font-style') !== 'normal'
	)
		return undefined;
	const fill = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(found.get('fill') ?? '');
	const weightName = found.get('font-weight') ?? '';
	const [x, y, width, size, weight] = ['x', 'y', 'width', 'font-size']
		.map((name) => Number(found.get(name)))
		.concat(Number(WEIGHTS[weightName] ?? weightName));
	if (!fill || ![x, y, width, size, weight].every(Number.isFinite)) return undefined;
	const rgb = fill.slice(1).map((hex) => parseInt(hex, 16)) as [number, number, number];
	return { x: x!, y: y!, width: width!, size: size!, weight: weight!, rgb, text: decodeXML(text) };
}

/** @returns whether a shape's box stays clear of every word drawn before it (words are drawn after all shapes) */
function clearOfWords(shape: Map<string, string>, words: Word[]): boolean {
	const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) =>
		Number(shape.get(name))
	);
	if (![x, y, width, height].every(Number.isFinite)) return false;
	// A word's ink stays within a font size above its baseline and half one below, and a quarter to either side.
	return words.every(
		(word) =>
			x! >= word.x + word.width + word.size / 4 ||
			x! + width! <= word.x - word.size / 4 ||
			y! >= word.y + word.size / 2 ||
			y! + height! <= word.y - word.size
	);
}
