/**
 * The html-validate configuration of the valid-HTML gate: `html-validate:recommended` (the HTML standard, WAI-ARIA and
 * the WCAG techniques html-validate knows), minus rules about formatting style, plus a short list of accepted patterns
 * (mostly Starlight's and Expressive Code's markup, which we cannot change), each scoped to one rule and one element.
 */
import type { ConfigData } from 'html-validate';

export const HTML_VALIDATE_CONFIG: ConfigData = {
	extends: ['html-validate:recommended'],
	rules: {
		// Style, not validity: Astro's renderer writes void elements as `<meta />`, and its redirect pages `<!doctype html>`
		// in lowercase; the HTML standard allows both spellings.
		'void-style': 'off',
		'doctype-style': 'off',
		// An SEO hint, not validity: a title is as long as the incident or runbook its author named.
		'long-title': 'off',
		// The HTML standard allows any id without whitespace (`relaxed`): Starlight's `_top`, our month anchors `2026-03`.
		'valid-id': ['error', { relaxed: true }],
	},
};

export interface KnownPattern {
	rule: string;
	/** Matches the end of html-validate's structural selector of the element reported. */
	selector: RegExp;
	/** Matches the start tag of the element reported, when the selector alone does not say whose markup it is. */
	tag?: RegExp;
	why: string;
}

/**
 * Markup reported by the rules above and accepted one element at a time, each for its reason: third-party markup we
 * cannot change, and one form of ours. The same rule anywhere else still fails.
 */
export const KNOWN_PATTERNS: readonly KnownPattern[] = [
	{
		rule: 'no-implicit-button-type',
		selector:
			/(site-search > button|site-search > dialog > div > button|body > div > nav > button)$/,
		why: "Starlight's search, close-search and menu buttons: not in a form, so the missing type changes nothing",
	},
	{
		rule: 'no-inline-style',
		selector: /site-search > dialog$/,
		why: "Starlight's search dialog resets its padding inline",
	},
	{
		rule: 'unique-landmark',
		selector:
			/(mobile-starlight-toc > nav|starlight-toc > nav|^html > body > div > div > div > aside)$/,
		why: "Starlight's desktop and mobile tables of contents (only one shows at a time) and its unlabelled right-sidebar <aside>",
	},
	{
		rule: 'element-permitted-content',
		selector: /figure > pre > code > div(:nth-child\(\d+\))?$/,
		tag: /^<div class="ec-line/,
		why: 'Expressive Code renders each code line as a <div> inside <code>',
	},
	{
		rule: 'element-permitted-content',
		selector: /figure > div > button > div$/,
		why: "Expressive Code's copy button holds an empty <div> for its icon",
	},
	{
		rule: 'no-implicit-button-type',
		selector: /figure > div > button$/,
		tag: /\sdata-code=/,
		why: "Expressive Code's copy button, not in a form",
	},
	{
		rule: 'wcag/h32',
		selector: /> form$/,
		tag: /^<form data-comms-form/,
		why: 'The comms page form fills the templates as you type and never submits (its script prevents it): a submit button would do nothing',
	},
	{
		rule: 'no-redundant-role',
		selector: /(^#[^ ]+|> (#[^ ]+|table|thead|tbody|tfoot|tr|th|td)(:nth-child\(\d+\))?)$/,
		tag: /^<(table|thead|tbody|tfoot|tr|th|td) [^>]*\brole="(table|rowgroup|row|columnheader|rowheader|cell)"/,
		why: "Dashboard tables (DashboardTable.astro) become blocks on a phone, and a browser may drop a table's semantics when CSS changes its display (Safari does): the roles keep them",
	},
	{
		rule: 'text-content',
		selector: /figure > div > button$/,
		tag: /\stitle="[^"]+"/,
		why: "Expressive Code's copy button is named by its title (an icon button); axe accepts the title as its name",
	},
];
