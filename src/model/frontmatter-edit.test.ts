import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FrontmatterEditError, FrontmatterEditor } from './frontmatter-edit.ts';

const FILE = `---
title: Checkout fails   # keep this comment
services: [checkout-api]
startedAt: 2026-11-23T07:50:00+01:00
roles:
  tl: jkowalski
updates:
  - at: 2026-11-23T08:24:00+01:00
    status: investigating
    body: >-
      Some requests are slower than usual,
      folded as the author wrote it.
timeline: []
---

Internal notes.
`;

const edit = (change: (editor: FrontmatterEditor) => void, text = FILE) => {
	const editor = new FrontmatterEditor(text);
	change(editor);
	return editor.text();
};
const data = (text: string) => parse(text.split('---\n')[1]!);

describe('FrontmatterEditor', () => {
	it('adds a key after the one named, replaces an existing value, and leaves every other line alone', () => {
		const out = edit((e) => {
			e.set('acknowledgedAt', '2026-11-23T08:06:00+01:00', ['startedAt', 'detectedAt']);
			e.set('title', 'Checkout fails for all');
		});
		expect(out).toBe(
			FILE.replace('title: Checkout fails ', 'title: Checkout fails for all ').replace(
				'startedAt: 2026-11-23T07:50:00+01:00\n',
				'startedAt: 2026-11-23T07:50:00+01:00\nacknowledgedAt: 2026-11-23T08:06:00+01:00\n'
			)
		);
	});
	it('appends to a block list at its indentation and turns an empty flow list into a block one', () => {
		const out = edit((e) => {
			e.append('updates', {
				at: '2026-11-23T09:00:00+01:00',
				status: 'identified',
				body: 'Found it in #incidents: a bad deploy.',
			});
			e.append('timeline', { at: '2026-11-23T09:01:00+01:00', text: 'Rolled back #123' });
		});
		expect(out).toContain(
			'    folded as the author wrote it.\n  - at: 2026-11-23T09:00:00+01:00\n    status: identified\n'
		);
		expect(data(out).updates[1].body).toBe('Found it in #incidents: a bad deploy.');
		expect(data(out).timeline).toEqual([
			{ at: '2026-11-23T09:01:00+01:00', text: 'Rolled back #123' },
		]);
		expect(out).toContain('# keep this comment');
		expect(out.endsWith('---\n\nInternal notes.\n')).toBe(true);
	});
	it('sets a key of a map, and adds the map when missing', () => {
		const out = edit((e) => {
			e.setIn('roles', 'ic', 'lbecker');
			e.setIn('roles', 'tl', 'tnguyen');
			e.setIn('components', 'api', 'major_outage', ['services']);
		});
		expect(data(out).roles).toEqual({ tl: 'tnguyen', ic: 'lbecker' });
		expect(data(out).components).toEqual({ api: 'major_outage' });
		expect(out).toContain('services: [checkout-api]\ncomponents:\n  api: major_outage\n');
	});
	it("refuses what it cannot edit without rewriting the author's lines", () => {
		expect(() => edit((e) => e.append('services', { x: 1 }))).toThrow(FrontmatterEditError);
		expect(() => new FrontmatterEditor('no frontmatter')).toThrow(
			/does not start with a --- frontmatter block/
		);
	});
});
