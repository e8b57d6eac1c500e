import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from './problems.ts';
import { minutesInWords, fillTemplate, nextUpdateTime } from './comms.ts';
import { readComms } from './comms-file.ts';

describe('comms templates', () => {
	it('fills known placeholders and leaves empty ones visible', () => {
		const template = '{severity} on {service}: {impact}. Next update at {nextUpdate}.';
		expect(
			fillTemplate(template, {
				severity: 'Sev-1',
				service: 'Checkout',
				impact: '  ',
				nextUpdate: '10:30',
			})
		).toBe('Sev-1 on Checkout: {impact}. Next update at 10:30.');
		// Inherited object keys are not values.
		expect(fillTemplate('{constructor}', {})).toBe('{constructor}');
	});

	it('adds the cadence to the time of posting, across midnight', () => {
		expect(nextUpdateTime('10:00', 30)).toBe('10:30');
		expect(nextUpdateTime('23:45', 30)).toBe('00:15 (+1 day)');
		expect(nextUpdateTime('09:00', 1440)).toBe('09:00 (+1 day)');
		expect(nextUpdateTime('09:00', 2880)).toBe('09:00 (+2 days)');
		expect(nextUpdateTime('9am', 30)).toBeUndefined();
	});

	it('words durations', () => {
		expect(minutesInWords(30)).toBe('30 minutes');
		expect(minutesInWords(60)).toBe('1 hour');
		expect(minutesInWords(240)).toBe('4 hours');
	});

	it('reads comms.yaml, refusing unknown placeholders and repeated ids', () => {
		const dir = mkdtempSync(join(tmpdir(), 'firebreak-comms-'));
		const problems: Problem[] = [];
		expect(readComms(dir, problems)).toBeUndefined();
		expect(problems).toEqual([]);

		writeFileSync(
			join(dir, 'comms.yaml'),
			[
				'templates:',
				'  - { id: a, title: A, audience: internal, text: "{sevrity} on {service}" }',
				'  - { id: a, title: B, audience: customer, text: "ok" }',
			].join('\n')
		);
		readComms(dir, problems);
		expect(problems).toEqual([
			expect.objectContaining({
				file: 'comms.yaml',
				field: 'templates.0.text',
				found: expect.stringContaining('{sevrity}'),
			}),
		]);

		writeFileSync(
			join(dir, 'comms.yaml'),
			'templates:\n  - { id: a, title: A, audience: internal, text: x }\n  - { id: a, title: B, audience: customer, text: y }\n'
		);
		const twice: Problem[] = [];
		expect(readComms(dir, twice)).toHaveLength(2);
		expect(twice).toEqual([expect.objectContaining({ field: 'templates.1.id' })]);
	});
});
