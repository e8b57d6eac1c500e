/** The example's public site: status home with 90-day bars and uptime, history by month, incident and postmortem pages. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPublicArchive } from '../../src/model/public/archive.ts';
import { dayTooltip, uptimeSummary } from '../../src/model/public/history.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { EXAMPLE_PUBLIC } from '../helpers/example-site.ts';
import { ROOT, TODAY } from '../helpers/run.ts';
import { findValues, mainText, readOutput } from './output.ts';

const handbook = openHandbook(join(ROOT, 'content')).handbook!;
const archive = buildPublicArchive(handbook, TODAY);
const page = (path: string) => readFileSync(join(EXAMPLE_PUBLIC, path, 'index.html'), 'utf8');
const decode = (text: string) =>
	text
		.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');

describe('the public home page', () => {
	const home = page('');
	const text = mainText(home);

	it('states the page status as of the build and lists the open incidents', () => {
		expect(text).toContain(archive.status.description);
		for (const incident of archive.incidents.filter((i) => !i.resolvedAt))
			expect(text).toContain(incident.title);
	});

	it('shows every component with 90 daily bars whose tooltips name the incidents of the day', () => {
		const bars = [
			...home.matchAll(/<span class="fb-bar fb-swatch--([a-z_]+)[^"]*"[^>]*data-tip="([^"]*)"/g),
		].map((m) => ({ status: m[1]!, label: decode(m[2]!) }));
		expect(bars).toHaveLength(archive.components.length * 90);
		const byId = new Map(archive.incidents.map((i) => [i.id, i]));
		const expected = archive.components.flatMap((c) =>
			c.days.map((day) => ({ status: day.status, label: dayTooltip(day, byId) }))
		);
		expect(bars).toEqual(expected);
		const withIncident = bars.filter((b) => b.status !== 'operational');
		expect(withIncident.length).toBeGreaterThan(0);
		expect(withIncident.every((b) => / — /.test(b.label))).toBe(true);
	});

	it('gives 30- and 90-day uptime and the incident count per component, in one line', () => {
		const checkout = archive.components.find((c) => c.id === 'checkout')!;
		expect(checkout.uptime.days90).toBeLessThan(100);
		const byId = new Map(archive.incidents.map((i) => [i.id, i]));
		expect(text).toContain(
			`Hosted Checkout: ${checkout.uptime.days90.toFixed(2)}% uptime over 90 days, 1 incident; ${checkout.uptime.days30.toFixed(2)}% over 30 days`
		);
		for (const component of archive.components)
			expect(text).toContain(uptimeSummary(component, byId));
	});
});

describe('history, incidents and postmortems', () => {
	it('lists every public incident by month, newest first, and nothing else', () => {
		const history = page('history');
		const months = [...history.matchAll(/<h2 id="(\d{4}-\d{2})"/g)].map((m) => m[1]);
		expect(months).toEqual([...months].sort().reverse());
		const links = [...history.matchAll(/<a href="(\/incidents\/[^"]+)"/g)].map((m) => m[1]);
		expect(links).toEqual(archive.incidents.map((i) => i.url));
		const internalOnly = [...handbook.incidents.values()]
			.filter((i) => !i.data.public || i.data.drill)
			.map((i) => i.data.title);
		expect(internalOnly.length).toBeGreaterThan(0);
		for (const title of internalOnly) expect(mainText(history)).not.toContain(title);
	});

	it('has a page per public incident with its updates, impact window and postmortem link', () => {
		for (const incident of archive.incidents) {
			const html = page(incident.url);
			const text = mainText(html);
			for (const update of incident.updates) expect(text).toContain(update.body);
			expect(text).toMatch(/Affected \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
			if (incident.postmortem) expect(html).toContain(`href="${incident.postmortem.url}"`);
		}
	});

	it('has an index and a page per public postmortem', () => {
		expect(archive.postmortems.length).toBeGreaterThan(0);
		const index = mainText(page('postmortems'));
		for (const pm of archive.postmortems) {
			expect(index).toContain(pm.title);
			expect(mainText(page(pm.url))).toContain(pm.summary);
		}
		const unpublished = [...handbook.postmortems.values()].filter(
			(p) => !archive.postmortems.some((pub) => pub.title === p.data.title)
		);
		expect(unpublished.length).toBeGreaterThan(0);
		for (const pm of unpublished)
			expect(existsSync(join(EXAMPLE_PUBLIC, 'postmortems', pm.id))).toBe(false);
	});
});

describe('what the example publishes', () => {
	const files = readOutput(EXAMPLE_PUBLIC);

	it('indexes public pages only for search', () => {
		const fragments = files
			.filter((f) => f.file.endsWith('.pf_fragment'))
			.map((f) => JSON.parse(f.raw.slice('pagefind_dcd'.length)).url as string);
		expect(fragments.length).toBeGreaterThan(5);
		for (const url of fragments)
			expect(url).toMatch(/^\/(incidents\/|postmortems\/|maintenance\/|history\/|$|404)/);
	});

	it('carries no name, email or handle of people.yaml and no internal hostname', () => {
		const values = [...handbook.people.values()]
			.flatMap((p) => [p.data.name, p.data.email ?? '', ...p.data.handles])
			.filter(Boolean);
		values.push(
			new URL(handbook.config.sites.internal).hostname,
			...handbook.config.redaction.customers
		);
		expect(values.length).toBeGreaterThan(10);
		expect(findValues(files, values)).toEqual([]);
	});
});
