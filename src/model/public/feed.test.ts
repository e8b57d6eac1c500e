import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FEED_ITEM_LIMIT, feedItems, feedLinks, publicFeed } from './feed.ts';
import { feedDocument } from './feed-formats.ts';
import type {
	PublicArchive,
	PublicIncident,
	PublicIncidentUpdate,
	PublicMaintenance,
	PublicMaintenanceUpdate,
} from './types.ts';

const ZONE = 'Europe/Berlin';
const at = (iso: string) => new Date(iso);

function incident(
	id: string,
	updates: Omit<PublicIncidentUpdate, 'id'>[],
	components = [{ id: 'api', name: 'Payments API', impact: 'partial_outage' as const }]
): PublicIncident {
	// Newest first, ids by position from the oldest, as the projection makes them.
	const numbered = updates.map((u, i) => ({ ...u, id: `${id}-${i + 1}` })).reverse();
	return {
		id,
		url: `/incidents/${id}/`,
		title: `Title of ${id}`,
		impact: 'major',
		status: numbered[0]?.status ?? 'investigating',
		startedAt: at('2026-11-20T10:00:00Z'),
		updatedAt: numbered[0]?.at ?? at('2026-11-20T10:00:00Z'),
		components,
		updates: numbered,
	};
}

function maintenance(
	id: string,
	updates: Omit<PublicMaintenanceUpdate, 'id'>[]
): PublicMaintenance {
	const numbered = updates.map((u, i) => ({ ...u, id: `${id}-${i + 1}` })).reverse();
	return {
		id,
		url: `/maintenance/${id}/`,
		title: `Maintenance ${id}`,
		status: numbered[0]?.status ?? 'scheduled',
		phase: 'upcoming',
		scheduledFor: at('2026-11-28T01:00:00Z'),
		scheduledUntil: at('2026-11-28T03:00:00Z'),
		createdAt: updates[0]?.at ?? at('2026-11-28T01:00:00Z'),
		updatedAt: numbered[0]?.at ?? at('2026-11-28T01:00:00Z'),
		components: [{ id: 'web', name: 'Website' }],
		updates: numbered,
	};
}

function archiveOf(
	incidents: PublicIncident[],
	maintenances: PublicMaintenance[] = []
): PublicArchive {
	return {
		name: 'Acme',
		url: 'https://status.acme.example',
		timeZone: ZONE,
		staleAfterHours: 3,
		today: '2026-11-23',
		asOf: at('2026-11-23T23:00:00Z'),
		updatedAt: at('2026-11-22T23:00:00Z'),
		status: { indicator: 'none', description: 'All Systems Operational' },
		components: [
			{
				id: 'api',
				name: 'Payments API',
				position: 1,
				status: 'operational',
				days: [],
				uptime: { days30: 100, days90: 100 },
			},
			{
				id: 'web',
				name: 'Website',
				position: 2,
				status: 'operational',
				days: [],
				uptime: { days30: 100, days90: 100 },
			},
		],
		incidents,
		postmortems: [],
		maintenances,
	};
}

const first = {
	status: 'investigating' as const,
	body: 'Looking into it.',
	at: at('2026-11-20T10:05:00Z'),
};
const second = { status: 'identified' as const, body: 'Found it.', at: at('2026-11-20T10:30:00Z') };

describe('feed items', () => {
	it('are one per update; a posted update adds an item with a new id and leaves the others as they were', () => {
		const before = feedItems(archiveOf([incident('a', [first])]));
		const after = feedItems(archiveOf([incident('a', [first, second])]));
		expect(after.map((i) => i.id)).toEqual([
			'https://status.acme.example/incidents/a/#a-2',
			...before.map((i) => i.id),
		]);
		expect(after[1]).toEqual(before[0]);
		expect(after[0]!.title).toBe('Identified: Title of a');
		// The trail up to the update, newest first, as Statuspage's entries carry it.
		expect(after[0]!.html.indexOf('Found it.')).toBeLessThan(
			after[0]!.html.indexOf('Looking into it.')
		);
		expect(after[0]!.text).toBe('Identified - Found it.\n\nThis incident affected: Payments API.');
	});

	it('give an incident with no update yet one item, dated at its start', () => {
		const [item, ...rest] = feedItems(archiveOf([incident('quiet', [])]));
		expect(rest).toEqual([]);
		expect(item).toMatchObject({
			id: 'https://status.acme.example/incidents/quiet/',
			at: at('2026-11-20T10:00:00Z'),
			title: 'Investigating: Title of quiet',
		});
	});
});

