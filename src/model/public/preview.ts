/**
 * The internal preview of a public postmortem: the same projection the public site uses, with each redaction written
 * as a marker that the preview turns into a highlighted `<mark>` naming what was replaced. Markers are characters
 * of Unicode's private use area, which `plainText()` strips from all content, so content cannot forge one.
 */
import { escapeHtml } from './escape.ts';
import { REPLACEMENTS, type Marker, type RedactionKind } from './redact.ts';

const KINDS = Object.keys(REPLACEMENTS) as RedactionKind[];
const MARK = /\uE000(\d+)\uE001([^\uE000-\uE003]*)\uE002([^\uE000-\uE003]*)\uE003/g;

/** Writes a redaction as a marker (kind, original, replacement), for {@link highlightRedactions}. */
export const previewMarker: Marker = ({ kind, original, replacement }) =>
	`\uE000${KINDS.indexOf(kind)}\uE001${original}\uE002${replacement}\uE003`;

const KIND_LABEL: Record<RedactionKind, string> = {
	secret: 'secret',
	email: 'email address',
	ip: 'IP address',
	resource: 'internal resource',
	ticket: 'ticket key',
	phone: 'phone number',
	hostname: 'internal hostname',
	channel: 'chat channel',
	person: 'person',
	customer: 'customer',
	term: 'confidential term',
};

/**
 * @param html escaped HTML holding markers of {@link previewMarker}
 * @returns the HTML with each marker replaced by `<mark class="fb-redacted">` around the replacement, whose title
 * says what was replaced
 */
function highlightRedactions(html: string): string {
	return html.replace(MARK, (_, kind: string, original: string, replacement: string) => {
		const label = KIND_LABEL[KINDS[Number(kind)] ?? 'term'];
		// `original` is already escaped: it went through escapeHtml with the text around it.
		return `<mark class="fb-redacted" title="${label}: ${original}">${replacement}</mark>`;
	});
}

/** @returns a public body's HTML for the preview: redactions highlighted, heading ids prefixed so they stay unique. */
export function previewBodyHtml(html: string): string {
	return highlightRedactions(html).replace(/<h([2-6]) id="/g, '<h$1 id="public-preview-');
}

/** @returns plain text holding markers as highlighted, escaped HTML. */
export function highlightText(text: string): string {
	return highlightRedactions(escapeHtml(text));
}

/** @returns how many redactions an HTML or text holds. */
export function countRedactions(text: string): number {
	return text.match(MARK)?.length ?? 0;
}
