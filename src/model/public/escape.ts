/** Escaping for the places user-written text lands in output we build by hand. */

/** @returns `text` safe inside HTML text and double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