describe('feed items of maintenance', () => {
	const announced = {
		status: 'scheduled' as const,
		body: 'We will upgrade the website <b>.',
		at: at('2026-11-20T09:00:00Z'),
	};
	const started = {
		status: 'in_progress' as const,
		body: 'Started.',
		at: at('2026-11-28T01:01:00Z'),
	};

	it('are one per update with a permanent id, the window and the components, and filed under the maintenance’s components', () => {
		const before = feedItems(archiveOf([], [maintenance('m', [announced])]));
		const archive = archiveOf([incident('a', [first])], [maintenance('m', [announced, started])]);
		const after = feedItems(archive).filter((i) => i.url.includes('/maintenance/'));
		expect(after.map((i) => i.id)).toEqual([
			'https://status.acme.example/maintenance/m/#m-2',
			'https://status.acme.example/maintenance/m/#m-1',
		]);
		expect(after[1]).toEqual(before[0]);
		expect(after[0]).toMatchObject({
			title: 'In progress: Maintenance m',
			at: started.at,
			status: 'in_progress',
			incident: { id: 'm', impact: 'maintenance' },
		});
		expect(after[0]!.html.indexOf('Started.')).toBeLessThan(
			after[0]!.html.indexOf('We will upgrade')
		);
		expect(after[1]!.html).toContain('We will upgrade the website &#60;b&#62;.');
		expect(after[0]!.text).toBe(
			'In progress - Started.\n\nScheduled for 2026-11-28 02:00–04:00 GMT+1.\n\nThis scheduled maintenance affected: Website.'
		);
		expect(
			publicFeed(archive, feedItems(archive), archive.components[1]).items.map((i) => i.id)
		).toEqual(after.map((i) => i.id));
		expect(
			publicFeed(archive, feedItems(archive), archive.components[0]).items.map((i) => i.url)
		).toEqual(['https://status.acme.example/incidents/a/#a-1']);
	});

	it('give a maintenance not announced yet one item for the window', () => {
		expect(feedItems(archiveOf([], [maintenance('quiet', [])]))).toMatchObject([
			{
				id: 'https://status.acme.example/maintenance/quiet/',
				title: 'Scheduled: Maintenance quiet',
				status: 'scheduled',
			},
		]);
	});

	it('carry impact maintenance in JSON Feed, as Statuspage counts a maintenance', () => {
		const archive = archiveOf([], [maintenance('m', [announced])]);
		const json = JSON.parse(feedDocument(publicFeed(archive, feedItems(archive)), 'json', ZONE));
		expect(json.items[0]._firebreak).toEqual({
			incident_id: 'm',
			status: 'scheduled',
			impact: 'maintenance',
			components: ['web'],
		});
	});
});

describe('publicFeed', () => {
	it('keeps the newest items, dated by the newest one', () => {
		const updates = Array.from({ length: FEED_ITEM_LIMIT + 20 }, (_, i) => ({
			status: 'investigating' as const,
			body: `Update ${i}`,
			at: new Date(Date.UTC(2026, 10, 1, 0, i)),
		}));
		const archive = archiveOf([incident('long', updates)]);
		const feed = publicFeed(archive, feedItems(archive));
		expect(feed.items).toHaveLength(FEED_ITEM_LIMIT);
		expect(feed.items[0]!.id.endsWith(`#long-${FEED_ITEM_LIMIT + 20}`)).toBe(true);
		expect(feed.updatedAt).toEqual(updates.at(-1)!.at);
	});

	it('of a component holds only its incidents, and without any is dated by the archive, never the wall clock', () => {
		const archive = archiveOf([incident('a', [first])]);
		const web = publicFeed(archive, feedItems(archive), archive.components[1]);
		expect(web.items).toEqual([]);
		expect(web.updatedAt).toEqual(archive.updatedAt);
		expect(web.urls).toEqual({
			atom: 'https://status.acme.example/feeds/web.atom',
			rss: 'https://status.acme.example/feeds/web.xml',
			json: 'https://status.acme.example/feeds/web.json',
		});
		expect(publicFeed(archive, feedItems(archive), archive.components[0]).items).toHaveLength(1);
	});
});

