/**
 * How a page fits on paper, measured as Chromium prints it: the sheet sizes, and the room left on the first sheet
 * below the content.
 */
import type { Page } from 'playwright-core';
import { countPdfPages } from './pdf.ts';

const MM = 96 / 25.4;
/** How far on either side of the measured room the printed check grows the content: well under a line of text. */
const CHECK_PX = 3;

/** Sheet sizes in CSS px (exact: Playwright's own `format: 'A4'` is rounded to hundredths of an inch). */
const PAPER = {
	A4: { width: 210 * MM, height: 297 * MM },
	Letter: { width: 8.5 * 96, height: 11 * 96 },
} as const;
export type Paper = keyof typeof PAPER;

/** @returns the page printed on sheets of `paper` as a PDF. */
export function printPdf(page: Page, paper: Paper): Promise<Buffer> {
	const { width, height } = PAPER[paper];
	return page.pdf({ width: `${width}px`, height: `${height}px` });
}

export interface PrintFit {
	/** The sheet's height, px. */
	sheet: number;
	/** How much taller the content could grow, px, before the page needs a second sheet (negative: it already does). */
	spare: number;
	/** Sheets printed with the content grown by `spare` less, and plus, `CHECK_PX`: 1 and 2 when `spare` is right. */
	sheetsJustUnder: number;
	sheetsJustOver: number;
}

/**
 * Lays the page out as print media in a viewport of the sheet's printable size (the sheet less the print CSS's
 * `@page` margins; viewport units depend on it), and measures where the flow ends, everything after `growAt` included
 * (padding and footers too: a blank band that overflows still makes a second, empty sheet). Then checks that figure
 * against Chromium's own print: a block at the end of `growAt` as tall as `spare`, less and plus `CHECK_PX`, prints
 * on one and on two sheets. Leaves the page emulating print at that viewport.
 * @param growAt the element at whose end content would grow (the SOP's container)
 */
export async function measurePrintFit(page: Page, paper: Paper, growAt: string): Promise<PrintFit> {
	const sheet = PAPER[paper];
	await page.emulateMedia({ media: 'print' });
	const margins = await page.evaluate(pageMargins);
	const printable = {
		width: sheet.width - margins.left - margins.right,
		height: sheet.height - margins.top - margins.bottom,
	};
	await page.setViewportSize({
		width: Math.round(printable.width),
		height: Math.round(printable.height),
	});
	await page.evaluate(() => document.fonts.ready);
	// A block taller than the sheet lifts the flow above any minimum height (Starlight's page is 100vh tall), so the
	// document's height less the block's is where the content ends.
	const flowEnd = await page.evaluate(
		({ selector, height }) => {
			const probe = document.createElement('div');
			probe.dataset.printProbe = '';
			probe.style.cssText = `display: block; margin: 0; padding: 0; border: 0; clear: both; grid-column: 1 / -1; height: ${height}px`;
			document.querySelector(selector)!.append(probe);
			return document.documentElement.getBoundingClientRect().height - height;
		},
		{ selector: growAt, height: sheet.height * 2 }
	);
	const spare = printable.height - flowEnd;
	const sheetsWithProbe = async (height: number) => {
		await page.evaluate(
			(px) =>
				((document.querySelector('[data-print-probe]') as HTMLElement).style.height = `${px}px`),
			Math.max(0, height)
		);
		return countPdfPages(await printPdf(page, paper));
	};
	const fit = {
		sheet: sheet.height,
		spare,
		sheetsJustUnder: await sheetsWithProbe(spare - CHECK_PX),
		sheetsJustOver: await sheetsWithProbe(spare + CHECK_PX),
	};
	await page.evaluate(() => document.querySelector('[data-print-probe]')!.remove());
	return fit;
}

/** In the page: the `@page` margins of its print style sheets, in px (0 where none is set). */
function pageMargins(): { top: number; right: number; bottom: number; left: number } {
	const margins = { top: 0, right: 0, bottom: 0, left: 0 };
	const visit = (rules: CSSRuleList) => {
		for (const rule of rules) {
			if (rule instanceof CSSMediaRule && matchMedia(rule.conditionText).matches)
				visit(rule.cssRules);
			if (!(rule instanceof CSSPageRule)) continue;
			for (const side of ['top', 'right', 'bottom', 'left'] as const) {
				const value = rule.style.getPropertyValue(`margin-${side}`);
				if (!value) continue;
				const ruler = document.createElement('div');
				ruler.style.height = value;
				document.body.append(ruler);
				margins[side] = ruler.getBoundingClientRect().height;
				ruler.remove();
			}
		}
	};
	for (const sheet of document.styleSheets) visit(sheet.cssRules);
	return margins;
}
