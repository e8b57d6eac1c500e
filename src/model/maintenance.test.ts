import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillTemplate } from './comms.ts';
import { formatWindow, maintenanceCommsValues, maintenanceSpan, maintenanceState } from './maintenance.ts';
import { openHandbook } from './open-handbook.ts';

const at = (iso: string) => new Date(iso);
const update = (iso: string, status: 'scheduled' | 'in_progress' | 'verifying' | 'completed') => ({ at: at(iso), status, body: status });
const scheduledFor = at('2026-11-28T01:00:00Z');
const NOW = at('2026-11-28T23:00:00Z');

describe('maintenanceState', () => {
	it('is the latest update by time, with when it was announced, started and completed', () => {
		const updates = [update('2026-11-28T02:40:00Z', 'completed'), update('2026-11-19T10:00:00Z', 'scheduled'), update('2026-11-28T01:05:00Z', 'in_progress'), update('2026-11-28T02:10:00Z', 'verifying')];
		expect(maintenanceState({ updates })).toEqual({ status: 'completed', phase: 'completed', announcedAt: at('2026-11-19T10:00:00Z'), startedAt: at('2026-11-28T01:05:00Z'), completedAt: at('2026-11-28T02:40:00Z') });
	});
	it('is upcoming before any update, active while in progress or verifying', () => {
		expect(maintenanceState({ updates: [] })).toEqual({ status: 'scheduled', phase: 'upcoming' });
		expect(maintenanceState({ updates: [update('2026-11-28T02:10:00Z', 'verifying')] }).phase).toBe('active');
	});
});

describe('maintenanceSpan', () => {
	it('runs from the start of the work to its completion, or to now while it is under way', () => {
		expect(maintenanceSpan({ scheduledFor, updates: [update('2026-11-28T01:05:00Z', 'in_progress'), update('2026-11-28T02:40:00Z', 'completed')] }, NOW)).toEqual({ start: at('2026-11-28T01:05:00Z'), end: at('2026-11-28T02:40:00Z') });
		expect(maintenanceSpan({ scheduledFor, updates: [update('2026-11-28T01:05:00Z', 'in_progress')] }, NOW)).toEqual({ start: at('2026-11-28T01:05:00Z'), end: NOW });
	});
	it('starts at the window when only completion was posted; none before the work starts', () => {
		expect(maintenanceSpan({ scheduledFor, updates: [update('2026-11-28T02:00:00Z', 'completed')] }, NOW)).toEqual({ start: scheduledFor, end: at('2026-11-28T02:00:00Z') });
		expect(maintenanceSpan({ scheduledFor, updates: [update('2026-11-19T10:00:00Z', 'scheduled')] }, NOW)).toBeUndefined();
	});
});

describe('formatWindow', () => {
	it('writes the day once for a window within a day, both days otherwise, in the zone', () => {
		expect(formatWindow(at('2026-11-28T01:00:00Z'), at('2026-11-28T03:00:00Z'), 'Europe/Berlin')).toBe('2026-11-28 02:00–04:00 GMT+1');
		expect(formatWindow(at('2026-11-28T22:00:00Z'), at('2026-11-29T01:00:00Z'), 'Europe/Berlin')).toBe('2026-11-28 23:00–2026-11-29 02:00 GMT+1');
	});
});

describe('maintenanceCommsValues', () => {
	it('fills the maintenance templates of the example comms.yaml for the example maintenance', () => {
		const handbook = openHandbook(join(import.meta.dirname, '../../content')).handbook!;
		const maintenance = [...handbook.maintenances.values()][0]!;
		const template = handbook.comms.find((t) => t.id === 'customer-maintenance-scheduled')!;
		const filled = fillTemplate(template.text, maintenanceCommsValues(handbook, maintenance));
		expect(filled).toContain('planned maintenance on Webhooks, Payments API on 2026-11-28 02:00–04:00 GMT+1 (Berlin time)');
		expect(filled).not.toMatch(/\{(window|components)\}/);
	});
});

describe('a maintenance the loader refuses', () => {
	it('names the file, line and field of a window that ends before it starts, and of an unknown component', () => {
		const dir = mkdtempSync(join(tmpdir(), 'firebreak-maintenance-'));
		cpSync(join(import.meta.dirname, '../../content'), dir, { recursive: true });
		const file = join(dir, 'maintenance/2026-11-28-webhook-queue-upgrade.mdx');
		writeFileSync(file, readFileSync(file, 'utf8').replace('scheduledUntil: 2026-11-28T04:00:00+01:00', 'scheduledUntil: 2026-11-28T01:00:00+01:00').replace('components: [webhooks, api]', 'components: [webhooks, payouts]'));
		const { problems } = openHandbook(dir);
		expect(problems).toEqual([
			{ file: 'maintenance/2026-11-28-webhook-queue-upgrade.mdx', line: 5, field: 'scheduledUntil', expected: 'a time after scheduledFor (the window ends after it starts)', found: expect.any(String) },
		]);
		writeFileSync(file, readFileSync(file, 'utf8').replace('scheduledUntil: 2026-11-28T01:00:00+01:00', 'scheduledUntil: 2026-11-28T04:00:00+01:00'));
		expect(openHandbook(dir).problems).toEqual([
			{ file: 'maintenance/2026-11-28-webhook-queue-upgrade.mdx', line: 3, field: 'components.1', expected: 'the id of a component (components in handbook.yaml)', found: '"payouts", which no component has' },
		]);
		rmSync(dir, { recursive: true, force: true });
	});
});
