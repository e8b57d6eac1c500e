/** `firebreak check` and `firebreak new` as a user runs them, and `npm run build` refusing error-level findings. */
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureCopy } from '../helpers/fixture.ts';
import { build, firebreak, ROOT, TODAY } from '../helpers/run.ts';

const PINNED = ['--today', TODAY];
/** The minimal fixture with its one action item owned by a team: an error-level finding. */
const teamOwned = () =>
	fixtureCopy('minimal', [
		{ file: 'postmortems/2026-10-02-website-down.mdx', replace: ['owner: sam', 'owner: web'] },
	]);
const FINDING =
	'error action-item-owner  actionItems.0.owner: "tiny-1" is owned by the team Web team; a team owns nothing, name one person';

describe('firebreak check', () => {
	it('prints findings grouped by file with level, rule, field and message, then a count line', () => {
		const result = firebreak(['check', ...PINNED]);
		expect(result.status, result.output).toBe(0);
		expect(result.stdout).toContain(
			'postmortems/2026-06-10-dashboard-login-slow.mdx\n  warn  postmortem-action-items  actionItems: has 2 action items; the handbook asks for 3 to 7\n'
		);
		expect(result.stdout.trim().split('\n').at(-1)).toMatch(
			new RegExp(`^⚠ 0 errors, \\d+ warnings \\(as of ${TODAY}\\)\\.$`)
		);
	});

	it('--strict fails on warnings', () => {
		expect(firebreak(['check', '--strict', ...PINNED]).status).toBe(1);
	});

	it('--format github prints one annotation per finding, with paths from the repository root', () => {
		const result = firebreak(['check', '--format', 'github', ...PINNED]);
		expect(result.stdout).toContain(
			'::warning file=content/postmortems/2026-06-10-dashboard-login-slow.mdx,title=postmortem-action-items (actionItems)::has 2 action items'
		);
	});

	it('moves "today" with --today (over FIREBREAK_TODAY)', () => {
		const early = JSON.parse(
			firebreak(['check', '--format', 'json', '--today', '2026-03-01']).stdout
		);
		expect(early.today).toBe('2026-03-01');
		expect(
			early.findings.filter((f: { rule: string }) => f.rule === 'action-item-overdue')
		).toEqual([]);
	});

	it('exits 1 with the finding on an error-level finding', () => {
		const result = firebreak(['check', ...PINNED], teamOwned());
		expect(result.status).toBe(1);
		const block = result.stdout
			.split('\n\n')
			.find((b) => b.startsWith('postmortems/2026-10-02-website-down.mdx\n'));
		expect(block).toContain(`\n  ${FINDING}`);
		expect(result.stdout).toContain('✖ 1 error');
	});

	it('reports an unknown rule id in handbook.yaml checks: as a problem', () => {
		const dir = fixtureCopy('minimal', [
			{
				file: 'handbook.yaml',
				replace: ['components:', 'checks: { action-item-owners: off }\ncomponents:'],
			},
		]);
		const result = firebreak(['check', ...PINNED], dir);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(
			/✖ handbook\.yaml:\d+\n  field:    checks\.action-item-owners\n  expected: the id of a rule \(/
		);
		expect(result.stderr).toContain('  fix:      did you mean `action-item-owner`?');
	});

	it('gives the same report from its entry cache as from reading every file, and finds an error again on every run', () => {
		const dir = teamOwned();
		const runs = [
			firebreak(['check', ...PINNED], dir),
			firebreak(['check', ...PINNED], dir),
			firebreak(['check', '--no-cache', ...PINNED], dir),
		];
		for (const run of runs) expect(run.status, run.output).toBe(1);
		expect(runs[0]!.stdout).toContain(FINDING);
		expect(runs[1]!.stdout).toBe(runs[0]!.stdout);
		expect(runs[2]!.stdout).toBe(runs[0]!.stdout);
	});

	it('refuses a wrong flag or date with exit 2 and one line naming it', () => {
		expect(firebreak(['check', '--format', 'xml']).status).toBe(2);
		// --strict fails on warnings that --errors-only would not list.
		expect(firebreak(['check', '--strict', '--errors-only']).status).toBe(2);
		const badDay = firebreak(['check', '--today', '2026-02-30']);
		expect(badDay.status).toBe(2);
		expect(badDay.stderr.trim()).toBe(
			'✖ firebreak check: --today / FIREBREAK_TODAY must be a date YYYY-MM-DD; found "2026-02-30" (see firebreak check --help)'
		);
	});
});

describe('npm run build with an error-level finding', () => {
	it('stops before Astro with the text firebreak check prints', () => {
		const result = build(teamOwned(), { site: 'internal' });
		expect(result.status).not.toBe(0);
		expect(result.output).toContain(FINDING);
		expect(existsSync(join(result.out, 'internal', 'index.html'))).toBe(false);
	});

	it('also fails a plain astro build (the integration re-checks)', () => {
		const result = build(teamOwned(), { direct: true });
		expect(result.status).not.toBe(0);
		expect(result.output).toContain(FINDING);
	});
});

describe('firebreak new', () => {
	it('postmortem --from an incident writes a draft that passes the check', () => {
		const dir = mkdtempSync(join(tmpdir(), 'firebreak-new-'));
		cpSync(join(ROOT, 'content'), dir, { recursive: true });
		const made = firebreak(
			['new', 'postmortem', '--from', '2026-01-20-ledger-replica-lag', ...PINNED],
			dir
		);
		expect(made.status, made.output).toBe(0);
		const text = readFileSync(join(dir, 'postmortems/2026-01-20-ledger-replica-lag.mdx'), 'utf8');
		expect(text).toContain(
			'incident: 2026-01-20-ledger-replica-lag\ntitle: Reporting replica pg-ledger-03 six hours behind after a finance export\n'
		);
		const check = firebreak(['check', '--format', 'json', ...PINNED], dir);
		expect(check.status, check.output).toBe(0);
		const own = JSON.parse(check.stdout).findings.filter(
			(f: { file: string }) => f.file === 'postmortems/2026-01-20-ledger-replica-lag.mdx'
		);
		expect(own).toEqual([]);
		// A second run refuses to overwrite it.
		expect(
			firebreak(['new', 'postmortem', '--from', '2026-01-20-ledger-replica-lag', ...PINNED], dir)
				.status
		).not.toBe(0);
	});

	it('runbook and incident skeletons pass the check too (no errors)', () => {
		const dir = fixtureCopy('minimal');
		expect(
			firebreak(
				['new', 'runbook', '--service', 'website', '--alert', 'WebsiteSlow', ...PINNED],
				dir
			).status
		).toBe(0);
		expect(
			firebreak(
				[
					'new',
					'incident',
					'--title',
					'Signup broken',
					'--severity',
					'minor',
					'--service',
					'website',
					...PINNED,
				],
				dir
			).status
		).toBe(0);
		const check = firebreak(['check', '--format', 'json', ...PINNED], dir);
		expect(check.status, check.output).toBe(0);
		const findings: { file: string; level: string; rule: string }[] = JSON.parse(
			check.stdout
		).findings;
		// The fixture has no alert rule files, so the new runbook's alert is unknown there: a warning, nothing more.
		expect(
			findings
				.filter((f) => f.file === 'runbooks/website/WebsiteSlow.mdx')
				.map((f) => [f.rule, f.level])
		).toEqual([['alert-unknown', 'warn']]);
		expect(findings.filter((f) => f.file === 'incidents/2026-11-23-signup-broken.mdx')).toEqual([]);
	});
});
