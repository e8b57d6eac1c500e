/** The SOP, on-call and comms pages of the example site say what handbook.yaml, people.yaml and comms.yaml say. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minutesInWords } from '../../src/model/comms.ts';
import { contact, shiftsFrom } from '../../src/model/on-call.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { postmortemRule } from '../../src/model/sop.ts';
import { urls } from '../../src/model/urls.ts';
import { EXAMPLE_INTERNAL } from '../helpers/example-site.ts';
import { fixtureCopy } from '../helpers/fixture.ts';
import { ROOT, TODAY } from '../helpers/run.ts';

const hb = openHandbook(join(ROOT, 'content')).handbook!;
const html = (path: string) => readFileSync(join(EXAMPLE_INTERNAL, path, 'index.html'), 'utf8');
const text = (fragment: string) =>
	fragment
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
		// Tags became spaces; punctuation after an inline element (`<strong>Primary</strong>:`) closes up again.
		.replace(/ ([:.,;])/g, '$1')
		.trim();
/** @returns the text of the first `tag` element whose attributes start with `attributes` (a regex source). */
const element = (page: string, tag: string, attributes: string) =>
	text(new RegExp(`<${tag} ${attributes}[^>]*>([\\s\\S]*?)</${tag}>`).exec(page)?.[1] ?? '');

describe('the SOP page', () => {
	const sop = html(urls.sop());
	it.each(hb.ladder.map((rung) => [rung.label, rung] as const))(
		'shows the ladder row of %s from handbook.yaml',
		(_, rung) => {
			const row = element(sop, 'tr', `data-severity="${rung.id}"`);
			expect(row).toContain(rung.label);
			expect(row).toContain(minutesInWords(rung.ackMinutes));
			expect(row).toContain(minutesInWords(rung.updateCadenceMinutes));
			expect(row).toContain(rung.icRequired ? 'required' : 'optional');
			expect(row).toContain(postmortemRule(rung));
		}
	);
	it('ends with the handbook name and the build date', () => {
		const footer = element(sop, 'footer', 'class="fb-sop-footer');
		expect(footer).toContain(hb.config.org.name);
		expect(footer).toContain(`built ${TODAY}`);
	});
});

describe('the on-call page', () => {
	const page = html(urls.onCall());
	const rotations = hb.config.onCall!.rotations;

	it.each(rotations.map((rotation) => [rotation.name, rotation] as const))(
		'names who holds the %s rotation this shift and next',
		(_, rotation) => {
			const row = new RegExp(`<tr id="rotation-${rotation.id}"[^>]*>([\\s\\S]*?)</tr>`).exec(
				page
			)![1]!;
			const [now, next] = shiftsFrom(rotation, hb.config.org.timezone, TODAY);
			for (const [which, shift] of [
				['current', now!],
				['next', next!],
			] as const) {
				const cell = element(row, 'td', `data-shift="${which}"`);
				expect(cell).toContain(`Primary: ${contact(hb, shift.primary).name}`);
				if (shift.secondary)
					expect(cell).toContain(`Secondary: ${contact(hb, shift.secondary).name}`);
			}
		}
	);

	it('puts the right people on call on the pinned day', () => {
		// 2026-11-23 is the Monday of shift 46 of rotations that started on Monday 2026-01-05.
		const row = /<tr id="rotation-payments"[^>]*>([\s\S]*?)<\/tr>/.exec(page)![1]!;
		expect(element(row, 'td', 'data-shift="current"')).toContain('Primary: Rotimi Okafor');
		expect(element(row, 'td', 'data-shift="next"')).toContain('Primary: Sophie Fischer');
	});

	it('lists the escalation timing and every service chain with handles', () => {
		for (const step of hb.config.onCall!.escalation)
			expect(text(page)).toContain(`After ${step.afterMinutes} minutes: ${step.action}`);
		for (const service of hb.services.values()) {
			const row = element(page, 'tr', `data-service="${service.id}"`);
			for (const id of service.data.escalation) {
				const who = contact(hb, id);
				expect(row).toContain(who.name);
				for (const reach of who.reach) expect(row).toContain(reach);
			}
		}
	});
});

describe('the comms page without JavaScript', () => {
	const page = html(urls.comms());
	it('shows every template with its placeholders, the form and copy buttons hidden until the script runs', () => {
		expect(hb.comms.length).toBeGreaterThan(0);
		for (const template of hb.comms) {
			const shown = element(page, 'pre', `id="fb-template-${template.id}"`);
			expect(shown).toBe(text(template.text));
		}
		expect(page).toMatch(/<form data-comms-form[^>]*\shidden/);
		expect(page.match(/<button type="button" data-copy="[^"]+"[^>]*\shidden/g)).toHaveLength(
			hb.comms.length
		);
	});
});

describe('on-call content', () => {
	it('refuses a rotation naming someone who is not in people.yaml', () => {
		const dir = fixtureCopy('sop-cadence', [
			{ file: 'handbook.yaml', replace: ['primary: [sam, kim]', 'primary: [sam, nobody]'] },
		]);
		expect(openHandbook(dir).problems).toEqual([
			expect.objectContaining({ file: 'handbook.yaml', field: 'onCall.rotations.0.primary.1' }),
		]);
	});
	it('refuses a comms template with an unknown placeholder', () => {
		const dir = fixtureCopy('sop-cadence', [
			{ file: 'comms.yaml', replace: ['{impact}. No ETA', '{impakt}. No ETA'] },
		]);
		expect(openHandbook(dir).problems).toEqual([
			expect.objectContaining({ file: 'comms.yaml', field: 'templates.0.text' }),
		]);
	});
});
