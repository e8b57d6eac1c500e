/**
 * What a dashboard page's layout is checked for (tests/browser/dashboards.test.ts): every table fits the box it sits
 * in, the document does not scroll sideways, and no badge or status wraps onto a second line.
 */
import type { Page } from 'playwright-core';
import { urls } from '../../src/model/urls.ts';

/**
 * Every dashboard page, in one place (a listed page that is
 * missing fails the test).
 */
export const DASHBOARD_PAGES: readonly string[] = [
	urls.actionItems(),
	urls.checks(),
	urls.alerts(),
	urls.incidents(),
	urls.readiness(),
	urls.insights(),
];

/** The screens every dashboard must fit: a desktop browser window, a small laptop, a phone held upright. */
export const SCREENS = [
	{ name: 'desktop', width: 1400, height: 900 },
	{ name: 'laptop', width: 1024, height: 768 },
	{ name: 'phone', width: 390, height: 844 },
] as const;

/** Elements that must stay on one line: Starlight's badges and the status words of dashboards (`fb-status`). */
const ONE_LINE = '.sl-badge, .fb-status';

export interface LayoutReport {
	tables: number;
	/** Tables wider than their container: `index: scrollWidth > clientWidth`. */
	overflowing: string[];
	/** The document's scrollWidth and the viewport's width. */
	documentWidth: number;
	viewportWidth: number;
	/** Badges and statuses laid out on more than one line, with their text. */
	broken: string[];
	/** Body cells laid out as blocks (stacked rows) that show no column name before their value. */
	unlabelledStackedCells: string[];
	/** The width of the page's content column. */
	contentWidth: number;
}

/** @returns the measurements of the page loaded in `page` */
export function measureLayout(page: Page): Promise<LayoutReport> {
	return page.evaluate((oneLine) => {
		const tables = [...document.querySelectorAll<HTMLTableElement>('main table')];
		const overflowing = tables.flatMap((table, index) => {
			// A table is measured against the block that holds it (Starlight lets a table scroll inside itself, so
			// its own clientWidth would hide the overflow) and against its own scrolling box.
			const container = table.parentElement!;
			const width = Math.max(table.scrollWidth, table.getBoundingClientRect().width);
			return width > container.clientWidth || table.scrollWidth > table.clientWidth
				? [`table ${index}: ${width}px in ${container.clientWidth}px`]
				: [];
		});
		// A badge is an inline block, so its own box stays one even when its text wraps inside it: count the lines its
		// text is laid out on instead.
		const lines = (element: Element) => {
			const range = document.createRange();
			range.selectNodeContents(element);
			return new Set(
				[...range.getClientRects()]
					.filter((rect) => rect.width > 0)
					.map((rect) => Math.round(rect.bottom))
			).size;
		};
		const broken = [...document.querySelectorAll<HTMLElement>(`main :is(${oneLine})`)]
			.filter((element) => lines(element) > 1)
			.map((element) => element.textContent.trim());
		const unlabelledStackedCells = tables
			.flatMap((table) => [
				...table.querySelectorAll<HTMLElement>(':scope > tbody > tr > :is(td, th)'),
			])
			.filter(
				(cell) =>
					getComputedStyle(cell).display === 'block' &&
					!getComputedStyle(cell, '::before').content.includes(cell.dataset.label ?? '\0')
			)
			.map((cell) => cell.textContent.trim().slice(0, 60));
		return {
			tables: tables.length,
			unlabelledStackedCells,
			overflowing,
			documentWidth: document.documentElement.scrollWidth,
			viewportWidth: document.documentElement.clientWidth,
			broken,
			contentWidth: document.querySelector('main .sl-container')?.clientWidth ?? 0,
		};
	}, ONE_LINE);
}
