/** Escaping for the places user-written text lands in output we build by hand. */

/** @returns `text` safe inside HTML text and double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** @returns `value` as JSON to write inside a `<script>` element: a `<` is escaped, so no `</script>` or `<!--` ends or bends it. */
export function jsonForScript(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}
