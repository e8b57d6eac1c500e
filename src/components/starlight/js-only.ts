/** Splitting rendered HTML into its markup and its `<script>` elements, for controls that exist only with JavaScript. */

export interface SplitHtml {
	/** The HTML without its script elements. */
	markup: string;
	/** The script elements, in order, as written. */
	scripts: string;
}

// A script element's text cannot hold `</script`, so its end is the first one after its start.
const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;

/** @returns `html` (rendered by Astro) as its markup and its script elements */
export function splitScripts(html: string): SplitHtml {
	return { markup: html.replace(SCRIPT, ''), scripts: (html.match(SCRIPT) ?? []).join('') };
}
