import { describe, expect, it } from 'vitest';
import { forEachStartTag, type StartTag } from './html-tags.ts';

const tags = (html: string) => {
	const seen: string[] = [];
	forEachStartTag(html, (tag: StartTag) =>
		seen.push([tag.tagName, ...tag.attrs.map((a) => `${a.name}=${a.value}`)].join(' '))
	);
	return seen;
};

describe('forEachStartTag', () => {
	it('reports tags with their attributes, character references decoded', () => {
		expect(tags('<p id="a"><a href="/x/?a=1&amp;b=2">x</a></p>')).toEqual([
			'p id=a',
			'a href=/x/?a=1&b=2',
		]);
	});

	it('does not take the text of script, style, title, textarea or noscript for tags', () => {
		const html =
			'<title><a href="/t"></title><script>document.write("<a href=\'/s\'>")</script><style>a::after{content:"<a href=/c>"}</style><textarea><a href="/ta"></textarea><noscript><a href="/n"></a></noscript><a href="/real">';
		expect(tags(html)).toEqual([
			'title',
			'script',
			'style',
			'textarea',
			'noscript',
			'a href=/real',
		]);
	});

	it('reads markup inside SVG <style> and <title>, and SVG links by their written name', () => {
		expect(
			tags(
				'<svg><title>t</title><use xlink:href="#icon"/><style><![CDATA[ .x{} ]]></style></svg><a href="/after">'
			)
		).toEqual(['svg', 'title', 'use xlink:href=#icon', 'style', 'a href=/after']);
	});

	it('skips comments, with the tags in them, to `-->` or `--!>` (and the empty `<!-->` and `<!--->`)', () => {
		const html =
			'<!-- <a href="/c"> --><!--><a href="/1"><!---><a href="/2"><!-- x --!><a href="/3"><!-- <!-- -- > ---><p>';
		expect(tags(html)).toEqual(['a href=/1', 'a href=/2', 'a href=/3', 'p']);
	});

	it('skips doctypes, `<?…>` and `<!…>` to the first `>`, even one in quotes', () => {
		expect(
			tags(
				'<?xml version="1.0"?><!DOCTYPE html><!doctype html PUBLIC "a>b"><html lang=en><!x <a href="/no">'
			)
		).toEqual(['html lang=en']);
	});

	it('reads unquoted, single-quoted and missing values, and a `>` in quotes', () => {
		expect(
			tags(
				`<a href=/x?y=1 title='it"s' class="c"><input disabled type=checkbox checked><p title="a>b" lang='x>y'>`
			)
		).toEqual([
			'a href=/x?y=1 title=it"s class=c',
			'input disabled= type=checkbox checked=',
			'p title=a>b lang=x>y',
		]);
	});

	it('lowercases tag and attribute names (ASCII letters only) and keeps the first of two attributes', () => {
		expect(
			tags(
				'<DIV ID="Up" DaTa-X=1><SVG viewBox="0 0 1 1"></SVG><a href="/first" HREF="/second" href=/third><xÀB Ý=1>'
			)
		).toEqual(['div id=Up data-x=1', 'svg viewbox=0 0 1 1', 'a href=/first', 'xÀb Ý=1']);
	});

	it('decodes character references in unquoted values as the standard does in attributes', () => {
		// `&copy=` stays as written (a reference without `;` before `=` or a letter), `&lt` before `>` is decoded.
		expect(tags('<a href=/x?a=1&amp;b=2&copy=3&lt>')).toEqual(['a href=/x?a=1&b=2&copy=3<']);
	});

	it('ends script text at `</script` followed by whitespace, `/` or `>`, in any case, with attributes', () => {
		const html =
			'<script>a</script ><p id=1><script>b</SCRIPT><p id=2><script>c</script/><p id=3><script>"</scripty><a>"</script\n foo=">"><p id=4><script>x</script';
		expect(tags(html)).toEqual([
			'script',
			'p id=1',
			'script',
			'p id=2',
			'script',
			'p id=3',
			'script',
			'p id=4',
			'script',
		]);
	});

	it('keeps to the escape states of `<!--` in scripts, where `</script>` after `<script` does not end the script', () => {
		const html = `<script><!--<script>document.write("</script><a href='/no'>")</script>--></script><a href="/yes">`;
		expect(tags(html)).toEqual(['script', 'a href=/yes']);
	});

	it('skips end tags with their attributes', () => {
		expect(tags('<p>x</p title="<a href=/no>" data-x=1><b></B ><i></i/>')).toEqual(['p', 'b', 'i']);
	});

	it('reads odd markup as the tokenizer does: `<` in names, missing spaces, stray `<`', () => {
		expect(tags('a < b <3 < a> <a<b> <p <a href=x> <a href="x"title=y> <a =x/ y>')).toEqual([
			'a<b',
			'p <a= href=x',
			'a href=x title=y',
			'a =x= y=',
		]);
	});

	it('reports no tag cut off by the end of the input', () => {
		expect(tags('<p>text<a href="/x"')).toEqual(['p']);
		expect(tags('<p>text<a href="/x')).toEqual(['p']);
		expect(tags('<p><a')).toEqual(['p']);
		expect(tags('<p><!-- <a href="/x">')).toEqual(['p']);
		expect(tags('<p><title><a href="/x">')).toEqual(['p', 'title']);
	});
});
