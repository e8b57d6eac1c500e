/**
 * The accessibility audit of one page: axe-core's WCAG 2.x A and AA rules, plus our colour-only-status check, run in
 * both Starlight themes. The page is loaded once; the theme is switched in place (Starlight styles the whole page from
 * `data-theme` on `<html>`), so a site of 90 pages costs 90 navigations, not 180.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { colourOnlyStatuses } from './colour-only.ts';

/** Starlight's two themes. */
export const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

/** axe's tags for the WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA. */
const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface A11yViolation {
	/** Site path of the page. */
	page: string;
	theme: Theme;
	/** axe's rule id, or `colour-only-status` for ours. */
	rule: string;
	help: string;
	/** CSS selectors of the offending elements. */
	targets: string[];
}

/**
 * Violations of third-party markup we cannot change, each scoped to one rule and one element and justified. Anything
 * else, even the same rule elsewhere, still fails.
 */
const KNOWN_THIRD_PARTY: readonly { rule: string; target: string; why: string }[] = [
	{
		rule: 'label-content-name-mismatch',
		target: 'button[data-open-modal=""]',
		why: 'Starlight\'s search button: its name "Search" is its visible label; the <kbd>Ctrl K</kbd> after it is a shortcut hint, exposed as aria-keyshortcuts (an experimental axe rule counts it as label text)',
	},
];

const AXE_SOURCE = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

interface AxeResult {
	violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}

/**
 * Loads `url` in `page`, then audits it in each theme.
 * @returns every violation, with the page's path and the theme it was seen in
 */
export async function auditPage(page: Page, url: string): Promise<A11yViolation[]> {
	const response = await page.goto(url, { waitUntil: 'load' });
	const path = new URL(url).pathname;
	if (!response?.ok())
		return [
			{
				page: path,
				theme: 'light',
				rule: 'http-status',
				help: `HTTP ${response?.status()}`,
				targets: [],
			},
		];
	// Contrast must be measured on final colours, not halfway through a theme transition.
	await page.addStyleTag({
		content: '*, *::before, *::after { transition: none !important; animation: none !important; }',
	});
	// Expressive Code makes overflowing code blocks focusable from a script that runs once layout settles; audit after it.
	await page
		.waitForFunction(
			() =>
				[...document.querySelectorAll('.expressive-code pre')].every(
					(pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex')
				),
			undefined,
			{ timeout: 5_000 }
		)
		.catch(() => undefined);
	await page.addScriptTag({ content: AXE_SOURCE });
	const violations: A11yViolation[] = [];
	for (const theme of THEMES) {
		await page.evaluate((name) => {
			document.documentElement.dataset.theme = name;
			localStorage.setItem('starlight-theme', name);
		}, theme);
		const result = (await page.evaluate(
			(tags) =>
				(
					window as unknown as {
						axe: { run(context: Document, options: object): Promise<unknown> };
					}
				).axe.run(document, {
					runOnly: { type: 'tag', values: tags },
					resultTypes: ['violations'],
				}),
			WCAG_AA_TAGS
		)) as AxeResult;
		for (const violation of result.violations) {
			const targets = violation.nodes
				.map((node) => node.target.join(' '))
				.filter(
					(target) =>
						!KNOWN_THIRD_PARTY.some(
							(known) => known.rule === violation.id && known.target === target
						)
				);
			if (targets.length > 0)
				violations.push({ page: path, theme, rule: violation.id, help: violation.help, targets });
		}
		for (const group of await page.evaluate(colourOnlyStatuses)) {
			violations.push({
				page: path,
				theme,
				rule: 'colour-only-status',
				help: 'Statuses that differ only in colour (WCAG 1.4.1): add text or a pattern',
				targets: group,
			});
		}
	}
	return violations;
}

/** @returns the violations as readable lines, one per rule and page, for a test failure message. */
export function formatViolations(violations: readonly A11yViolation[]): string {
	return violations
		.map(
			(v) =>
				`${v.page} [${v.theme}] ${v.rule}: ${v.help}\n    ${v.targets.slice(0, 5).join('\n    ')}`
		)
		.join('\n');
}
