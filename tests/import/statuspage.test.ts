/**
 * `firebreak import statuspage` on a real Statuspage export (GitHub's status page, tests/fixtures/statuspage-github):
 * the content it leaves passes `firebreak check`, a second run changes nothing, and the public site built from it
 * serves the same incidents again at /api/v2/incidents.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StatuspageIncident } from '../../src/model/public/statuspage.ts';
import { fixtureCopy, tempFolder } from '../helpers/fixture.ts';
import { build, firebreak, ROOT } from '../helpers/run.ts';

const EXPORT = join(ROOT, 'tests/fixtures/statuspage-github/incidents');
/** The command, until `firebreak import statuspage` dispatches to it. */
const IMPORT = ['import', 'statuspage'];
const source: StatuspageIncident[] = readdirSync(EXPORT)
	.sort()
	.map((file) => JSON.parse(readFileSync(join(EXPORT, file), 'utf8')).incident);

/** Tiny Co's content, with GitHub's domains public: the real update bodies name them. */
const content = () =>
	fixtureCopy('minimal', [
		{
			file: 'handbook.yaml',
			replace: [
				'components:\n',
				'redaction: { publicDomains: [github.com, githubstatus.com] }\ncomponents:\n',
			],
		},
	]);
const importInto = (dir: string, ...args: string[]) =>
	firebreak([...IMPORT, EXPORT, '--content', dir, ...args], dir);
const texts = (dir: string) =>
	Object.fromEntries(
		['handbook.yaml', ...readdirSync(join(dir, 'incidents')).map((f) => `incidents/${f}`)].map(
			(f) => [f, readFileSync(join(dir, f), 'utf8')]
		)
	);
const second = (iso: string | null) => (iso === null ? null : Math.floor(Date.parse(iso) / 1000));

