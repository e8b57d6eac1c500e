/**
 * The public feeds as feed readers meet them: read by real parsers (rss-parser for RSS and Atom, @extractus's
 * feed-extractor for all three formats, fast-xml-parser for the structure), an item per customer update, and a new
 * item, with a guid no earlier item had, once the incident commander posts an update. The example as built by the
 * global setup is the "before"; one build of a copy with an update posted (and an internal marker planted) is the
 * "after".
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { extractFromJson, extractFromXml } from '@extractus/feed-extractor';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { scanForLeaks } from '../../src/integration/leak-scan.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { buildPublicArchive } from '../../src/model/public/archive.ts';
import { confidentialValues, internalRuns } from '../../src/model/public/confidential.ts';
import { FEED_FORMATS, FEED_MEDIA_TYPE } from '../../src/model/public/feed.ts';
import { publicUrls } from '../../src/model/public/urls.ts';
import type { FeedFormat } from '../../src/model/public/types.ts';
import { absoluteUrl } from '../../src/model/urls.ts';
import { EXAMPLE_PUBLIC } from '../helpers/example-site.ts';
import { exampleCopy, tempFolder } from '../helpers/fixture.ts';
import { build, ROOT, TODAY } from '../helpers/run.ts';
import { freshOutDir, readOutput } from './output.ts';

const example = openHandbook(join(ROOT, 'content')).handbook!;
const archive = buildPublicArchive(example, TODAY);
const SITE = archive.url;
const FILE = 'incidents/2026-11-23-api-elevated-latency.mdx';
/** The incident of FILE, open on the build's day. */
const open = archive.incidents.find((i) => i.id.startsWith(`${TODAY}-`) && !i.resolvedAt)!;
const MARKER = 'Quetzalcoatl-7731';
const NEW_BODY =
	'Traffic now avoids the affected data centre and response times are back to normal. We are monitoring.';

// The IC posts a third update; the same edit writes the marker into fields that never go out: the internal title, the
// summary, a timeline entry and the body.
const content = exampleCopy([
	{ file: FILE, replace: ['title: Elevated API latency', `title: ${MARKER} elevated API latency`] },
	{
		file: FILE,
		replace: [
			'summary: API p99 latency doubled;',
			`summary: ${MARKER} saw API p99 latency double;`,
		],
	},
	{
		file: FILE,
		replace: [
			'timeline:\n',
			`  - at: 2026-11-23T10:40:00+01:00\n    status: monitoring\n    body: >-\n      ${NEW_BODY}\ntimeline:\n  - at: 2026-11-23T10:30:00+01:00\n    text: ${MARKER} shifted the last gateway pods.\n`,
		],
	},
	{ file: FILE, replace: ['Internal notes.', `Internal notes by ${MARKER}.`] },
]);
const after = build(content, { site: 'public', out: freshOutDir() });
const AFTER_PUBLIC = join(after.out, 'public');
afterAll(() => rmSync(after.out, { recursive: true, force: true }));

const parser = new Parser();
const read = (site: string, file: string) => readFileSync(join(site, file), 'utf8');
const file = (format: FeedFormat, component?: string) =>
	(component ? publicUrls.componentFeed(component, format) : publicUrls.feed(format)).slice(1);
const xml = (text: string) =>
	new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: '@',
		isArray: (name) => ['item', 'entry', 'link', 'category'].includes(name),
	}).parse(text);
/** @returns the feed's entries as one consumer normalizes them, whatever the format. */
const extracted = (site: string, format: FeedFormat, component?: string) => {
	const text = read(site, file(format, component));
	const feed = format === 'json' ? extractFromJson(JSON.parse(text)) : extractFromXml(text);
	return feed.entries!.map((e) => ({ id: e.id, title: e.title, published: e.published }));
};
const feeds = [undefined, ...archive.components.map((c) => c.id)];

