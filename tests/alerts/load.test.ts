/** The loader reads `alerts/` and `urls.lock` with the rest of the content, and reports their problems the same way. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/model/load-content.ts';
import { fixtureCopy } from '../helpers/fixture.ts';
import { firebreak } from '../helpers/run.ts';

describe('alert rule files in the content folder', () => {
	it('become the handbook alerts', () => {
		const { content, problems } = loadContent(fixtureCopy('alerts-basic'));
		expect(problems).toEqual([]);
		expect(content!.alerts!.map((alert) => `${alert.file}:${alert.line} ${alert.name}`)).toContain(
			'alerts/data-prometheusrule.yaml:36 LedgerBackupMissing'
		);
	});

	it('a rule file that does not parse stops the check with its file and line', () => {
		const dir = fixtureCopy('alerts-basic', [
			{
				file: 'alerts/checkout.rules.yaml',
				replace: [
					'for: 10m\n        labels: { severity: page }',
					'for: 10m\n        labels: { severity: page',
				],
			},
		]);
		const result = firebreak(['check'], dir);
		expect(result.status).toBe(1);
		// The unclosed map is on line 23; the parser notices where the next key starts, and the problem names both.
		expect(result.output).toContain(
			'✖ alerts/checkout.rules.yaml:23\n  field:    (YAML syntax) in groups.0.rules.2.labels\n  expected: valid YAML\n  found:    a { ... } mapping that opens on this line and is not closed (the parser reached line 24)\n  fix:      close it with }'
		);
	});

	it('reports files of other kinds in alerts/ and bad lines of urls.lock', () => {
		const dir = fixtureCopy('alerts-basic', [
			{ file: 'alerts/notes.txt', write: 'not a rule file' },
			{
				file: 'urls.lock',
				write:
					'# lock\n/runbooks/checkout/checkouterrorshigh/\nrunbooks/no-slash\n/runbooks/checkout/checkouterrorshigh/\n',
			},
		]);
		const { problems } = loadContent(dir);
		expect(problems).toEqual([
			{
				file: 'alerts/notes.txt',
				field: '(file)',
				expected: 'a .yaml or .yml file in alerts/',
				found: 'a file Firebreak does not read',
			},
			{
				file: 'urls.lock',
				field: '(line)',
				line: 3,
				expected: 'a site path with a trailing slash, like /runbooks/ledger/x/',
				found: '"runbooks/no-slash"',
			},
			{
				file: 'urls.lock',
				field: '(line)',
				line: 4,
				expected: 'each path once',
				found: '/runbooks/checkout/checkouterrorshigh/, already on line 2',
			},
		]);
	});
});
