/**
 * Built HTML read the way a browser reads it (parse5 implements the WHATWG parsing algorithm), for the escaping and
 * artifact gates that run over `dist/`. (The link check needs only tags: src/integration/html-tags.ts.)
 */
import { parse, parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';

export type HtmlNode = T.Node;
export type HtmlElement = T.Element;

/** @returns the document tree of a whole HTML page. */
export function parseHtml(html: string): T.Document {
	return parse(html);
}

/** @returns the tree of an HTML snippet (e.g. an RSS description a feed reader will render). */
export function parseHtmlFragment(html: string): T.DocumentFragment {
	return parseFragment(html);
}

/** @returns every node under `root` in document order, the contents of `<template>` included. */
export function* descendants(root: HtmlNode): Generator<HtmlNode> {
	const children = 'childNodes' in root ? root.childNodes : [];
	for (const child of children) {
		yield child;
		yield* descendants(child);
		if (isElement(child) && child.tagName === 'template')
			yield* descendants((child as T.Template).content);
	}
}

/** @returns every element under `root` in document order. */
export function* elements(root: HtmlNode): Generator<HtmlElement> {
	for (const node of descendants(root)) if (isElement(node)) yield node;
}

/** @returns whether `node` is an element (not text, a comment or a doctype). */
export function isElement(node: HtmlNode): node is HtmlElement {
	return 'tagName' in node;
}

/** @returns the value of attribute `name` (lowercase; `xlink:href` for namespaced ones), or undefined. */
export function attribute(element: HtmlElement, name: string): string | undefined {
	for (const attr of element.attrs)
		if ((attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name) === name) return attr.value;
	return undefined;
}

/** @returns the concatenated text of `element`'s text nodes. */
export function textContent(element: HtmlNode): string {
	let text = '';
	for (const node of descendants(element))
		if (node.nodeName === '#text') text += (node as T.TextNode).value;
	return text;
}
