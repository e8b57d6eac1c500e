/** Rule texts mark field names with backticks, as in the manual; pages render those parts as code. */

/** @returns the text cut into plain and code parts (odd parts between backticks are code). */
export function inlineCodeParts(text: string): { code: boolean; text: string }[] {
	return text
		.split('`')
		.map((part, i) => ({ code: i % 2 === 1, text: part }))
		.filter((part) => part.text !== '');
}
