/**
 * Escaping gate: the `escaping` fixture puts `</title><script>`, `]]>`, quotes, `<img onerror>`, `<svg onload>` and
 * `javascript:` links into titles, summaries, update bodies and descriptions. Built into both sites, nothing of it may
 * be executable anywhere (HTML text and attributes, meta and Open Graph tags, RSS, the JSON API, embedded JSON, social
 * cards), and it must still read as the text the author wrote. Every file is parsed: HTML with parse5, XML with
 * fast-xml-parser.
 */
import escapeStringRegexp from 'escape-string-regexp';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	attribute,
	elements,
	parseHtml,
	parseHtmlFragment,
	textContent,
	type HtmlNode,
} from '../helpers/html-tree.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { urls } from '../../src/model/urls.ts';
import { build, ROOT } from '../helpers/run.ts';
import { executableInPage, executableInSnippet, executableMarkup } from './executable-markup.ts';
import { imageMetadata } from './image-metadata.ts';

const CONTENT = join(ROOT, 'tests/fixtures/escaping');
/** Only the payload calls `alert(`: a script that does is one the content injected. */
const MARKER = 'alert(';

const hb = openHandbook(CONTENT).handbook!;
const incident = hb.incidents.get('2026-10-02-website-down')!;
const postmortem = hb.postmortems.get('2026-10-02-website-down')!;
const runbook = [...hb.runbooks.values()][0]!;
const guide = [...hb.guides.values()][0]!;

/** @returns the site-relative paths of the files under `dir` ending in `ext`. */
function filesOf(dir: string, ext: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) =>
		file.endsWith(ext)
	);
}

/** @returns the `content` of the first `<meta>` whose property or name is `key`. */
function meta(document: HtmlNode, key: string): string | undefined {
	for (const element of elements(document)) {
		if (
			element.tagName === 'meta' &&
			(attribute(element, 'property') ?? attribute(element, 'name')) === key
		)
			return attribute(element, 'content');
	}
	return undefined;
}

function first(document: HtmlNode, tag: string): string | undefined {
	for (const element of elements(document))
		if (element.tagName === tag) return textContent(element);
	return undefined;
}

