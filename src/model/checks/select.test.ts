import { describe, expect, it } from 'vitest';
import { countLine, formatJson, formatText } from './format.ts';
import { summarize, type CheckReport } from './report.ts';
import { inPaths, selectFindings } from './select.ts';
import type { Finding } from './types.ts';

const finding = (file: string, level: Finding['level'], rule = 'runbook-stale'): Finding => ({
	rule,
	level,
	file,
	field: 'f',
	message: 'm',
});
const findings = [
	finding('incidents/a.mdx', 'warn'),
	finding('runbooks/search-api/Slow.mdx', 'error', 'runbook-sections'),
	finding('runbooks/search-api/Slow.mdx', 'warn'),
	finding('runbooks/search-api-v2/Down.mdx', 'warn'),
	finding('urls.lock', 'warn', 'url-not-locked'),
];
const report: CheckReport = { today: '2026-11-23', findings, summary: summarize(findings) };
const noLockYet = (file: string) => file !== 'urls.lock';

describe('inPaths', () => {
	it('matches a file itself or a folder holding it, with or without the trailing slash, never a name that only starts alike', () => {
		expect(inPaths('runbooks/search-api/Slow.mdx', ['runbooks/search-api/Slow.mdx'])).toBe(true);
		expect(inPaths('runbooks/search-api/Slow.mdx', ['runbooks/search-api/'])).toBe(true);
		expect(inPaths('runbooks/search-api/Slow.mdx', ['runbooks'])).toBe(true);
		expect(inPaths('runbooks/search-api-v2/Down.mdx', ['runbooks/search-api'])).toBe(false);
		expect(inPaths('incidents/a.mdx', ['runbooks', 'incidents/a.mdx'])).toBe(true);
		expect(inPaths('incidents/a.mdx', [])).toBe(false);
		expect(inPaths('incidents/a.mdx', [''])).toBe(true);
	});
});

describe('selectFindings', () => {
	it('lists the findings in the selected files and counts the others as elsewhere', () => {
		const selected = selectFindings(report, ['runbooks/search-api/'], { tiedToFile: noLockYet });
		expect(selected.findings.map((f) => `${f.level} ${f.file}`)).toEqual([
			'error runbooks/search-api/Slow.mdx',
			'warn runbooks/search-api/Slow.mdx',
		]);
		expect(selected.summary).toMatchObject({ errors: 1, warnings: 1 });
		expect(selected.elsewhere).toMatchObject({ errors: 0, warnings: 3 });
	});

	it('selects everything, with nothing elsewhere, when no path is given', () => {
		const all = selectFindings(report, undefined);
		expect(all.findings).toEqual(findings);
		expect(all).not.toHaveProperty('elsewhere');
	});

	it('counts a finding about no file of the content (urls.lock before it exists) with handbook.yaml', () => {
		expect(selectFindings(report, ['urls.lock'], { tiedToFile: noLockYet }).summary.warnings).toBe(
			0
		);
		expect(
			selectFindings(report, ['handbook.yaml'], { tiedToFile: noLockYet }).findings.map(
				(f) => f.rule
			)
		).toEqual(['url-not-locked']);
		// Once the lock exists, its findings are its own.
		expect(selectFindings(report, ['urls.lock']).findings.map((f) => f.rule)).toEqual([
			'url-not-locked',
		]);
	});

	it('--errors-only lists the errors and still counts the warnings', () => {
		const errors = selectFindings(report, ['runbooks'], { errorsOnly: true });
		expect(errors.findings.map((f) => f.level)).toEqual(['error']);
		expect(errors.summary).toMatchObject({ errors: 1, warnings: 2 });
		expect(selectFindings(report, undefined, { errorsOnly: true }).findings).toHaveLength(1);
	});
});

describe('the count line of a selection', () => {
	it('says how many findings are in the selected files and how many elsewhere', () => {
		const selected = selectFindings(report, ['runbooks/search-api'], { tiedToFile: noLockYet });
		expect(formatText(selected).split('\n').at(-1)).toBe(
			'✖ 1 error, 1 warning in the selected files; 3 warnings elsewhere (as of 2026-11-23).'
		);
		expect(formatText(selectFindings(report, ['incidents']))).toBe(
			'incidents/a.mdx\n  warn  runbook-stale  f: m\n\n⚠ 0 errors, 1 warning in the selected files; 1 error, 3 warnings elsewhere (as of 2026-11-23).'
		);
		expect(formatText(selectFindings(report, []))).toBe(
			'✔ No findings in the selected files; 1 error, 4 warnings elsewhere (as of 2026-11-23).'
		);
		expect(countLine(summarize(findings), '2026-11-23', summarize([]))).toBe(
			'✖ 1 error, 4 warnings in the selected files; none elsewhere (as of 2026-11-23).'
		);
	});

	it('says when warnings are counted but not listed', () => {
		expect(
			formatText(selectFindings(report, ['runbooks'], { errorsOnly: true }))
				.split('\n')
				.at(-1)
		).toBe(
			'✖ 1 error, 2 warnings in the selected files; 2 warnings elsewhere (as of 2026-11-23). The warnings are not listed (--errors-only).'
		);
	});

	it('json: the selected findings and their summary, and the counts elsewhere', () => {
		const parsed = JSON.parse(formatJson(selectFindings(report, ['runbooks/search-api-v2'])));
		expect(parsed.findings.map((f: Finding) => f.file)).toEqual([
			'runbooks/search-api-v2/Down.mdx',
		]);
		expect(parsed.summary).toEqual({ errors: 0, warnings: 1, byRule: { 'runbook-stale': 1 } });
		expect(parsed.elsewhere).toEqual({
			errors: 1,
			warnings: 3,
			byRule: { 'runbook-stale': 2, 'runbook-sections': 1, 'url-not-locked': 1 },
		});
	});
});
