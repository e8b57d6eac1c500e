/**
 * The start tags of an HTML page, found by a hand-written scanner that follows the HTML standard's tokenizer wherever
 * it decides what is a tag and what its attributes are: the link check needs nothing else. parse5's tokenizer gave the
 * same results, but runs its state machine one code point at a time, which made it most of the link check's time on a
 * large site. The scanner jumps from `<` to `<` with `indexOf` and slices names and values out whole. The text of `<script>`, `<style>`, `<title>` and the like is
 * skipped to its end tag, where the tree builder switches the tokenizer to text, so it is never taken for tags.
 * html-tags.test.ts holds the scanner to parse5 on built pages and on thousands of generated tricky documents.
 */
import { decodeHTMLAttribute } from 'entities';

interface Attribute {
	name: string;
	value: string;
}

export interface StartTag {
	tagName: string;
	attrs: Attribute[];
}

/** HTML elements whose content is text up to their end tag (RCDATA and RAWTEXT, which differ only in decoding `&`). */
const RAW_TEXT = new Set([
	'title',
	'textarea',
	'style',
	'xmp',
	'iframe',
	'noembed',
	'noframes',
	// Browsers run scripts, so they read <noscript> as text (parse5's tree builder does too, by default).
	'noscript',
]);
const FOREIGN = new Set(['svg', 'math']);

const TAB = 9;
const LF = 10;
const FF = 12;
const SPACE = 32;
const BANG = 33;
const QUOTE = 34;
const APOSTROPHE = 39;
const DASH = 45;
const SLASH = 47;
const LT = 60;
const EQUALS = 61;
const GT = 62;
const QUESTION = 63;

/** Calls `visit` with each start tag of `html`, in document order. */
export function forEachStartTag(html: string, visit: (tag: StartTag) => void): void {
	const scanner = new Scanner(html);
	const text = scanner.html;
	// Inside SVG and MathML, <style> and <title> hold markup and `<![CDATA[` opens a CDATA section.
	let foreignDepth = 0;
	for (;;) {
		const lt = text.indexOf('<', scanner.pos);
		if (lt === -1) return;
		const next = text.charCodeAt(lt + 1);
		let more = true;
		if (isLetter(next)) {
			scanner.pos = lt + 1;
			const tagName = scanner.tagName();
			const attrs: Attribute[] = [];
			// A tag cut off by the end of the input is no tag.
			if (!scanner.attributes(attrs)) return;
			visit({ tagName, attrs });
			if (FOREIGN.has(tagName)) {
				if (!scanner.selfClosing) foreignDepth++;
			} else if (foreignDepth === 0) {
				if (tagName === 'script') more = scanner.skipScript();
				else if (RAW_TEXT.has(tagName)) more = scanner.skipRawText(tagName);
				else if (tagName === 'plaintext') return;
			}
		} else if (next === SLASH) {
			const first = text.charCodeAt(lt + 2);
			if (isLetter(first)) {
				scanner.pos = lt + 2;
				const tagName = scanner.tagName();
				more = scanner.attributes(undefined);
				if (FOREIGN.has(tagName) && foreignDepth > 0) foreignDepth--;
			} else if (first === GT) scanner.pos = lt + 3;
			// `</` and no letter: a bogus comment.
			else more = scanner.skipPast('>', lt + 2);
		} else if (next === BANG) {
			if (text.startsWith('--', lt + 2)) more = scanner.skipComment(lt + 4);
			else if (foreignDepth > 0 && text.startsWith('[CDATA[', lt + 2))
				more = scanner.skipPast(']]>', lt + 9);
			// A doctype ends at the first `>` (even inside its quotes), like a bogus comment.
			else more = scanner.skipPast('>', lt + 2);
		} else if (next === QUESTION) more = scanner.skipPast('>', lt + 2);
		// A `<` before anything else is text.
		else scanner.pos = lt + 1;
		if (!more) return;
	}
}