describe('firebreak import statuspage', () => {
	let dir: string;
	let first: ReturnType<typeof firebreak>;
	beforeAll(() => {
		dir = content();
		first = importInto(dir, '--service', 'website');
	});

	it('writes one incident file per incident and the components, and prints what it did', () => {
		expect(first.status, first.output).toBe(0);
		expect(readdirSync(join(dir, 'incidents')).length).toBe(1 + source.length);
		expect(first.stdout.match(/^✔ wrote .*incidents\//gm)).toHaveLength(source.length);
		expect(first.stdout).toMatch(/^✔ updated .*handbook\.yaml: components added: .*api-requests/m);
		expect(first.stdout).toContain(
			`GitHub: ${source.length} incidents, ${source.length} written, 0 updated, 0 unchanged, 0 kept`
		);
		// Same day, same name: the second gets a number.
		expect(readdirSync(join(dir, 'incidents'))).toEqual(
			expect.arrayContaining([
				'2023-02-02-investigating-reports-of-degraded-performance.mdx',
				'2023-02-02-investigating-reports-of-degraded-performance-2.mdx',
			])
		);
	});

	it('leaves content that passes firebreak check with no errors', () => {
		const check = firebreak(['check'], dir);
		expect(check.status, check.output).toBe(0);
		expect(check.output).toMatch(/✔|0 errors/);
	});

	it('changes nothing when run again, and overwrites an edited file only with --update', () => {
		const before = texts(dir);
		const again = importInto(dir, '--service', 'website');
		expect(again.status, again.output).toBe(0);
		expect(again.stdout).toContain(`${source.length} unchanged`);
		expect(texts(dir)).toEqual(before);

		const [file] = Object.keys(before).filter((f) => f.startsWith('incidents/2021-08-10'));
		const edited = before[file!]!.replace('This incident has been resolved.', 'Fixed.');
		const copy = tempFolder({
			...before,
			[file!]: edited,
			'people.yaml': readFileSync(join(dir, 'people.yaml'), 'utf8'),
			'services/website.yaml': readFileSync(join(dir, 'services/website.yaml'), 'utf8'),
		});
		const kept = importInto(copy, '--service', 'website');
		expect(kept.stdout).toMatch(
			/⚠ kept .*2021-08-10-incident-with-github-actions\.mdx: the export differs/
		);
		expect(readFileSync(join(copy, file!), 'utf8')).toBe(edited);
		const updated = importInto(copy, '--service', 'website', '--update');
		expect(updated.stdout).toMatch(/✔ updated .*2021-08-10-incident-with-github-actions\.mdx/);
		expect(readFileSync(join(copy, file!), 'utf8')).toBe(before[file!]);
	});

	it('the public site built from the import serves the same incidents, names, statuses, update bodies and times, and components', () => {
		const site = build(dir, { site: 'public' });
		expect(site.status, site.output).toBe(0);
		const built: StatuspageIncident[] = JSON.parse(
			readFileSync(join(site.out, 'public/api/v2/incidents.json'), 'utf8')
		).incidents;
		expect(built).toHaveLength(source.length); // the fixture's own incident is not public
		for (const original of source) {
			const start = second(original.started_at ?? original.created_at);
			const copy = built.find((i) => i.name === original.name && second(i.started_at) === start);
			expect(copy, original.id).toBeDefined();
			expect(copy!.status).toBe(original.status);
			expect(second(copy!.resolved_at)).toBe(second(original.resolved_at));
			// Newest first in both; times to the second (Firebreak keeps no milliseconds).
			const updates = (i: StatuspageIncident) =>
				i.incident_updates.map((u) => ({
					status: u.status,
					body: u.body,
					at: second(u.display_at ?? u.created_at),
				}));
			expect(updates(copy!)).toEqual(updates(original));
			// Components (listed, or named by an update) are recorded with an impact; one that the updates never report
			// impaired, on an incident of impact "none", has none and is left out.
			const reported = original.incident_updates.flatMap((u) => u.affected_components ?? []);
			const named = new Map([
				...reported.map((a) => [a.code, a.name] as const),
				...original.components.map((c) => [c.id, c.name] as const),
			]);
			const impaired = [...named]
				.filter(
					([id]) =>
						original.impact !== 'none' ||
						reported.some((a) => a.code === id && a.new_status !== 'operational')
				)
				.map(([, name]) => name);
			expect(copy!.components.map((c) => c.name).sort()).toEqual(impaired.sort());
		}
		const components: { name: string; description: string | null }[] = JSON.parse(
			readFileSync(join(site.out, 'public/api/v2/components.json'), 'utf8')
		).components;
		for (const c of source.flatMap((i) => i.components))
			expect(components.find((x) => x.name === c.name)?.description, c.name).toBe(c.description);
		// Inherent differences, not compared: ids, shortlinks and page ids are the new site's own; `created_at` is
		// Firebreak's one start time (Statuspage's `started_at`); `impact` is derived from the components' impact
		// (Statuspage lets a team set it apart: w554d74dv18j says "minor" with a component in partial outage).
		const w554 = built.find((i) => i.name === 'Incident with API Requests')!;
		expect([w554.impact, w554.components[0]!.name]).toEqual(['major', 'API Requests']);
	});

	it('files incidents under the catalog service of their component, and refuses incidents without a service', () => {
		const dir = content();
		const summary = {
			page: {
				id: 'p',
				name: 'Tiny Co',
				url: 'https://status.tiny.example',
				time_zone: 'Etc/UTC',
				updated_at: '2026-10-01T00:00:00Z',
			},
			components: [
				{
					id: 'w1',
					name: 'Website',
					status: 'operational',
					position: 1,
					description: null,
					group: false,
					group_id: null,
				},
			],
			incidents: [
				{
					id: 'x1',
					name: 'Slow pages',
					status: 'resolved',
					created_at: '2026-09-01T10:00:00Z',
					started_at: '2026-09-01T10:00:00Z',
					resolved_at: '2026-09-01T11:00:00Z',
					impact: 'minor',
					incident_updates: [
						{
							id: 'y1',
							status: 'resolved',
							body: 'Fixed.',
							created_at: '2026-09-01T11:00:00Z',
							display_at: '2026-09-01T11:00:00Z',
						},
					],
					components: [{ id: 'w1', name: 'Website' }],
				},
			],
		};
		const input = tempFolder({ 'summary.json': JSON.stringify(summary) });
		const result = firebreak([...IMPORT, join(input, 'summary.json')], dir);
		expect(result.status, result.output).toBe(0);
		expect(readFileSync(join(dir, 'incidents/2026-09-01-slow-pages.mdx'), 'utf8')).toMatch(
			/services:\n {2}- website\ncomponents:\n {2}website: degraded_performance\n/
		);
		expect(readFileSync(join(dir, 'handbook.yaml'), 'utf8')).toBe(
			readFileSync(join(ROOT, 'tests/fixtures/minimal/handbook.yaml'), 'utf8').replace(
				'components:\n',
				'redaction: { publicDomains: [github.com, githubstatus.com] }\ncomponents:\n'
			)
		);

		const refused = importInto(content());
		expect(refused.status).toBe(1);
		expect(refused.stderr).toContain(
			'field:    incident.components\n  expected: a service of the catalog for one of its components (a service with `component:`), or --service <id>'
		);
		expect(refused.stderr).toContain('nothing was imported.');
		expect(refused.stdout).toBe('');
	});
});
