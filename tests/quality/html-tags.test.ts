/**
 * The start-tag scanner of the link check (src/integration/html-tags.ts) held to parse5's tokenizer, the reference: on
 * every page of the built example sites, on tricky documents and on 3,000 generated ones. Its unit tests are beside it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Tokenizer, TokenizerMode, type TokenHandler } from 'parse5';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/bench/random.ts';
import { forEachStartTag, type StartTag } from '../../src/integration/html-tags.ts';
import { EXAMPLE_INTERNAL, EXAMPLE_PUBLIC } from '../helpers/example-site.ts';

/** The same walk by parse5's tokenizer, switched into text modes the way its tree builder does: the reference. */
function parse5StartTags(html: string): StartTag[] {
	const textMode: Record<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]> = {
		title: TokenizerMode.RCDATA,
		textarea: TokenizerMode.RCDATA,
		script: TokenizerMode.SCRIPT_DATA,
		style: TokenizerMode.RAWTEXT,
		xmp: TokenizerMode.RAWTEXT,
		iframe: TokenizerMode.RAWTEXT,
		noembed: TokenizerMode.RAWTEXT,
		noframes: TokenizerMode.RAWTEXT,
		noscript: TokenizerMode.RAWTEXT,
		plaintext: TokenizerMode.PLAINTEXT,
	};
	const foreign = new Set(['svg', 'math']);
	const found: StartTag[] = [];
	let foreignDepth = 0;
	const ignore = () => {};
	const handler: TokenHandler = {
		onStartTag(token) {
			found.push({
				tagName: token.tagName,
				attrs: token.attrs.map(({ name, value }) => ({ name, value })),
			});
			if (foreign.has(token.tagName) && !token.selfClosing) foreignDepth++;
			const mode = foreignDepth === 0 ? textMode[token.tagName] : undefined;
			if (mode !== undefined) tokenizer.state = mode;
			tokenizer.inForeignNode = foreignDepth > 0;
		},
		onEndTag(token) {
			if (foreign.has(token.tagName) && foreignDepth > 0) foreignDepth--;
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
	return found;
}

const startTags = (html: string) => {
	const found: StartTag[] = [];
	forEachStartTag(html, (tag) => found.push(tag));
	return found;
};

/** Markup the scanner could get wrong, joined at random into documents. */
const FRAGMENTS = [
	...[
		'x',
		' ',
		'\n',
		'\r\n',
		'\r',
		'\t',
		'\f',
		'\0',
		'À',
		'İ',
		'😀',
		'\ud800',
		'<',
		'</',
		'<!',
		'<?',
		'>',
		'/',
		'/>',
		'"',
		"'",
		'=',
		'&',
		'-',
		'--',
		'->',
		'-->',
		'--!>',
		'!',
	],
	...[
		'<!--',
		'<!-->',
		'<!--->',
		'<!DOCTYPE html>',
		'<!doctype x "a>b">',
		'<![CDATA[',
		']]>',
		']]]>',
		'<?xml?>',
		'</>',
		'</ x>',
		'<3',
		'< a',
	],
	...[
		'<a',
		'<A',
		'<a href="/x">',
		'<p ',
		'<svg',
		'<svg/>',
		'<SVG>',
		'<math>',
		'<foreignObject>',
		'<img src=/i.png/>',
		'<use xlink:href="#i"/>',
		'<plaintext>',
	],
	...[
		'<script>',
		'<SCRIPT ',
		'<script><!--',
		'<!--<script>',
		'<style>',
		'<title>',
		'<textarea>',
		'<noscript>',
		'<iframe>',
		'<xmp>',
		'<noembed>',
		'<noframes>',
		'<script',
		'<scriptx>',
	],
	...[
		'</a>',
		'</svg>',
		'</math>',
		'</SVG>',
		'</script>',
		'</Script >',
		'</script/',
		'</scripts>',
		'</style>',
		'</title\n>',
		'</textarea x=">">',
		'</a x=">">',
		'</noscript>',
	],
	...[
		' href="/x?a=1&amp;b"',
		" href='/y'",
		' href=/z&lt;',
		' id',
		' ID=Up',
		' a=1 a=2',
		' data-x="a>b"',
		' =x',
		' x=',
		' title="a\r\nb"',
		' x"y',
		' `=`',
	],
	...[
		'&notit;',
		'&amp',
		'&#x41',
		'&#65;',
		'&#0;',
		'&notin',
		'&#128;',
		'&#xD800;',
		'&#x110000;',
		'&copy=',
		'&lt9',
		'&AMP;',
		'&#',
		'&#x;',
		'&unknown;',
	],
];

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name));
}

describe('forEachStartTag and parse5', () => {
	it('find the same tags in every page of the example sites', () => {
		const files = [...htmlFiles(EXAMPLE_INTERNAL), ...htmlFiles(EXAMPLE_PUBLIC)];
		expect(files.length).toBeGreaterThan(20);
		let count = 0;
		for (const file of files) {
			const html = readFileSync(file, 'utf8');
			const expected = parse5StartTags(html);
			expect(startTags(html), file).toEqual(expected);
			count += expected.length;
		}
		expect(count).toBeGreaterThan(1000);
	});

	it('find the same tags in tricky documents', () => {
		const documents = [
			'<svg><![CDATA[<a href="/no">]]><a href="/yes"></svg><![CDATA[<a href="/bogus">]]><p>',
			'<svg><foreignObject><p><title><a href="/in-svg"></title></foreignObject></svg><title><a href="/text"></title>',
			'<math><mi>x</mi><style><a href=/m></style></math><style><a href=/s></style><b>',
			'<svg/><title><a href="/text"></title><svg><svg></svg><title><a href="/svg"></title></svg><title><a></title>',
			'<a title="line\r\nbreak\rand\nmore" id=\0x\0 \0=1><p\0 data-\0>',
			'<script><!--<script></script><a href="/no">--></script><a href="/yes"><script><!--></script><i>',
			'<script><!-- x --><a></script><b><script><!--<SCRIPT>--></script><c><script><!--<script>--><d></script><e>',
			'<xmp><a></xmp><iframe><a></iframe ><noembed><a></noembed><noframes><a></noframes/><plaintext></plaintext><a>',
			'<textarea>&lt;a&gt; <a href="/no"></textareax></textarea><a href="/yes">',
			'<a href="&#x1F600;&#128;&#0;&#xD800;&notin;&notit;&AMP;&#65&amp">',
		];
		for (const html of documents)
			expect(startTags(html), JSON.stringify(html)).toEqual(parse5StartTags(html));
	});

	it('find the same tags in 3,000 documents made of tricky fragments', () => {
		const random = seededRandom(20_261_123);
		let count = 0;
		for (let i = 0; i < 3000; i++) {
			const html = Array.from({ length: random.int(1, 40) }, () => random.pick(FRAGMENTS)).join('');
			const expected = parse5StartTags(html);
			expect(startTags(html), JSON.stringify(html)).toEqual(expected);
			count += expected.length;
		}
		expect(count).toBeGreaterThan(3000);
	});
});