describe('the feeds of the example', () => {
	it('are RSS 2.0 with lastBuildDate from the newest item, atom:link self and a permanent guid per item', async () => {
		for (const component of feeds) {
			const text = read(EXAMPLE_PUBLIC, file('rss', component));
			expect(XMLValidator.validate(text), component).toBe(true);
			const { channel } = xml(text).rss;
			expect(channel['atom:link'], component).toEqual({
				'@href': absoluteUrl(SITE, `/${file('rss', component)}`),
				'@rel': 'self',
				'@type': 'application/rss+xml',
			});
			const feed = await parser.parseString(text);
			expect(feed.items.length, component).toBeGreaterThan(0);
			expect(new Date(feed.lastBuildDate).getTime(), component).toBe(
				Math.max(...feed.items.map((i) => new Date(i.pubDate!).getTime()))
			);
			expect(new Set(feed.items.map((i) => i.guid)).size, component).toBe(feed.items.length);
			for (const item of feed.items) expect(item.link, component).toBe(item.guid);
		}
	});

	it('are Atom 1.0 with the elements RFC 4287 requires, Statuspage-style HTML content and categories with a term', async () => {
		for (const component of feeds) {
			const text = read(EXAMPLE_PUBLIC, file('atom', component));
			expect(XMLValidator.validate(text), component).toBe(true);
			const { feed } = xml(text);
			expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
			for (const field of ['id', 'title', 'updated', 'author'])
				expect(feed[field], `${component} ${field}`).toBeDefined();
			expect(feed.link.map((l: Record<string, string>) => [l['@rel'], l['@type']])).toEqual([
				['alternate', 'text/html'],
				['self', 'application/atom+xml'],
			]);
			expect(feed.link[1]['@href']).toBe(absoluteUrl(SITE, `/${file('atom', component)}`));
			expect(feed.updated).toBe(
				feed.entry
					.map((e: { updated: string }) => e.updated)
					.sort((a: string, b: string) => Date.parse(b) - Date.parse(a))[0]
			);
			for (const entry of feed.entry) {
				for (const field of ['id', 'title', 'updated', 'published'])
					expect(entry[field], `${component} ${field}`).toBeTruthy();
				expect(entry.content['@type']).toBe('html');
				expect(entry.content['#text']).toMatch(/^<p>(<small>|<strong>)/);
				for (const category of entry.category ?? [])
					expect(category['@term']).toMatch(/^[a-z0-9-]+$/);
			}
			const parsed = await parser.parseString(text);
			expect(parsed.items.map((i) => i.id)).toEqual(feed.entry.map((e: { id: string }) => e.id));
		}
	});

	it('are JSON Feed 1.1 with the required fields and the feed_url they are served at', () => {
		for (const component of feeds) {
			const feed = JSON.parse(read(EXAMPLE_PUBLIC, file('json', component)));
			expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
			expect(feed.feed_url).toBe(absoluteUrl(SITE, `/${file('json', component)}`));
			expect(typeof feed.title).toBe('string');
			for (const item of feed.items) {
				expect(typeof item.id).toBe('string');
				expect(typeof item.content_html === 'string' && typeof item.content_text === 'string').toBe(
					true
				);
				expect(Number.isNaN(Date.parse(item.date_published))).toBe(false);
			}
		}
	});

	it('say the same in all three formats, newest first', () => {
		for (const component of feeds) {
			const [atom, ...others] = FEED_FORMATS.map((format) =>
				extracted(EXAMPLE_PUBLIC, format, component)
			);
			for (const other of others) expect(other, component).toEqual(atom);
			const times = atom!.map((e) => Date.parse(e.published!));
			expect(times, component).toEqual([...times].sort((a, b) => b - a));
		}
	});

	it('have an item for every customer update, linking to the update on its incident page', async () => {
		const guids = (await parser.parseString(read(EXAMPLE_PUBLIC, 'feed.xml'))).items.map(
			(i) => i.guid
		);
		const updates = archive.incidents.flatMap((i) =>
			i.updates.map((u) => absoluteUrl(SITE, `${i.url}#${u.id}`))
		);
		expect(updates.length).toBeGreaterThan(archive.incidents.length);
		expect(guids).toEqual(expect.arrayContaining(updates));
		const page = read(EXAMPLE_PUBLIC, `${open.url.slice(1)}index.html`);
		for (const update of open.updates) expect(page).toContain(`id="${update.id}"`);
	});

	it('have one feed per component with only the updates of incidents that affected it', () => {
		for (const component of archive.components) {
			const expected = archive.incidents
				.filter((i) => i.components.some((c) => c.id === component.id))
				.flatMap((i) => i.updates.map((u) => absoluteUrl(SITE, `${i.url}#${u.id}`)));
			const ids = extracted(EXAMPLE_PUBLIC, 'atom', component.id).map((e) => e.id);
			expect(
				ids.filter((id) => id.includes('/incidents/') && id.includes('#')).sort(),
				component.id
			).toEqual(expected.sort());
		}
	});

	it('are announced by <link rel="alternate"> on every public page; component pages add their components', () => {
		const pages = readOutput(EXAMPLE_PUBLIC).filter((f) => f.file.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(5);
		const alternates = (html: string) =>
			[...html.matchAll(/<link rel="alternate" type="([^"]+)" title="[^"]+" href="([^"]+)"/g)].map(
				(m) => [m[1], m[2]]
			);
		const site = FEED_FORMATS.map((format) => [
			FEED_MEDIA_TYPE[format],
			absoluteUrl(SITE, publicUrls.feed(format)),
		]);
		const ofComponents = (ids: readonly string[]) =>
			ids.flatMap((id) =>
				FEED_FORMATS.map((format) => [
					FEED_MEDIA_TYPE[format],
					absoluteUrl(SITE, publicUrls.componentFeed(id, format)),
				])
			);
		for (const page of pages) expect(alternates(page.raw).slice(0, 3), page.file).toEqual(site);
		expect(alternates(read(EXAMPLE_PUBLIC, 'index.html'))).toEqual([
			...site,
			...ofComponents(archive.components.map((c) => c.id)),
		]);
		expect(alternates(read(EXAMPLE_PUBLIC, `${open.url.slice(1)}index.html`))).toEqual([
			...site,
			...ofComponents(open.components.map((c) => c.id)),
		]);
	});
});