/** A position in a page, and the tokenizer states that matter for finding tags. */
class Scanner {
	readonly html: string;
	/** Where the next `<` is looked for. */
	pos = 0;
	/** Whether the tag last read by `attributes()` ended with `/>`. */
	selfClosing = false;

	constructor(html: string) {
		// The tokenizer reads CR and CRLF as LF (kept in attribute values) and NUL in names and values as U+FFFD.
		if (html.includes('\r')) html = html.replace(/\r\n?/g, '\n');
		if (html.includes('\0')) html = html.replaceAll('\0', '\uFFFD');
		this.html = html;
	}

	/** @returns the tag name at `pos` (which starts with a letter), ASCII-lowercased; moves `pos` past it */
	tagName(): string {
		const { html } = this;
		const start = this.pos;
		let end = start;
		let upper = false;
		for (
			let c = html.charCodeAt(end);
			end < html.length && !isSpace(c) && c !== SLASH && c !== GT;
			c = html.charCodeAt(++end)
		) {
			if (isUpper(c)) upper = true;
		}
		this.pos = end;
		const name = html.slice(start, end);
		return upper ? asciiLower(name) : name;
	}

	/**
	 * Reads the attributes of a tag from `pos` (after its name) to its `>`, and moves `pos` past it.
	 * @param attrs receives the attributes (the first of two with the same name), none for an end tag
	 * @returns false if the input ends inside the tag
	 */
	attributes(attrs: Attribute[] | undefined): boolean {
		const { html } = this;
		const length = html.length;
		let p = this.pos;
		this.selfClosing = false;
		for (;;) {
			let c = html.charCodeAt(p);
			while (isSpace(c)) c = html.charCodeAt(++p);
			if (p >= length) return false;
			if (c === GT) {
				this.pos = p + 1;
				return true;
			}
			if (c === SLASH) {
				if (html.charCodeAt(p + 1) === GT) {
					this.selfClosing = true;
					this.pos = p + 2;
					return true;
				}
				// A stray `/` is skipped.
				p++;
				continue;
			}
			const nameStart = p;
			let upper = false;
			// A name may start with `=` (`<a =x>`), but ends at the next one.
			if (c === EQUALS) c = html.charCodeAt(++p);
			for (
				;
				p < length && !isSpace(c) && c !== SLASH && c !== GT && c !== EQUALS;
				c = html.charCodeAt(++p)
			) {
				if (isUpper(c)) upper = true;
			}
			const name = upper ? asciiLower(html.slice(nameStart, p)) : html.slice(nameStart, p);
			while (isSpace(c)) c = html.charCodeAt(++p);
			let value = '';
			if (c === EQUALS) {
				c = html.charCodeAt(++p);
				while (isSpace(c)) c = html.charCodeAt(++p);
				if (c === QUOTE || c === APOSTROPHE) {
					const close = html.indexOf(c === QUOTE ? '"' : "'", p + 1);
					if (close === -1) return false;
					value = html.slice(p + 1, close);
					p = close + 1;
				} else if (c !== GT) {
					// Unquoted; `<a href=>` has an empty value and ends there.
					const start = p;
					while (p < length && !isSpace(c) && c !== GT) c = html.charCodeAt(++p);
					value = html.slice(start, p);
				}
			}
			if (attrs && !has(attrs, name))
				attrs.push({ name, value: value.includes('&') ? decodeHTMLAttribute(value) : value });
		}
	}

	/** Moves `pos` past the first `end` from `from`. @returns false if there is none */
	skipPast(end: string, from: number): boolean {
		const at = this.html.indexOf(end, from);
		if (at === -1) return false;
		this.pos = at + end.length;
		return true;
	}

