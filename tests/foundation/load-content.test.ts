import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureCopy } from '../helpers/fixture.ts';
import { ROOT } from '../helpers/run.ts';
import { loadContent } from '../../src/model/load-content.ts';

const MINIMAL = join(ROOT, 'tests/fixtures/minimal');

describe('loadContent', () => {
	it('reads every kind of file of a valid folder', () => {
		const { content, problems } = loadContent(MINIMAL);
		expect(problems).toEqual([]);
		expect(content?.config.org.name).toBe('Tiny Co');
		expect(content?.people.map((p) => p.id)).toEqual(['sam', 'kim']);
		expect(content?.services.map((s) => s.id)).toEqual(['website']);
		expect(content?.runbooks.map((r) => r.id)).toEqual(['web/websitedown']);
		expect(content?.incidents[0]?.data.startedAt.toISOString()).toBe('2026-10-02T13:00:00.000Z');
		expect(content?.guides.map((g) => g.id)).toEqual(['on-call']);
	});

	it('reads offset-less timestamps in the handbook timezone', () => {
		const incident = loadContent(MINIMAL).content?.incidents[0];
		// "2026-10-02 09:03" in America/New_York (EDT, UTC-4).
		expect(incident?.data.timeline[0]?.at.toISOString()).toBe('2026-10-02T13:03:00.000Z');
	});

	it('collects the headings of MDX bodies', () => {
		const runbook = loadContent(MINIMAL).content?.runbooks[0];
		expect(runbook?.headings.map((h) => h.text)).toEqual([
			'Meaning',
			'Impact',
			'Diagnosis',
			'Mitigation',
			'Escalation',
		]);
	});

	it('reads .md runbooks as plain Markdown, where braces and < are text', () => {
		const dir = fixtureCopy('minimal');
		writeFileSync(
			join(dir, 'runbooks/web/Imported.md'),
			'---\ntitle: Imported\nservice: website\nowner: web\nlastReviewed: 2026-01-01\nstatus: draft\n---\n\n## Meaning\n\nRun {{range .items}} when load < 5.\n'
		);
		const { content, problems } = loadContent(dir);
		expect(problems).toEqual([]);
		expect(content?.runbooks.map((r) => r.id)).toContain('web/imported');
	});

	it('skips _ and . files by convention and reports any other stray file', () => {
		const dir = fixtureCopy('minimal');
		writeFileSync(join(dir, 'runbooks/_index.md'), '# section notes');
		writeFileSync(join(dir, 'runbooks/web/notes.txt'), 'scratch');
		writeFileSync(join(dir, 'handbook.yml'), 'org: {}');
		mkdirSync(join(dir, 'drafts'));
		const { problems } = loadContent(dir);
		expect(problems.map((p) => p.file).sort()).toEqual([
			'drafts',
			'handbook.yml',
			'runbooks/web/notes.txt',
		]);
	});

	it('stops at an invalid handbook.yaml, since every other schema depends on it', () => {
		const dir = fixtureCopy('minimal', [
			{ file: 'handbook.yaml', replace: ['timezone: America/New_York', 'timezone: Mars/Olympus'] },
		]);
		const { content, problems } = loadContent(dir);
		expect(content).toBeUndefined();
		expect(problems).toEqual([
			expect.objectContaining({
				file: 'handbook.yaml',
				field: 'org.timezone',
				expected: expect.stringContaining('IANA'),
			}),
		]);
	});

	it('derives the severity enum from the ladder, so a 3-tier team cannot use a 4th', () => {
		const dir = fixtureCopy('minimal', [
			{
				file: 'incidents/2026-10-02-website-down.mdx',
				replace: ['severity: major', 'severity: sev4'],
			},
		]);
		const { problems } = loadContent(dir);
		expect(problems).toEqual([
			expect.objectContaining({
				field: 'severity',
				expected: expect.stringContaining('major, minor, low'),
			}),
		]);
	});

	it('reports a missing content folder plainly', () => {
		expect(loadContent(join(MINIMAL, 'nope')).problems[0]).toMatchObject({
			file: 'handbook.yaml',
			found: 'no such file',
		});
	});
});
