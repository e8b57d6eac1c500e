import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Tokenizer, TokenizerMode, type TokenHandler } from 'parse5';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/bench/random.ts';
import { EXAMPLE_INTERNAL, EXAMPLE_PUBLIC } from '../../tests/helpers/example-site.ts';
import { forEachStartTag, type StartTag } from './html-tags.ts';

const tags = (html: string) => {
	const seen: string[] = [];
	forEachStartTag(html, (tag: StartTag) => seen.push([tag.tagName, ...tag.attrs.map((a) => `${a.name}=${a.value}`)].join(' ')));
	return seen;
};

describe('forEachStartTag', () => {
	it('reports tags with their attributes, character references decoded', () => {
		expect(tags('<p id="a"><a href="/x/?a=1&amp;b=2">x</a></p>')).toEqual(['p id=a', 'a href=/x/?a=1&b=2']);
	});

	it('does not take the text of script, style, title, textarea or noscript for tags', () => {
		const html = '<title><a href="/t"></title><script>document.write("<a href=\'/s\'>")</script><style>a::after{content:"<a href=/c>"}</style><textarea><a href="/ta"></textarea><noscript><a href="/n"></a></noscript><a href="/real">';
		expect(tags(html)).toEqual(['title', 'script', 'style', 'textarea', 'noscript', 'a href=/real']);
	});

	it('reads markup inside SVG <style> and <title>, and SVG links by their written name', () => {
		expect(tags('<svg><title>t</title><use xlink:href="#icon"/><style><![CDATA[ .x{} ]]></style></svg><a href="/after">')).toEqual([
			'svg',
			'title',
			'use xlink:href=#icon',
			'style',
			'a href=/after',
		]);
	});

	it('skips comments, with the tags in them, to `-->` or `--!>` (and the empty `<!-->` and `<!--->`)', () => {
		const html = '<!-- <a href="/c"> --><!--><a href="/1"><!---><a href="/2"><!-- x --!><a href="/3"><!-- <!-- -- > ---><p>';
		expect(tags(html)).toEqual(['a href=/1', 'a href=/2', 'a href=/3', 'p']);
	});

	it('skips doctypes, `<?…>` and `<!…>` to the first `>`, even one in quotes', () => {
		expect(tags('<?xml version="1.0"?><!DOCTYPE html><!doctype html PUBLIC "a>b"><html lang=en><!x <a href="/no">')).toEqual(['html lang=en']);
	});

	it('reads unquoted, single-quoted and missing values, and a `>` in quotes', () => {
		expect(tags(`<a href=/x?y=1 title='it"s' class="c"><input disabled type=checkbox checked><p title="a>b" lang='x>y'>`)).toEqual([
			'a href=/x?y=1 title=it"s class=c',
			'input disabled= type=checkbox checked=',
			'p title=a>b lang=x>y',
		]);
	});

	it('lowercases tag and attribute names (ASCII letters only) and keeps the first of two attributes', () => {
		expect(tags('<DIV ID="Up" DaTa-X=1><SVG viewBox="0 0 1 1"></SVG><a href="/first" HREF="/second" href=/third><xÀB Ý=1>')).toEqual([
			'div id=Up data-x=1',
			'svg viewbox=0 0 1 1',
			'a href=/first',
			'xÀb Ý=1',
		]);
	});

	it('decodes character references in unquoted values as the standard does in attributes', () => {
		// `&copy=` stays as written (a reference without `;` before `=` or a letter), `&lt` before `>` is decoded.
		expect(tags('<a href=/x?a=1&amp;b=2&copy=3&lt>')).toEqual(['a href=/x?a=1&b=2&copy=3<']);
	});

	it('ends script text at `</script` followed by whitespace, `/` or `>`, in any case, with attributes', () => {
		const html = '<script>a</script ><p id=1><script>b</SCRIPT><p id=2><script>c</script/><p id=3><script>"</scripty><a>"</script\n foo=">"><p id=4><script>x</script';
		expect(tags(html)).toEqual(['script', 'p id=1', 'script', 'p id=2', 'script', 'p id=3', 'script', 'p id=4', 'script']);
	});

	it('keeps to the escape states of `<!--` in scripts, where `</script>` after `<script` does not end the script', () => {
		const html = `<script><!--<script>document.write("</script><a href='/no'>")</script>--></script><a href="/yes">`;
		expect(tags(html)).toEqual(['script', 'a href=/yes']);
	});

	it('skips end tags with their attributes', () => {
		expect(tags('<p>x</p title="<a href=/no>" data-x=1><b></B ><i></i/>')).toEqual(['p', 'b', 'i']);
	});

	it('reads odd markup as the tokenizer does: `<` in names, missing spaces, stray `<`', () => {
		expect(tags('a < b <3 < a> <a<b> <p <a href=x> <a href="x"title=y> <a =x/ y>')).toEqual(['a<b', 'p <a= href=x', 'a href=x title=y', 'a =x= y=']);
	});

	it('reports no tag cut off by the end of the input', () => {
		expect(tags('<p>text<a href="/x"')).toEqual(['p']);
		expect(tags('<p>text<a href="/x')).toEqual(['p']);
		expect(tags('<p><a')).toEqual(['p']);
		expect(tags('<p><!-- <a href="/x">')).toEqual(['p']);
		expect(tags('<p><title><a href="/x">')).toEqual(['p', 'title']);
	});
});

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
			found.push({ tagName: token.tagName, attrs: token.attrs.map(({ name, value }) => ({ name, value })) });
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
	...['x', ' ', '\n', '\r\n', '\r', '\t', '\f', '\0', 'À', 'İ', '😀', '\ud800', '<', '</', '<!', '<?', '>', '/', '/>', '"', "'", '=', '&', '-', '--', '->', '-->', '--!>', '!'],
	...['<!--', '<!-->', '<!--->', '<!DOCTYPE html>', '<!doctype x "a>b">', '<![CDATA[', ']]>', ']]]>', '<?xml?>', '</>', '</ x>', '<3', '< a'],
	...['<a', '<A', '<a href="/x">', '<p ', '<svg', '<svg/>', '<SVG>', '<math>', '<foreignObject>', '<img src=/i.png/>', '<use xlink:href="#i"/>', '<plaintext>'],
	...['<script>', '<SCRIPT ', '<script><!--', '<!--<script>', '<style>', '<title>', '<textarea>', '<noscript>', '<iframe>', '<xmp>', '<noembed>', '<noframes>', '<script', '<scriptx>'],
	...['</a>', '</svg>', '</math>', '</SVG>', '</script>', '</Script >', '</script/', '</scripts>', '</style>', '</title\n>', '</textarea x=">">', '</a x=">">', '</noscript>'],
	...[' href="/x?a=1&amp;b"', " href='/y'", ' href=/z&lt;', ' id', ' ID=Up', ' a=1 a=2', ' data-x="a>b"', ' =x', ' x=', ' title="a\r\nb"', ' x"y', ' `=`'],
	...['&notit;', '&amp', '&#x41', '&#65;', '&#0;', '&notin', '&#128;', '&#xD800;', '&#x110000;', '&copy=', '&lt9', '&AMP;', '&#', '&#x;', '&unknown;'],
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
		for (const html of documents) expect(startTags(html), JSON.stringify(html)).toEqual(parse5StartTags(html));
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
