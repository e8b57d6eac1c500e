/**
 * The start tags of an HTML page, read by parse5's tokenizer without building a tree: the link check needs only tags
 * and attributes, and skipping the tree makes it several times faster on a site of thousands of pages. The tokenizer
 * is switched into raw-text modes the way the tree builder does it (parse5-sax-parser does the same), so text inside
 * `<script>`, `<style>` or `<title>` is never taken for tags.
 */
import { Tokenizer, TokenizerMode, type TokenHandler, type Token } from 'parse5';

export interface StartTag {
	tagName: string;
	attrs: Token.Attribute[];
}

const TEXT_MODE: Record<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]> = {
	title: TokenizerMode.RCDATA,
	textarea: TokenizerMode.RCDATA,
	script: TokenizerMode.SCRIPT_DATA,
	style: TokenizerMode.RAWTEXT,
	xmp: TokenizerMode.RAWTEXT,
	iframe: TokenizerMode.RAWTEXT,
	noembed: TokenizerMode.RAWTEXT,
	noframes: TokenizerMode.RAWTEXT,
	// Browsers run scripts, so they read <noscript> as text (parse5's tree builder does too, by default).
	noscript: TokenizerMode.RAWTEXT,
	plaintext: TokenizerMode.PLAINTEXT,
};
const FOREIGN = new Set(['svg', 'math']);

/** Calls `visit` with each start tag of `html`, in document order. */
export function forEachStartTag(html: string, visit: (tag: StartTag) => void): void {
	let foreignDepth = 0;
	const ignore = () => {};
	const handler: TokenHandler = {
		onStartTag(token) {
			visit(token);
			if (FOREIGN.has(token.tagName) && !token.selfClosing) foreignDepth++;
			// Inside SVG and MathML, <style> and <title> hold markup; only HTML elements switch to text.
			const mode = foreignDepth === 0 ? TEXT_MODE[token.tagName] : undefined;
			if (mode !== undefined) tokenizer.state = mode;
			tokenizer.inForeignNode = foreignDepth > 0;
		},
		onEndTag(token) {
			if (FOREIGN.has(token.tagName) && foreignDepth > 0) foreignDepth--;
			tokenizer.inForeignNode = foreignDepth > 0;
		},
		onComment: ignore,
		onDoctype: ignore,
		onEof: ignore,
		onCharacter: ignore,
		onNullCharacter: ignore,
		onWhitespaceCharacter: ignore,
	};
	const tokenizer = new Tokenizer({}, handler);
	tokenizer.write(html, true);
}
