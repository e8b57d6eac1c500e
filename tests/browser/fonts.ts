/**
 * Font environments for browser tests, so that a layout test shows it holds whatever fonts the machine has:
 * `system` is every font installed (CI adds fonts-liberation and fonts-noto-core, see .ci/run); `minimal` is Chromium
 * given a fonts.conf of its own that shows it only the DejaVu fonts, which fontconfig itself depends on.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const FONT_ENVIRONMENTS = ['minimal', 'system'] as const;
export type FontEnvironment = (typeof FONT_ENVIRONMENTS)[number];

/** The only system fonts of the minimal environment: fonts-dejavu-core's folder. */
const MINIMAL_FONT_DIR = '/usr/share/fonts/truetype/dejavu';

/**
 * @param dir a scratch folder for the environment's fonts.conf and font cache
 * @returns the environment variables that give Chromium the fonts of `fonts`
 */
export function fontEnvironment(fonts: FontEnvironment, dir: string): Record<string, string> {
	if (fonts === 'system') return {};
	if (!existsSync(MINIMAL_FONT_DIR))
		throw new Error(
			`No ${MINIMAL_FONT_DIR} for the minimal font environment: apt-get install fonts-dejavu-core`
		);
	const cache = join(dir, 'cache');
	mkdirSync(cache, { recursive: true });
	const file = join(dir, 'fonts.conf');
	// The system's rules (conf.d: generic families, aliases) apply; only the folders fonts are read from are replaced.
	writeFileSync(
		file,
		`<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
	<dir>${MINIMAL_FONT_DIR}</dir>
	<cachedir>${cache}</cachedir>
	<include ignore_missing="yes">/etc/fonts/conf.d</include>
</fontconfig>
`
	);
	return { FONTCONFIG_FILE: file };
}

export interface RenderedFont {
	/** The family name inside the font file. */
	family: string;
	/** A web font (from `@font-face`), not a system font. */
	custom: boolean;
	glyphs: number;
}

/** @returns the fonts Chromium drew the text of the matching elements with (DevTools' "Rendered fonts"), per family. */
export async function renderedFonts(page: Page, selector: string): Promise<RenderedFont[]> {
	const cdp = await page.context().newCDPSession(page);
	try {
		await cdp.send('DOM.enable');
		await cdp.send('CSS.enable');
		const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
		const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
		const byFamily = new Map<string, RenderedFont>();
		for (const nodeId of nodeIds) {
			const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
			for (const font of fonts) {
				const key = `${font.familyName} ${font.isCustomFont}`;
				const seen = byFamily.get(key) ?? {
					family: font.familyName,
					custom: font.isCustomFont,
					glyphs: 0,
				};
				seen.glyphs += font.glyphCount;
				byFamily.set(key, seen);
			}
		}
		return [...byFamily.values()];
	} finally {
		await cdp.detach();
	}
}
