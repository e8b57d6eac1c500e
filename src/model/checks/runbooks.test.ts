import { describe, expect, it } from 'vitest';
import { runbookRules } from './runbooks.ts';
import { testContext, type TestContent } from './test-handbook.ts';

const run = (id: string, runbooks: TestContent['runbooks']) =>
	runbookRules.find((r) => r.id === id)!.check(testContext({ runbooks }));

describe('runbook-stale', () => {
	it('fires when the last review is older than the period', () => {
		// 2026-08-24 → 2026-11-23 is 91 days; the default period is 90.
		expect(
			run('runbook-stale', { 'checkout/slow': { data: { lastReviewed: '2026-08-24' } } })
		).toEqual([
			{
				file: 'runbooks/checkout/slow.mdx',
				field: 'lastReviewed',
				message: 'was last reviewed 2026-08-24, 91 days ago (review every 90 days)',
				entry: { kind: 'runbook', id: 'checkout/slow' },
			},
		]);
	});
	it("does not fire within the period, the runbook's own or the handbook's", () => {
		expect(run('runbook-stale', { slow: { data: { lastReviewed: '2026-08-25' } } })).toEqual([]);
		expect(
			run('runbook-stale', { slow: { data: { lastReviewed: '2026-06-01', reviewEveryDays: 365 } } })
		).toEqual([]);
	});
});

describe('runbook-sections', () => {
	it('fires when Diagnosis or Mitigation is missing', () => {
		expect(run('runbook-sections', { slow: { headings: ['Meaning', 'Diagnosis'] } })).toMatchObject(
			[{ field: 'body', message: 'has no "## Mitigation" section' }]
		);
		expect(run('runbook-sections', { slow: { headings: [] } })).toMatchObject([
			{ message: 'has no "## Diagnosis" or "## Mitigation" section' },
		]);
	});
	it('does not fire with both (any case), even without the advisory sections', () => {
		expect(run('runbook-sections', { slow: { headings: ['diagnosis', 'MITIGATION'] } })).toEqual(
			[]
		);
	});
});

describe('runbook-stale for a runbook nobody has reviewed', () => {
	it('fires for needs-review without lastReviewed', () => {
		expect(
			run('runbook-stale', {
				imported: { data: { status: 'needs-review', lastReviewed: undefined } },
			})
		).toMatchObject([
			{
				field: 'lastReviewed',
				message: 'has never been reviewed (status needs-review; review every 90 days)',
			},
		]);
	});
	it('names the sections its review must write or fill, which runbook-sections leaves to it', () => {
		const imported = {
			data: { status: 'needs-review' as const, lastReviewed: undefined },
			headings: ['Meaning', 'Diagnosis', 'Impact'],
			body: '## Meaning\n\nSlow.\n\n## Diagnosis\n\n## Impact\n\nSome.\n',
		};
		expect(run('runbook-stale', { imported })).toMatchObject([
			{
				message:
					'has never been reviewed (status needs-review; review every 90 days); its review must write "## Mitigation" and fill the empty "## Diagnosis"',
			},
		]);
		expect(run('runbook-sections', { imported })).toEqual([]);
		expect(
			run('runbook-sections', {
				imported: {
					...imported,
					data: { ...imported.data, status: 'draft', lastReviewed: '2026-11-01' },
				},
			})
		).toHaveLength(2);
	});
});

describe('runbook-sections with an empty section', () => {
	it('counts a required section with nothing under it as missing', () => {
		const body = '## Meaning\n\nSlow.\n\n## Diagnosis\n\n## Mitigation\n\nRestart.\n';
		expect(run('runbook-sections', { slow: { body } })).toMatchObject([
			{ field: 'body', message: 'has nothing under "## Diagnosis", which counts as missing' },
		]);
		expect(
			run('runbook-sections', {
				slow: { body: '## Diagnosis\n\n### Logs\n\nLook.\n\n## Mitigation\n\n- Restart.\n' },
			})
		).toEqual([]);
	});
});

describe('runbook-template-syntax', () => {
	it('fires for Hugo shortcodes and Go or Jinja templates outside code, with the line', () => {
		const body =
			'See [x]({{< ref "a.md" >}}).\n\n{{% notice %}}\n\nHost {{ .Labels.instance }} and {% if x %}.\n\n`{{ in code }}`\n\n```\n{{range .items}}\n```\n';
		expect(run('runbook-template-syntax', { slow: { body } }).map((f) => f.message)).toEqual([
			'line 1: {{< ref "a.md" >}} is shown as written (template syntax outside code)',
			'line 3: {{% notice %}} is shown as written (template syntax outside code)',
			'line 5: {{ .Labels.instance }} is shown as written (template syntax outside code)',
			'line 5: {% if x %} is shown as written (template syntax outside code)',
		]);
	});
});

describe('runbook-title-h1', () => {
	it('fires for a body H1 that repeats the title, spaced or not', () => {
		expect(
			run('runbook-title-h1', {
				slow: {
					data: { title: 'Kube Pod Crash Looping' },
					body: '# KubePodCrashLooping\n\n## Diagnosis\n\nLook.\n',
				},
			})
		).toMatchObject([
			{
				field: 'body',
				message:
					'line 1: the H1 "KubePodCrashLooping" repeats the title, so the page shows it twice',
			},
		]);
		expect(
			run('runbook-title-h1', {
				slow: { data: { title: 'Slow checkout' }, body: '# Background\n\nText.\n' },
			})
		).toEqual([]);
	});
});
