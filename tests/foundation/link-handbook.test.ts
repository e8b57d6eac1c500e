import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureCopy } from '../helpers/fixture.ts';
import { ROOT } from '../helpers/run.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';

const PM = 'postmortems/2026-10-02-website-down.mdx';

describe('linkHandbook', () => {
	it('indexes entries and their relations', () => {
		const { handbook } = openHandbook(join(ROOT, 'tests/fixtures/minimal'));
		expect(handbook).toBeDefined();
		expect(handbook!.runbooksByService.get('website')?.map((r) => r.id)).toEqual([
			'web/websitedown',
		]);
		expect(handbook!.incidentsByService.get('website')?.map((i) => i.id)).toEqual([
			'2026-10-02-website-down',
		]);
		expect(handbook!.postmortemByIncident.get('2026-10-02-website-down')?.id).toBe(
			'2026-10-02-website-down'
		);
		expect(handbook!.actionItems.map((item) => [item.id, item.field, item.postmortem.id])).toEqual([
			['tiny-1', 'actionItems.0', '2026-10-02-website-down'],
		]);
		expect(handbook!.actionItemsByPostmortem.get('2026-10-02-website-down')).toEqual(
			handbook!.actionItems
		);
	});

	it('reports dangling references with file and field', () => {
		const dir = fixtureCopy('minimal', [
			{
				file: 'services/website.yaml',
				replace: ['escalation: [sam, kim, web]', 'escalation: [sam, nobody]'],
			},
			{
				file: 'incidents/2026-10-02-website-down.mdx',
				replace: ['roles: { ic: kim, tl: sam }', 'roles: { ic: kim, tl: ghost }'],
			},
			{
				file: 'incidents/2026-10-02-website-down.mdx',
				replace: ['components: { website: major_outage }', 'components: { mobile: major_outage }'],
			},
		]);
		const { problems } = openHandbook(dir);
		expect(problems.map((p) => `${p.file} ${p.field}`).sort()).toEqual([
			'incidents/2026-10-02-website-down.mdx components.mobile',
			'incidents/2026-10-02-website-down.mdx roles.tl',
			'services/website.yaml escalation.1',
		]);
	});

	it('refuses a person and a team sharing an id, and a second postmortem for one incident', () => {
		const dir = fixtureCopy('minimal', [
			{ file: 'people.yaml', replace: ['  - id: kim\n', '  - id: web\n'] },
			{
				file: 'incidents/2026-10-02-website-down.mdx',
				replace: ['roles: { ic: kim, tl: sam }', 'roles: { ic: sam }'],
			},
		]);
		writeFileSync(
			join(dir, 'postmortems/again.mdx'),
			readFileSync(join(dir, PM), 'utf8').replace('id: tiny-1', 'id: tiny-2')
		);
		const { problems } = openHandbook(dir);
		expect(problems).toContainEqual(
			expect.objectContaining({ file: 'people.yaml', field: 'people.1.id' })
		);
		expect(problems).toContainEqual(
			expect.objectContaining({
				file: 'postmortems/again.mdx',
				field: 'incident',
				found: expect.stringContaining(`already covered by ${PM}`),
			})
		);
	});

	it('refuses an action-item id used twice across postmortems', () => {
		const dir = fixtureCopy('minimal', [
			{
				file: PM,
				replace: [
					'    closedAt: 2026-10-15\n',
					'    closedAt: 2026-10-15\n  - id: tiny-1\n    title: Again\n    type: detect\n    owner: kim\n    priority: P2\n    createdAt: 2026-10-06\n    due: 2026-11-01\n    status: open\n',
				],
			},
		]);
		const { problems } = openHandbook(dir);
		expect(problems).toEqual([
			expect.objectContaining({
				file: PM,
				field: 'actionItems.1.id',
				expected: expect.stringContaining('used once'),
			}),
		]);
	});
});