	/**
	 * Moves `pos` past the end of a comment whose text starts at `from` (after `<!--`): `-->` or `--!>`, with any
	 * number of dashes, or `>` or `->` right at the start.
	 * @returns false if the comment runs to the end of the input
	 */
	skipComment(from: number): boolean {
		const { html } = this;
		if (html.charCodeAt(from) === GT) return this.skipPast('>', from);
		if (html.startsWith('->', from)) return this.skipPast('->', from);
		for (let p = from; ;) {
			const dashes = html.indexOf('--', p);
			if (dashes === -1) return false;
			p = dashes + 2;
			while (html.charCodeAt(p) === DASH) p++;
			if (html.charCodeAt(p) === GT) return this.skipPast('>', p);
			if (html.startsWith('!>', p)) return this.skipPast('!>', p);
		}
	}

	/** Moves `pos` past the end tag of RCDATA or RAWTEXT (`</title`, any case). @returns false if there is none */
	skipRawText(tagName: string): boolean {
		for (let p = this.pos; ;) {
			const lt = this.html.indexOf('</', p);
			if (lt === -1) return false;
			if (this.isTagName(lt + 2, tagName)) return this.endTag(lt + 2 + tagName.length);
			p = lt + 2;
		}
	}

	/**
	 * Moves `pos` past the `</script` end tag of script text. Like the standard, a `<!--` in a script starts an
	 * escaped part in which `<script` starts a double-escaped part, where `</script` does not end the script but
	 * the double-escaped part; `-->` ends either.
	 * @returns false if there is no end tag
	 */
	skipScript(): boolean {
		const { html } = this;
		let p = this.pos;
		let escaped = false;
		let doubleEscaped = false;
		let dashes = 0;
		while (p < html.length) {
			if (!escaped) {
				const lt = html.indexOf('<', p);
				if (lt === -1) return false;
				const next = html.charCodeAt(lt + 1);
				if (next === SLASH && this.isTagName(lt + 2, 'script')) return this.endTag(lt + 8);
				if (next === BANG && html.startsWith('--', lt + 2)) {
					escaped = true;
					dashes = 2;
					p = lt + 4;
				} else p = lt + 1;
				continue;
			}
			const c = html.charCodeAt(p);
			if (c === DASH) {
				dashes++;
				p++;
				continue;
			}
			if (c === GT && dashes >= 2) escaped = doubleEscaped = false;
			dashes = 0;
			if (c !== LT) {
				p++;
			} else if (html.charCodeAt(p + 1) === SLASH && this.isTagName(p + 2, 'script')) {
				if (!doubleEscaped) return this.endTag(p + 8);
				doubleEscaped = false;
				p += 8;
			} else if (!doubleEscaped && this.isTagName(p + 1, 'script')) {
				doubleEscaped = true;
				p += 7;
			} else p++;
		}
		return false;
	}

	/** @returns whether `tagName` (lowercase) is at `p` in any case, followed by whitespace, `/` or `>` */
	private isTagName(p: number, tagName: string): boolean {
		const { html } = this;
		for (let i = 0; i < tagName.length; i++)
			if ((html.charCodeAt(p + i) | 0x20) !== tagName.charCodeAt(i)) return false;
		const after = html.charCodeAt(p + tagName.length);
		return isSpace(after) || after === SLASH || after === GT;
	}

	/** Reads an end tag from after its name (its attributes are read, not kept). */
	private endTag(p: number): boolean {
		this.pos = p;
		return this.attributes(undefined);
	}
}

function isSpace(c: number): boolean {
	return c === SPACE || c === LF || c === TAB || c === FF;
}

function isLetter(c: number): boolean {
	const lower = c | 0x20;
	return lower >= 97 && lower <= 122;
}

function isUpper(c: number): boolean {
	return c >= 65 && c <= 90;
}

/** Lowercases ASCII letters only, as the tokenizer does (`toLowerCase` also changes `À` and `İ`). */
function asciiLower(name: string): string {
	return /[^\x00-\x7f]/.test(name)
		? name.replace(/[A-Z]/g, (letter) => letter.toLowerCase())
		: name.toLowerCase();
}

function has(attrs: readonly Attribute[], name: string): boolean {
	for (const attr of attrs) if (attr.name === name) return true;
	return false;
}
