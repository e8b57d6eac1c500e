/**
 * One line of YAML as an author reads it: its indentation, list dashes and `key: `, then the value. Wording a
 * mistake needs this on lines the parser could not make sense of, and the cheap pre-tests need it before any parse.
 */

/** A line's indentation, list dashes and `key: `, before its value. */
export const LINE_START =
	/^[ \t]*(?:-[ \t]+)*(?:(?:"[^"]*"|'[^']*'|[^\s'"#][^:#]*?):(?:[ \t]+|$))?/;

export interface SplitLine {
	/** Indentation and list dashes (`  - `). */
	lead: string;
	/** The key as written, without its `:` (absent on a list item or a line without `key: `). */
	key?: string;
	/** The rest of the line, trailing spaces and a `  # remark` left out. */
	value: string;
}

export function splitLine(line: string): SplitLine {
	const start = LINE_START.exec(line)![0];
	const lead = /^[ \t]*(?:-[ \t]+)*/.exec(start)![0];
	const key = start.slice(lead.length).replace(/:[ \t]*$/, '');
	const value = line
		.slice(start.length)
		.replace(/[ \t]{2,}#[ \t].*$/, '')
		.trimEnd();
	return { lead, ...(key ? { key } : {}), value };
}

/** @returns the line written with its value in double quotes, without its indentation: `text: "Paged: Lena"` */
export function quotedLine(line: string, value = splitLine(line).value): string {
	const { lead, key } = splitLine(line);
	const dash = lead.includes('-') ? '- ' : '';
	return `${dash}${key === undefined ? '' : `${key}: `}${JSON.stringify(value)}`;
}

/** @returns how many columns of spaces and tabs a line starts with */
export const indentOf = (line: string): number => /^[ \t]*/.exec(line)![0].length;

/** A quote opens a quoted scalar only where a value starts (`team's` holds an apostrophe, not a quote). */
const opensQuote = (text: string, i: number) =>
	(text[i] === '"' || text[i] === "'") && (i === 0 || /[\s[{,:]/.test(text[i - 1]!));

/** @returns the index of the bracket that closes `text[0]` on this line, skipping quoted text, or -1 */
export function closingBracket(text: string): number {
	let depth = 0;
	let quote = '';
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		if (quote) quote = char === quote ? '' : quote;
		else if (opensQuote(text, i)) quote = char;
		else if (char === '[' || char === '{') depth++;
		else if ((char === ']' || char === '}') && --depth === 0) return i;
	}
	return -1;
}

/** @returns the inside of a `[ ]` or `{ }` split at its commas outside quotes and brackets */
export function topLevelParts(text: string): string[] {
	const parts = [''];
	let depth = 0;
	let quote = '';
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		if (quote) quote = char === quote ? '' : quote;
		else if (opensQuote(text, i)) quote = char;
		else if (char === '[' || char === '{') depth++;
		else if (char === ']' || char === '}') depth--;
		else if (char === ',' && depth === 0) {
			parts.push('');
			continue;
		}
		parts[parts.length - 1] += char;
	}
	return parts;
}
