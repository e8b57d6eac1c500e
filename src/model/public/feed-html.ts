/** The HTML and text pieces every feed item is made of, Statuspage's way: escaped for HTML, words kept apart. */
import { formatTimestamp } from '../time.ts';
import { escapeHtml } from './escape.ts';

type Component = { id: string; name: string };

/** @returns the non-empty texts as paragraphs of plain text. */
export function paragraphs(...texts: string[]): string {
	return texts.filter(Boolean).join('\n\n');
}

/**
 * @param trail the updates up to the one an item announces, newest first
 * @returns a paragraph per update: `<small>` time, `<strong>` status, the body
 */
export function trailHtml<S>(
	trail: readonly { at: Date; status: S; body: string }[],
	label: (status: S) => string,
	timeZone: string
): string {
	// Line breaks between the parts, so that a reader that reduces the HTML to text keeps words apart.
	return trail
		.map(
			(u) =>
				`<p><small>${escapeHtml(formatTimestamp(u.at, timeZone))}</small><br>\n<strong>${label(u.status)}</strong> - ${bodyHtml(u.body)}</p>`
		)
		.join('\n');
}

function bodyHtml(body: string): string {
	return escapeHtml(body).replace(/\r?\n/g, '<br>');
}

/** @param what `incident` or `scheduled maintenance`, as Statuspage words it */
export function affectedHtml(components: readonly Component[], what = 'incident'): string {
	return components.length > 0 ? `<p>${escapeHtml(affectedText(components, what))}</p>` : '';
}

/** @returns "This incident affected: Payments API and Website." (empty without components) */
export function affectedText(components: readonly Component[], what = 'incident'): string {
	const names = components.map((c) => c.name);
	if (names.length === 0) return '';
	const list =
		names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
	return `This ${what} affected: ${list}.`;
}
