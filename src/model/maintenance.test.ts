import { describe, expect, it } from 'vitest';
import { formatWindow, maintenanceSpan, maintenanceState } from './maintenance.ts';

const at = (iso: string) => new Date(iso);
const update = (iso: string, status: 'scheduled' | 'in_progress' | 'verifying' | 'completed') => ({
	at: at(iso),
	status,
	body: status,
});
const scheduledFor = at('2026-11-28T01:00:00Z');
const NOW = at('2026-11-28T23:00:00Z');

describe('maintenanceState', () => {
	it('is the latest update by time, with when it was announced, started and completed', () => {
		const updates = [
			update('2026-11-28T02:40:00Z', 'completed'),
			update('2026-11-19T10:00:00Z', 'scheduled'),
			update('2026-11-28T01:05:00Z', 'in_progress'),
			update('2026-11-28T02:10:00Z', 'verifying'),
		];
		expect(maintenanceState({ updates })).toEqual({
			status: 'completed',
			phase: 'completed',
			announcedAt: at('2026-11-19T10:00:00Z'),
			startedAt: at('2026-11-28T01:05:00Z'),
			completedAt: at('2026-11-28T02:40:00Z'),
		});
	});
	it('is upcoming before any update, active while in progress or verifying', () => {
		expect(maintenanceState({ updates: [] })).toEqual({ status: 'scheduled', phase: 'upcoming' });
		expect(maintenanceState({ updates: [update('2026-11-28T02:10:00Z', 'verifying')] }).phase).toBe(
			'active'
		);
	});
});

describe('maintenanceSpan', () => {
	it('runs from the start of the work to its completion, or to now while it is under way', () => {
		expect(
			maintenanceSpan(
				{
					scheduledFor,
					updates: [
						update('2026-11-28T01:05:00Z', 'in_progress'),
						update('2026-11-28T02:40:00Z', 'completed'),
					],
				},
				NOW
			)
		).toEqual({ start: at('2026-11-28T01:05:00Z'), end: at('2026-11-28T02:40:00Z') });
		expect(
			maintenanceSpan(
				{ scheduledFor, updates: [update('2026-11-28T01:05:00Z', 'in_progress')] },
				NOW
			)
		).toEqual({ start: at('2026-11-28T01:05:00Z'), end: NOW });
	});
	it('starts at the window when only completion was posted; none before the work starts', () => {
		expect(
			maintenanceSpan({ scheduledFor, updates: [update('2026-11-28T02:00:00Z', 'completed')] }, NOW)
		).toEqual({ start: scheduledFor, end: at('2026-11-28T02:00:00Z') });
		expect(
			maintenanceSpan({ scheduledFor, updates: [update('2026-11-19T10:00:00Z', 'scheduled')] }, NOW)
		).toBeUndefined();
	});
});

describe('formatWindow', () => {
	it('writes the day once for a window within a day, both days otherwise, in the zone', () => {
		expect(
			formatWindow(at('2026-11-28T01:00:00Z'), at('2026-11-28T03:00:00Z'), 'Europe/Berlin')
		).toBe('2026-11-28 02:00–04:00 GMT+1');
		expect(
			formatWindow(at('2026-11-28T22:00:00Z'), at('2026-11-29T01:00:00Z'), 'Europe/Berlin')
		).toBe('2026-11-28 23:00–2026-11-29 02:00 GMT+1');
	});
});
