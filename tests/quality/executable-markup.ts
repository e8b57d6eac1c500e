/**
 * What would run in a browser: script elements, event-handler attributes and `javascript:` URLs, found in a tree parsed
 * the way browsers parse (parse5). The escaping gate asserts that user-written text produced none of them.
 */
import {
	attribute,
	elements,
	parseHtml,
	parseHtmlFragment,
	textContent,
	type HtmlNode,
} from '../helpers/html-tree.ts';

/** Script types a browser executes; anything else (`application/json`, `application/ld+json`) is data. */
const EXECUTABLE_TYPES = new Set([
	'',
	'module',
	'text/javascript',
	'application/javascript',
	'text/ecmascript',
	'application/ecmascript',
]);
const URL_ATTRIBUTES = new Set([
	'href',
	'src',
	'action',
	'formaction',
	'xlink:href',
	'poster',
	'data',
	'background',
	'srcdoc',
]);

/**
 * @param marker text only a hostile payload contains (e.g. `alert(`): an executable script carrying it is injected
 * @returns one description per executable thing in `root` that user text could have put there
 */
export function executableMarkup(root: HtmlNode, marker: string): string[] {
	const found: string[] = [];
	for (const element of elements(root)) {
		const tag = element.tagName;
		for (const attr of element.attrs) {
			const name = attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name;
			if (/^on/i.test(name)) found.push(`<${tag} ${name}="${attr.value}">`);
			// Browsers ignore ASCII whitespace and control characters before the scheme.
			if (
				URL_ATTRIBUTES.has(name) &&
				/^javascript:/i.test(attr.value.replace(/[\u0000-\u0020]/g, ''))
			)
				found.push(`<${tag} ${name}="${attr.value}">`);
		}
		if (
			tag === 'meta' &&
			attribute(element, 'http-equiv')?.toLowerCase() === 'refresh' &&
			/javascript:/i.test(attribute(element, 'content') ?? '')
		) {
			found.push(`<meta http-equiv="refresh" content="${attribute(element, 'content')}">`);
		}
		if (tag === 'script') {
			const type = (attribute(element, 'type') ?? '').trim().toLowerCase();
			const src = attribute(element, 'src');
			if (!EXECUTABLE_TYPES.has(type)) continue;
			if (textContent(element).includes(marker))
				found.push(`<script> running ${JSON.stringify(textContent(element).slice(0, 80))}`);
			// Our scripts are Astro's bundles, served from the site itself.
			if (src !== undefined && !src.startsWith('/')) found.push(`<script src="${src}">`);
		}
		if (tag === 'iframe' || tag === 'object' || tag === 'embed') found.push(`<${tag}>`);
	}
	return found;
}

/** @returns executable markup in a whole HTML page. */
export function executableInPage(html: string, marker: string): string[] {
	return executableMarkup(parseHtml(html), marker);
}

/** @returns executable markup in text that a reader renders as HTML (an RSS title or description). */
export function executableInSnippet(html: string, marker: string): string[] {
	return executableMarkup(parseHtmlFragment(html), marker);
}
