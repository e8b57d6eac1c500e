/** The example's public API answers in Statuspage's v2 shapes (the feeds are in feeds.test.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildPublicArchive } from '../../src/model/public/archive.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { EXAMPLE_PUBLIC } from '../helpers/example-site.ts';
import { ROOT, TODAY } from '../helpers/run.ts';
import { STATUSPAGE_SCHEMAS } from './statuspage-schemas.ts';

const archive = buildPublicArchive(openHandbook(join(ROOT, 'content')).handbook!, TODAY);
const api = (file: string) =>
	JSON.parse(readFileSync(join(EXAMPLE_PUBLIC, 'api/v2', file), 'utf8'));

describe('/api/v2/*.json', () => {
	it.each(Object.entries(STATUSPAGE_SCHEMAS))(
		'%s validates against the Statuspage schema',
		(file, schema) => {
			const result = z.fromJSONSchema(schema as never).safeParse(api(file));
			expect(result.success, JSON.stringify(result.error?.issues.slice(0, 3))).toBe(true);
		}
	);

	it('the schemas reject what Statuspage consumers would choke on', () => {
		const status = z.fromJSONSchema(STATUSPAGE_SCHEMAS['status.json'] as never);
		const good = api('status.json');
		expect(status.safeParse(good).success).toBe(true);
		expect(
			status.safeParse({ ...good, status: { ...good.status, indicator: 'degraded' } }).success
		).toBe(false);
		expect(
			status.safeParse({ ...good, page: { ...good.page, updated_at: '23 Nov 2026' } }).success
		).toBe(false);
	});

	it('lists every public incident, the unresolved ones apart, and the page status', () => {
		const incidents = api('incidents.json').incidents;
		expect(incidents.map((i: { id: string }) => i.id)).toEqual(archive.incidents.map((i) => i.id));
		const open = archive.incidents.filter((i) => !i.resolvedAt).map((i) => i.id);
		expect(open.length).toBeGreaterThan(0);
		expect(api('incidents/unresolved.json').incidents.map((i: { id: string }) => i.id)).toEqual(
			open
		);
		expect(api('summary.json').incidents.map((i: { id: string }) => i.id)).toEqual(open);
		expect(api('status.json').status).toEqual(archive.status);
		expect(incidents.find((i: { status: string }) => i.status === 'postmortem')).toBeDefined();
	});

	it('reports component status as of the build, and groups with their members', () => {
		const components = api('components.json').components as {
			id: string;
			status: string;
			group: boolean;
			group_id: string | null;
			components?: string[];
		}[];
		for (const c of archive.components)
			expect(components.find((x) => x.id === c.id)?.status).toBe(c.status);
		const groups = components.filter((c) => c.group);
		expect(groups.length).toBeGreaterThan(0);
		for (const group of groups)
			for (const member of group.components!)
				expect(components.find((c) => c.id === member)?.group_id).toBe(group.id);
	});

	it('moves components through each update, back to operational when resolved', () => {
		const resolved = api('incidents.json').incidents.find(
			(i: { resolved_at: string | null }) => i.resolved_at
		);
		const [latest] = resolved.incident_updates;
		expect(latest.status).toBe('resolved');
		expect(
			latest.affected_components.every(
				(c: { new_status: string }) => c.new_status === 'operational'
			)
		).toBe(true);
		const first = resolved.incident_updates.at(-1);
		expect(
			first.affected_components.every((c: { old_status: string }) => c.old_status === 'operational')
		).toBe(true);
	});
});
