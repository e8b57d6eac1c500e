/**
 * The leaky fixture plants confidential values in every channel the public site could leak through. Its public build
 * must pass the leak scan and contain none of them in any file, while its public pages do exist.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeHTML } from 'entities';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { build, ROOT, type RunResult } from '../helpers/run.ts';
import { findValues, freshOutDir, mainText, readOutput, type OutputFile } from './output.ts';

const FIXTURE = 'tests/fixtures/leaky';

/** Every planted value and the channel it was planted in. */
const PLANTED: [channel: string, value: string][] = [
	['people.yaml name', 'Priya Raghunathan'],
	['people.yaml name', 'Tomasz Wierzbicki'],
	['people.yaml name', 'Henrike Vollmer'],
	['people.yaml email', 'priya.raghunathan@quokka.example'],
	['people.yaml email', 'tomasz.w@quokka.example'],
	['people.yaml handle', '@priyar'],
	['people.yaml handle', 'priya-rag'],
	['people.yaml handle', '@twierz'],
	['people.yaml handle', '@hvollmer'],
	['action-item owner', 'praghunathan'],
	['action-item owner', 'twierzbicki'],
	['customer', 'Globex Logistics'],
	['customer', 'Initech Shipping'],
	['confidential term', 'Project Wombat'],
	['internal site', 'ops.quokka.corp'],
	['service dashboard link', 'grafana.quokka.corp'],
	['service logs link', 'logs.qk-int.net'],
	['body prose hostname', 'pg-tracking-01.quokka.corp'],
	['body prose, markup inside a hostname', 'pg-tracking-02.quokka.corp'],
	['body prose numbered host', 'kafka-broker-3'],
	['body prose IPv4', '10.0.8.15'],
	['body hostname split by a zero-width space', 'vault.quokka.corp'],
	['body hostname written with HTML entities', 'jump.quokka.corp'],
	['link target', 'chat.quokka.corp'],
	['link target', 'C024BE91L'],
	['image alt text', "Tomasz Wierzbicki's graph"],
	['image source', 'kibana.quokka.corp'],
	['mailto link', 'mailto:tomasz.w'],
	['chat channel', '#inc-2026-tracking'],
	['code block', 'db-shard-7.qk-int.net'],
	['code block', 'AKIAJ7Q3MZ2XK5RT6WPL'],
	['secret in prose', 'AKIAJ7Q3MZ2XK5RT6WPM'],
	['secret in prose', 'ghp_8fK2mQ9xL4vN7pR1sT6wY3zB5cD0eG2hJ4kM'],
	['secret in prose', 'Zx9Qw3Lm7Tn2Vb8Kp4Rs'],
	['secret in prose', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9'],
	['secret in prose', 'MIIEowIBAAKCAQEAquokkaprivatekeymaterial'],
	['<Internal> block', 'unreviewed migration script'],
	['public incident internal title', 'disk full after the Globex'],
	['public incident internal summary', 'bulk import filled the WAL volume'],
	['frontmatter publicTitle', 'unavailable for Initech Shipping'],
	['frontmatter publicSummary, entities', 'bastion.quokka.corp'],
	['frontmatter publicSummary IPv4', '10.20.30.40'],
	['update body channel', '#ops-oncall'],
	['update body IPv6', 'fd12:3456:789a::17'],
	['postmortem title', 'Henrike Vollmer and the failover'],
	['postmortem internal summary', 'restored tracking after the Globex'],
	['postmortem root cause', 'abandoned replication slot for Project Wombat'],
	['non-public action item', 'rewrite the secret rotation runbook'],
	['internal timeline', 'the replication slot held by the abandoned standby'],
	['internal timeline', 'Failover to pg-tracking-02 was blocked'],
	['incident body', 'pg_drop_replication_slot'],
	['non-public incident title', 'Nightly reconciliation job wedged'],
	['non-public incident update', 'hidden reconciliation incident update'],
	['non-public incident body', 'batch-runner-12'],
	['drill incident', 'Quarterly failover drill'],
	['drill incident', 'Drill announcement that must never be published'],
	['draft postmortem title', 'Edge proxy connection storm'],
	['draft postmortem public summary', 'draft public summary about the reconciliation lock storm'],
	['open incident internal title', 'edge-lb-4.qk-int.net'],
];

let result: RunResult & { out: string };
let files: OutputFile[];
beforeAll(() => {
	result = build(FIXTURE, { out: freshOutDir() });
	files = existsSync(join(result.out, 'public')) ? readOutput(join(result.out, 'public')) : [];
});
afterAll(() => rmSync(result.out, { recursive: true, force: true }));

describe('the leaky fixture', () => {
	it('plants at least 30 confidential values, each really present in the content', () => {
		expect(PLANTED.length).toBeGreaterThanOrEqual(30);
		const source = readdirSync(join(ROOT, FIXTURE), { recursive: true, encoding: 'utf8' })
			.filter((name) => /\.(ya?ml|mdx?)$/.test(name))
			.map((name) =>
				decodeHTML(readFileSync(join(ROOT, FIXTURE, name), 'utf8'))
					.replace(/\u200B/g, '')
					.replace(/\*\*/g, '')
			)
			.join('\n')
			.toLowerCase();
		expect(PLANTED.filter(([, value]) => !source.includes(value.toLowerCase()))).toEqual([]);
	});

	it('builds both sites, and the public one passes the leak scan', () => {
		expect(result.status, result.output.slice(-3000)).toBe(0);
		expect(result.output).toMatch(/Leak scan: \d+ files \(\d+ KiB\) clean in \d+ ms/);
	});

	it('publishes its public incident and postmortem pages, redacted', () => {
		const incident = join(
			result.out,
			'public/incidents/2026-11-03-shipment-tracking-unavailable-for-a-customer/index.html'
		);
		const postmortem = join(
			result.out,
			'public/postmortems/2026-11-03-shipment-tracking-unavailable-for-a-customer/index.html'
		);
		expect(mainText(readFileSync(incident, 'utf8'))).toContain(
			'A database host (an internal address) ran out of disk space. An engineer is failing it over.'
		);
		const text = mainText(readFileSync(postmortem, 'utf8'));
		expect(text).toContain(
			'At 23:30 a bulk import by a customer wrote far more data than usual to an internal service'
		);
		expect(text).toContain('Drop slots of standbys that are gone, automatically');
	});

	it('puts none of the planted values in any output file, Pagefind fragments included', () => {
		const fragments = files.filter((f) => f.file.endsWith('.pf_fragment'));
		expect(fragments.length).toBeGreaterThan(0);
		expect(fragments.some((f) => f.readable.includes('what happened'))).toBe(true);
		expect(files.length).toBeGreaterThan(30);
		expect(
			findValues(
				files,
				PLANTED.map(([, value]) => value)
			)
		).toEqual([]);
	});

	it('has no internal page, route or link in the public site', () => {
		const pub = join(result.out, 'public');
		for (const internal of [
			'runbooks',
			'services',
			'severity',
			'action-items',
			'checks',
			'sop',
			'alerts',
			'guides',
		]) {
			expect(existsSync(join(pub, internal)), internal).toBe(false);
		}
		const html = files.filter((f) => f.file.endsWith('.html'));
		expect(
			html
				.filter((f) => /ops\.quokka\.corp|href="\/(runbooks|services|severity)\//.test(f.raw))
				.map((f) => f.file)
		).toEqual([]);
		const sidebar =
			/<nav[^>]*aria-label="Main"[\s\S]*?<\/nav>/.exec(
				readFileSync(join(pub, 'index.html'), 'utf8')
			)?.[0] ?? '';
		expect([...sidebar.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual([
			'/',
			'/history/',
			'/postmortems/',
		]);
	});

	it('escapes user-written text in HTML, RSS and JSON', () => {
		const written =
			'Clients should honour the "Retry-After" header & <b>back off</b>; ]]> </script><script>alert(1)</script>';
		const page = readFileSync(
			join(result.out, 'public/incidents/2026-11-22-slow-responses-from-the-public-api/index.html'),
			'utf8'
		);
		expect(page).not.toContain('<b>back off</b>');
		expect(page).not.toContain('<script>alert(1)</script>');
		expect(mainText(page)).toContain(written);
		const xml = readFileSync(join(result.out, 'public/feed.xml'), 'utf8');
		expect(XMLValidator.validate(xml)).toBe(true);
		const items = new XMLParser().parse(xml).rss.channel.item as {
			title: string;
			description: string;
		}[];
		// A description is HTML to feed readers: its text arrives HTML-escaped inside the XML-escaped element.
		expect(items[0]!.description).not.toMatch(/<b>|<script>/);
		expect(decodeHTML(items[0]!.description)).toContain(written);
		const api = JSON.parse(readFileSync(join(result.out, 'public/api/v2/incidents.json'), 'utf8'));
		expect(api.incidents[0].incident_updates[0].body).toBe(written);
	});

	it('lists only public pages in its sitemap, all on the public base URL', () => {
		const sitemap = readFileSync(join(result.out, 'public/sitemap-0.xml'), 'utf8');
		const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
		expect(locs).toContain(
			'https://status.quokka.example/postmortems/2026-11-03-shipment-tracking-unavailable-for-a-customer/'
		);
		for (const loc of locs) {
			expect(loc.startsWith('https://status.quokka.example/')).toBe(true);
			expect(existsSync(join(result.out, 'public', new URL(loc).pathname, 'index.html')), loc).toBe(
				true
			);
		}
		expect(locs.map((loc) => new URL(loc).pathname).sort()).toEqual([
			'/',
			'/history/',
			'/incidents/2026-11-03-shipment-tracking-unavailable-for-a-customer/',
			'/incidents/2026-11-22-slow-responses-from-the-public-api/',
			'/postmortems/',
			'/postmortems/2026-11-03-shipment-tracking-unavailable-for-a-customer/',
		]);
	});

	it('previews the public version on the internal postmortem page, with the redactions highlighted', () => {
		const page = readFileSync(
			join(result.out, 'internal/postmortems/2026-11-03-tracking-down/index.html'),
			'utf8'
		);
		const preview = page.slice(page.indexOf('id="public-preview"'));
		expect(preview).toContain(
			'<mark class="fb-redacted" title="customer: Globex Logistics">a customer</mark>'
		);
		expect(preview).toContain(
			'<mark class="fb-redacted" title="internal hostname: vault.quokka.corp">an internal service</mark>'
		);
		expect(preview).not.toContain('unreviewed migration script');
		const draft = readFileSync(
			join(result.out, 'internal/postmortems/2026-11-22-api-slow/index.html'),
			'utf8'
		);
		expect(mainText(draft)).toContain(
			'This postmortem stays internal because its status is draft, not published.'
		);
	});
});
