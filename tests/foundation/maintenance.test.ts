/** Maintenance windows of the example content: its comms templates filled in, and the loader's problems on a changed copy. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/model/comms.ts';
import { maintenanceCommsValues } from '../../src/model/maintenance.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { exampleCopy } from '../helpers/fixture.ts';
import { ROOT } from '../helpers/run.ts';

describe('maintenanceCommsValues', () => {
	it('fills the maintenance templates of the example comms.yaml for the example maintenance', () => {
		const handbook = openHandbook(join(ROOT, 'content')).handbook!;
		const maintenance = [...handbook.maintenances.values()][0]!;
		const template = handbook.comms.find((t) => t.id === 'customer-maintenance-scheduled')!;
		const filled = fillTemplate(template.text, maintenanceCommsValues(handbook, maintenance));
		expect(filled).toContain(
			'planned maintenance on Webhooks, Payments API on 2026-11-28 02:00–04:00 GMT+1 (Berlin time)'
		);
		expect(filled).not.toMatch(/\{(window|components)\}/);
	});
});

describe('a maintenance the loader refuses', () => {
	it('names the file, line and field of a window that ends before it starts, and of an unknown component', () => {
		const dir = exampleCopy();
		const file = join(dir, 'maintenance/2026-11-28-webhook-queue-upgrade.mdx');
		writeFileSync(
			file,
			readFileSync(file, 'utf8')
				.replace(
					'scheduledUntil: 2026-11-28T04:00:00+01:00',
					'scheduledUntil: 2026-11-28T01:00:00+01:00'
				)
				.replace('components: [webhooks, api]', 'components: [webhooks, payouts]')
		);
		const { problems } = openHandbook(dir);
		expect(problems).toEqual([
			{
				file: 'maintenance/2026-11-28-webhook-queue-upgrade.mdx',
				line: 5,
				field: 'scheduledUntil',
				expected: 'a time after scheduledFor (the window ends after it starts)',
				found: expect.any(String),
			},
		]);
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace(
				'scheduledUntil: 2026-11-28T01:00:00+01:00',
				'scheduledUntil: 2026-11-28T04:00:00+01:00'
			)
		);
		expect(openHandbook(dir).problems).toEqual([
			{
				file: 'maintenance/2026-11-28-webhook-queue-upgrade.mdx',
				line: 3,
				field: 'components.1',
				expected: 'the id of a component (components in handbook.yaml)',
				found: '"payouts", which no component has',
			},
		]);
		rmSync(dir, { recursive: true, force: true });
	});
});
