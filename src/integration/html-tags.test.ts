import { describe, expect, it } from 'vitest';
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
});