describe('feedDocument', () => {
	const hostile = incident('x', [
		{
			status: 'identified',
			body: 'Fixed ]]> </description><script>alert(1)</script> \u0007bell',
			at: at('2026-11-20T11:00:00Z'),
		},
	]);
	hostile.title = 'A & B </title><img src=x onerror=alert(2)>';
	const archive = archiveOf([hostile]);
	const feed = publicFeed(archive, feedItems(archive));

	it.each(['rss', 'atom'] as const)('writes %s that parses back to the literal text', (format) => {
		const text = feedDocument(feed, format, ZONE);
		expect(XMLValidator.validate(text)).toBe(true);
		const tree = new XMLParser({
			ignoreAttributes: false,
			attributeNamePrefix: '@',
			processEntities: true,
		}).parse(text);
		const item = format === 'rss' ? tree.rss.channel.item : tree.feed.entry;
		expect(item.title).toBe(`Identified: ${hostile.title}`);
		const html: string = format === 'rss' ? item.description : item.content['#text'];
		// The body is escaped for HTML inside the XML: no markup of its own survives.
		expect(html).not.toMatch(/<script|<\/description/);
		expect(html).toContain('Fixed ]]&#62; &#60;/description&#62;');
		if (format === 'rss')
			expect(item.guid).toEqual({
				'@isPermaLink': 'true',
				'#text': 'https://status.acme.example/incidents/x/#x-1',
			});
	});

	it('drops characters XML cannot carry', () => {
		expect(feedDocument(feed, 'atom', ZONE)).not.toContain('\u0007');
		expect(feedDocument(feed, 'atom', ZONE)).toContain(' bell');
	});

	it('writes JSON Feed 1.1 with dates in the handbook timezone', () => {
		const json = JSON.parse(feedDocument(feed, 'json', ZONE));
		expect(json).toMatchObject({
			version: 'https://jsonfeed.org/version/1.1',
			feed_url: 'https://status.acme.example/feed.json',
		});
		expect(json.items[0]).toMatchObject({
			title: `Identified: ${hostile.title}`,
			date_published: '2026-11-20T12:00:00+01:00',
			tags: ['Payments API'],
		});
	});
});

describe('feedLinks', () => {
	const a = incident('a', [first]);
	a.postmortem = { id: 'a', url: '/postmortems/a/', title: 'Postmortem of a' };
	const archive = archiveOf([a]);
	const hrefs = (path: string) =>
		feedLinks(archive, path).map((l) => l.href.replace(archive.url, ''));
	const site = ['/feed.atom', '/feed.xml', '/feed.json'];

	it('announce the feeds of every incident on every page', () => {
		expect(hrefs('/history/')).toEqual(site);
		expect(feedLinks(archive, '/history/').map((l) => l.type)).toEqual([
			'application/atom+xml',
			'application/rss+xml',
			'application/feed+json',
		]);
	});

	it('add every component on the home page, and an incident’s own on its page and its postmortem’s', () => {
		expect(hrefs('/')).toEqual([
			...site,
			'/feeds/api.atom',
			'/feeds/api.xml',
			'/feeds/api.json',
			'/feeds/web.atom',
			'/feeds/web.xml',
			'/feeds/web.json',
		]);
		expect(hrefs('/incidents/a/')).toEqual([
			...site,
			'/feeds/api.atom',
			'/feeds/api.xml',
			'/feeds/api.json',
		]);
		expect(hrefs('/postmortems/a/')).toEqual(hrefs('/incidents/a/'));
	});

	it('add a maintenance’s components on its page', () => {
		const withMaintenance = archiveOf([], [maintenance('m', [])]);
		expect(
			feedLinks(withMaintenance, '/maintenance/m/').map((l) => l.href.replace(archive.url, ''))
		).toEqual([...site, '/feeds/web.atom', '/feeds/web.xml', '/feeds/web.json']);
	});
});
