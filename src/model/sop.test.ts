import { describe, expect, it } from 'vitest';
import type { Severity } from '../schemas/handbook.ts';
import { inWords, postmortemRule, rungsWhere } from './sop.ts';

const rung = (label: string, icRequired: boolean, dueBusinessDays?: number): Severity => ({
	id: label.toLowerCase(),
	label,
	definition: 'x',
	examples: [],
	ackMinutes: 5,
	updateCadenceMinutes: 30,
	declaredBy: 'anyone',
	icRequired,
	postmortem:
		dueBusinessDays === undefined ? { required: false } : { required: true, dueBusinessDays },
});

describe('SOP wording', () => {
	it('joins lists as prose', () => {
		expect(inWords([])).toBe('none');
		expect(inWords(['Sev-1'])).toBe('Sev-1');
		expect(inWords(['Sev-1', 'Sev-2', 'Sev-3'])).toBe('Sev-1, Sev-2 and Sev-3');
	});
	it('names the rungs that need something, in ladder order', () => {
		const ladder = [rung('Sev-1', true, 5), rung('Sev-2', true, 10), rung('Sev-3', false)];
		expect(rungsWhere(ladder, (r) => r.icRequired)).toBe('Sev-1 and Sev-2');
		expect(ladder.map(postmortemRule)).toEqual([
			'within 5 business days',
			'within 10 business days',
			'optional',
		]);
	});
});
