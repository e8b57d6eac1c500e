import { describe, expect, it } from 'vitest';
import {
	formatBuildFailure,
	formatGithub,
	formatJson,
	formatText,
	formatWarningSummary,
} from './format.ts';
import { summarize, type CheckReport } from './report.ts';
import type { Finding } from './types.ts';

const findings: Finding[] = [
	{
		rule: 'action-item-due',
		level: 'error',
		file: 'postmortems/a.mdx',
		field: 'actionItems.0.due',
		message: '"a-1" has no due date',
		entry: { kind: 'postmortem', id: 'a' },
	},
	{
		rule: 'action-item-overdue',
		level: 'warn',
		file: 'postmortems/a.mdx',
		field: 'actionItems.1.due',
		message: '"a-2" was due 2026-10-01, 50% late: yes',
		entry: { kind: 'postmortem', id: 'a' },
	},
	{
		rule: 'runbook-stale',
		level: 'warn',
		file: 'runbooks/x.mdx',
		field: 'lastReviewed',
		message: 'line one\nline two',
	},
];
const report: CheckReport = { today: '2026-11-23', findings, summary: summarize(findings) };

describe('check output formats', () => {
	it('text: errors first, then warnings, each grouped by file, one line per finding, then the count line', () => {
		expect(formatText(report)).toBe(
			[
				'postmortems/a.mdx',
				'  error action-item-due  actionItems.0.due: "a-1" has no due date',
				'',
				'postmortems/a.mdx',
				'  warn  action-item-overdue  actionItems.1.due: "a-2" was due 2026-10-01, 50% late: yes',
				'',
				'runbooks/x.mdx',
				'  warn  runbook-stale  lastReviewed: line one\nline two',
				'',
				'✖ 1 error, 2 warnings (as of 2026-11-23).',
			].join('\n')
		);
		expect(formatText({ today: '2026-11-23', findings: [], summary: summarize([]) })).toBe(
			'✔ No findings (as of 2026-11-23).'
		);
	});

	it('json: today, findings with every key (entry null when absent), summary', () => {
		const parsed = JSON.parse(formatJson(report));
		expect(Object.keys(parsed)).toEqual(['today', 'findings', 'summary']);
		expect(parsed.findings[2]).toEqual({
			rule: 'runbook-stale',
			level: 'warn',
			file: 'runbooks/x.mdx',
			field: 'lastReviewed',
			message: 'line one\nline two',
			entry: null,
		});
		expect(parsed.summary).toEqual({
			errors: 1,
			warnings: 2,
			byRule: { 'action-item-due': 1, 'action-item-overdue': 1, 'runbook-stale': 1 },
		});
	});

	it('every format lists errors before warnings, whatever the order of files', () => {
		const late: Finding = {
			rule: 'url-alias',
			level: 'error',
			file: 'runbooks/z.mdx',
			field: 'aliases.0',
			message: '/x/ is the URL of another page',
		};
		const mixed = [...findings, late];
		const both: CheckReport = { today: '2026-11-23', findings: mixed, summary: summarize(mixed) };
		const text = formatText(both);
		expect(text.indexOf('url-alias')).toBeLessThan(text.indexOf('action-item-overdue'));
		expect(JSON.parse(formatJson(both)).findings.map((f: Finding) => f.level)).toEqual([
			'error',
			'error',
			'warn',
			'warn',
		]);
		expect(
			formatGithub(both, '.')
				.split('\n')
				.map((line) => line.split(' ')[0])
		).toEqual(['::error', '::error', '::warning', '::warning', '✖']);
	});

	it('github: one escaped workflow command per finding, files from the repository root', () => {
		const lines = formatGithub(report, 'content').split('\n');
		expect(lines[0]).toBe(
			'::error file=content/postmortems/a.mdx,title=action-item-due (actionItems.0.due)::"a-1" has no due date'
		);
		expect(lines[1]).toBe(
			'::warning file=content/postmortems/a.mdx,title=action-item-overdue (actionItems.1.due)::"a-2" was due 2026-10-01, 50%25 late: yes'
		);
		expect(lines[2]).toBe(
			'::warning file=content/runbooks/x.mdx,title=runbook-stale (lastReviewed)::line one%0Aline two'
		);
		expect(formatGithub(report, '.').split('\n')[0]).toContain('file=postmortems/a.mdx,');
	});

	it('build: the error findings as the CLI prints them; warnings as counts per rule', () => {
		expect(formatBuildFailure(report)).toContain(
			'postmortems/a.mdx\n  error action-item-due  actionItems.0.due: "a-1" has no due date\n\n✖ 1 error, 2 warnings'
		);
		expect(formatBuildFailure(report)).not.toContain('runbook-stale');
		expect(formatBuildFailure(report)).toContain('The 2 warnings are not listed here');
		const clean = findings.slice(0, 1);
		expect(
			formatBuildFailure({ ...report, findings: clean, summary: summarize(clean) })
		).not.toContain('not listed');
		expect(formatWarningSummary(report)).toBe(
			'⚠ 2 warnings (as of 2026-11-23): action-item-overdue 1, runbook-stale 1. Details: npm run check, or /checks/ in the handbook.'
		);
	});
});