describe('after the incident commander posts an update', () => {
	it('builds', () => {
		expect(after.status, after.output).toBe(0);
	});

	it('every feed of the incident has a new item with a guid no earlier item had, and moves lastBuildDate to it', async () => {
		const newest = absoluteUrl(SITE, `${open.url}#${open.id}-${open.updates.length + 1}`);
		for (const component of [undefined, ...open.components.map((c) => c.id)]) {
			const before = await parser.parseString(read(EXAMPLE_PUBLIC, file('rss', component)));
			const now = await parser.parseString(read(AFTER_PUBLIC, file('rss', component)));
			const earlier = new Set(before.items.map((i) => i.guid));
			const added = now.items.filter((i) => !earlier.has(i.guid));
			expect(
				added.map((i) => [i.guid, i.title]),
				component
			).toEqual([[newest, `Monitoring: ${open.title}`]]);
			expect(added[0]!.content).toContain(NEW_BODY);
			expect(new Date(now.lastBuildDate).toISOString(), component).toBe('2026-11-23T09:40:00.000Z');
			// Earlier items are as they were: a reader that saw them never sees them again as changed.
			for (const item of before.items)
				expect(
					now.items.find((i) => i.guid === item.guid),
					item.guid
				).toEqual(item);
			const atom = await parser.parseString(read(AFTER_PUBLIC, file('atom', component)));
			expect(atom.items[0]!.id).toBe(newest);
			expect(atom.lastBuildDate).toBe('2026-11-23T10:40:00+01:00');
			const json = (site: string) =>
				JSON.parse(read(site, file('json', component))).items as { id: string }[];
			expect(json(AFTER_PUBLIC)[0]!.id).toBe(newest);
			for (const item of json(EXAMPLE_PUBLIC))
				expect(
					json(AFTER_PUBLIC).find((i) => i.id === item.id),
					item.id
				).toEqual(item);
		}
	});

	it('leaves the feeds of other components byte for byte as they were: nothing in them depends on the clock', () => {
		const others = archive.components.filter((c) => !open.components.some((o) => o.id === c.id));
		expect(others.length).toBeGreaterThan(0);
		for (const component of others)
			for (const format of FEED_FORMATS)
				expect(read(AFTER_PUBLIC, file(format, component.id)), `${component.id} ${format}`).toBe(
					read(EXAMPLE_PUBLIC, file(format, component.id))
				);
	});

	it('publishes nothing of the internal fields written in the same edit', () => {
		expect(read(content, FILE)).toContain(MARKER);
		const hits = readOutput(AFTER_PUBLIC).filter((f) => f.readable.includes(MARKER.toLowerCase()));
		expect(hits.map((f) => f.file)).toEqual([]);
	});

	it('is read by the leak scan in every feed format, the headers file and robots.txt', () => {
		const handbook = openHandbook(content).handbook!;
		const person = handbook.people.values().next().value!.data;
		const files = [
			'feed.xml',
			'feed.atom',
			'feed.json',
			`feeds/${open.components[0]!.id}.atom`,
			`feeds/${open.components[0]!.id}.json`,
			'_headers',
			'robots.txt',
		];
		const planted = tempFolder(
			Object.fromEntries(files.map((f) => [f, `${read(AFTER_PUBLIC, f)}\n${person.name}\n`]))
		);
		const { leaks } = scanForLeaks(planted, confidentialValues(handbook), internalRuns(handbook));
		expect(
			leaks
				.filter((l) => l.value === person.name)
				.map((l) => l.file)
				.sort()
		).toEqual([...files].sort());
	});
});
