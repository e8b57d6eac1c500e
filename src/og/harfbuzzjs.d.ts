/** The part of harfbuzzjs (no types of its own) that the card compositor uses; see node_modules/harfbuzzjs/hbjs.js. */
declare module 'harfbuzzjs' {
	export interface HbBlob {
		destroy(): void;
	}
	export interface HbFace {
		upem: number;
	}
	export interface HbFont {
		/** The outline in font units, y up, as SVG path data. */
		glyphToPath(glyph: number): string;
		/** The ink box in font units: yBearing is the top above the baseline, height is negative. */
		glyphExtents(
			glyph: number
		): { xBearing: number; yBearing: number; width: number; height: number } | null;
	}
	export interface HbGlyph {
		/** Glyph id; 0 is .notdef, a character the font does not have. */
		g: number;
		/** Advances and offsets in font units. */
		ax: number;
		ay: number;
		dx: number;
		dy: number;
	}
	export interface HbBuffer {
		addText(text: string): void;
		guessSegmentProperties(): void;
		json(): HbGlyph[];
		destroy(): void;
	}
	export interface HarfBuzz {
		createBlob(data: ArrayBuffer): HbBlob;
		createFace(blob: HbBlob, index: number): HbFace;
		createFont(face: HbFace): HbFont;
		createBuffer(): HbBuffer;
		shape(font: HbFont, buffer: HbBuffer, features?: string): void;
	}
}