describe('escaping', () => {
	let internal: string;
	let publicSite: string;
	beforeAll(() => {
		const result = build(CONTENT);
		if (result.status !== 0)
			throw new Error(`The escaping fixture did not build:\n${result.output.slice(-4000)}`);
		internal = join(result.out, 'internal');
		publicSite = join(result.out, 'public');
	});

	/** @returns the one built page under `dir/section/` (public URLs are slugs of the public title). */
	const onlyPage = (dir: string, section: string) => {
		const [slug, ...more] = readdirSync(join(dir, section)).filter((name) =>
			existsSync(join(dir, section, name, 'index.html'))
		);
		expect(more).toEqual([]);
		return `/${section}/${slug}/`;
	};

	it('leaves nothing executable in any HTML page of either site', () => {
		const found: string[] = [];
		let pages = 0;
		for (const dir of [internal, publicSite]) {
			for (const file of filesOf(dir, '.html')) {
				pages++;
				for (const thing of executableInPage(readFileSync(join(dir, file), 'utf8'), MARKER))
					found.push(`${file}: ${thing}`);
			}
		}
		expect(pages).toBeGreaterThan(15);
		expect(found).toEqual([]);
	});

	it('keeps the text as written in titles, headings, meta and Open Graph tags, and card alt text', () => {
		const pages: [string, string, string, boolean][] = [
			[internal, urls.runbook(runbook.id), runbook.data.title, true],
			[internal, urls.incident(incident.id), incident.data.title, true],
			[internal, urls.postmortem(postmortem.id), postmortem.data.title, true],
			[internal, urls.guide(guide.id), guide.data.title, false],
			[publicSite, onlyPage(publicSite, 'incidents'), incident.data.publicTitle!, true],
			[publicSite, onlyPage(publicSite, 'postmortems'), postmortem.data.title, true],
		];
		for (const [dir, path, title, card] of pages) {
			const document = parseHtml(readFileSync(join(dir, path, 'index.html'), 'utf8'));
			expect(first(document, 'title'), path).toMatch(
				new RegExp(`^${escapeStringRegexp(title)} \\| `)
			);
			expect(first(document, 'h1'), path).toBe(title);
			expect(meta(document, 'og:title'), path).toBe(title);
			if (!card) continue;
			// "Runbook: <title>", or the title alone when it starts with the card's kind (cardAlt in src/og/head.ts).
			expect(meta(document, 'og:image:alt'), path).toMatch(
				new RegExp(`(^|: )${escapeStringRegexp(title)}$`)
			);
			// The card itself: a PNG the site serves, whose only text is drawn, with no metadata chunk to carry markup.
			const png = readFileSync(join(dir, new URL(meta(document, 'og:image')!).pathname));
			expect(png.subarray(1, 4).toString('latin1'), path).toBe('PNG');
			expect(imageMetadata(png), path).toEqual([]);
		}
		const document = parseHtml(
			readFileSync(join(internal, urls.guide(guide.id), 'index.html'), 'utf8')
		);
		expect(meta(document, 'description')).toBe(guide.data.description);
		expect(meta(document, 'og:description')).toBe(guide.data.description);
	});

	it('writes well-formed feeds whose titles are the text and whose descriptions render inert in a feed reader', () => {
		const feeds = [...filesOf(publicSite, '.xml'), ...filesOf(publicSite, '.atom')];
		expect(feeds).toEqual(
			expect.arrayContaining([
				'feed.xml',
				'feed.atom',
				'feeds/website.xml',
				'feeds/website.atom',
				'sitemap-index.xml',
			])
		);
		for (const file of feeds)
			expect(XMLValidator.validate(readFileSync(join(publicSite, file), 'utf8')), file).toBe(true);
		// One item per update, newest first; the HTML of each (RSS description, Atom content, JSON Feed content_html) is
		// HTML to readers: parsed as HTML, the update bodies must come out as their own text.
		const bodies = incident.data.updates.map((u) => u.body).reverse();
		const parser = new XMLParser({
			ignoreAttributes: false,
			isArray: (name) => name === 'item' || name === 'entry',
		});
		const items = (file: string): { title: string; html: string }[] => {
			const text = readFileSync(join(publicSite, file), 'utf8');
			if (file.endsWith('.json'))
				return (JSON.parse(text) as { items: { title: string; content_html: string }[] }).items.map(
					(i) => ({ title: i.title, html: i.content_html })
				);
			const feed = parser.parse(text) as {
				rss?: { channel: { item: { title: string; description: string }[] } };
				feed?: { entry: { title: string; content: { '#text': string } }[] };
			};
			return feed.rss
				? feed.rss.channel.item.map((i) => ({ title: i.title, html: i.description }))
				: feed.feed!.entry.map((e) => ({ title: e.title, html: e.content['#text'] }));
		};
		for (const file of [
			'feed.xml',
			'feed.atom',
			'feed.json',
			'feeds/website.xml',
			'feeds/website.atom',
			'feeds/website.json',
		]) {
			const written = items(file);
			for (const { title, html } of written) {
				expect(title.endsWith(`: ${incident.data.publicTitle}`), `${file}: ${title}`).toBe(true);
				expect(executableInSnippet(html, MARKER), file).toEqual([]);
			}
			// Its public postmortem is an item too, with the postmortem's title as text.
			const postmortemItem = written.find(
				(item) => item.title === `Postmortem: ${incident.data.publicTitle}`
			);
			const updates = written.filter((item) => item !== postmortemItem);
			expect(textContent(parseHtmlFragment(postmortemItem!.html)), file).toContain(
				postmortem.data.title
			);
			expect(updates.length, file).toBe(bodies.length);
			updates.forEach(({ html }, i) =>
				expect(textContent(parseHtmlFragment(html)), file).toContain(bodies[i])
			);
		}
	});

	it('keeps the text literal in the JSON API and in JSON embedded in pages', () => {
		const api = JSON.parse(readFileSync(join(publicSite, 'api/v2/incidents.json'), 'utf8')) as {
			incidents: { name: string; incident_updates: { body: string }[] }[];
		};
		expect(api.incidents.map((i) => i.name)).toEqual([incident.data.publicTitle]);
		expect(api.incidents[0]!.incident_updates.map((u) => u.body).sort()).toEqual(
			incident.data.updates.map((u) => u.body).sort()
		);
		for (const dir of [internal, publicSite]) {
			for (const file of filesOf(dir, '.json'))
				expect(() => JSON.parse(readFileSync(join(dir, file), 'utf8')), file).not.toThrow();
			for (const file of filesOf(dir, '.html')) {
				for (const element of elements(parseHtml(readFileSync(join(dir, file), 'utf8')))) {
					const type = attribute(element, 'type') ?? '';
					if (element.tagName === 'script' && /json/.test(type))
						expect(() => JSON.parse(textContent(element)), file).not.toThrow();
					for (const attr of element.attrs) {
						// `data-code` is Expressive Code's copy button: the code block's text, JSON only if the code is.
						if (
							attr.name.startsWith('data-') &&
							attr.name !== 'data-code' &&
							/^[[{]/.test(attr.value)
						)
							expect(() => JSON.parse(attr.value), `${file} ${attr.name}`).not.toThrow();
					}
				}
			}
		}
	});

	it('is shown failing: the checker finds what unescaped text would have made', () => {
		const title = incident.data.publicTitle!;
		const unescaped = `<!doctype html><html><head><title>${title}</title><meta property="og:title" content="${title}"></head><body><p>${incident.data.updates.at(-1)!.body}</p></body></html>`;
		expect(executableInPage(unescaped, MARKER)).toEqual(
			expect.arrayContaining([
				'<script> running "alert(1)"',
				'<img onerror="alert(2)">',
				'<a href="javascript:alert(3)">',
				'<svg onload="alert(6)">',
			])
		);
		expect(
			executableMarkup(parseHtmlFragment('<a href=" JaVaScRiPt:alert(7)">x</a>'), MARKER)
		).toEqual(['<a href=" JaVaScRiPt:alert(7)">']);
	});
});
