/**
 * `firebreak check` that shows yours first, as a person runs it in a real git repository: a copy of the example
 * content in a subfolder of a temp repo, committed, then changed the way a newcomer changes it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, TODAY } from '../helpers/run.ts';

interface Finding {
	rule: string;
	level: string;
	file: string;
}

const repo = mkdtempSync(join(tmpdir(), 'firebreak-git-'));
const content = join(repo, 'handbook');
const PM = 'postmortems/2026-06-10-dashboard-login-slow.mdx';
const STALE = 'runbooks/checkout-api/CheckoutApiHighErrorRate.mdx';
const NEW = 'runbooks/ledger/LedgerWalArchiveFailing.mdx';

function git(...args: string[]): string {
	const result = spawnSync(
		'git',
		[
			'-c',
			'user.name=Test',
			'-c',
			'user.email=test@example.com',
			'-c',
			'commit.gpgsign=false',
			...args,
		],
		{ cwd: repo, encoding: 'utf8' }
	);
	if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
	return result.stdout;
}

/** `firebreak check <args>` from `cwd` on the repo's content folder. */
function check(args: string[], cwd = repo) {
	const result = spawnSync(
		process.execPath,
		[join(ROOT, 'scripts/firebreak.ts'), 'check', ...args],
		{
			cwd,
			encoding: 'utf8',
			env: { ...process.env, FIREBREAK_CONTENT: content, FIREBREAK_TODAY: TODAY, NO_COLOR: '1' },
		}
	);
	return {
		status: result.status,
		stdout: result.stdout,
		stderr: result.stderr,
		last: result.stdout.trim().split('\n').at(-1),
	};
}

const edit = (file: string, from: string, to: string) => {
	const path = join(content, file);
	const before = readFileSync(path, 'utf8');
	if (!before.includes(from)) throw new Error(`${file} has no ${from}`);
	writeFileSync(path, before.replace(from, to));
};

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
/** @returns the count line `firebreak check` should print for the findings in `files` (of all findings `all`). */
function expectedLine(all: Finding[], files: string[]): string {
	const count = (list: Finding[], level: string) => list.filter((f) => f.level === level).length;
	const mine = all.filter((f) => files.includes(f.file));
	const rest = all.filter((f) => !files.includes(f.file));
	const elsewhere = [
		count(rest, 'error') ? plural(count(rest, 'error'), 'error') : '',
		count(rest, 'warn') ? plural(count(rest, 'warn'), 'warning') : '',
	]
		.filter(Boolean)
		.join(', ');
	return `✖ ${plural(count(mine, 'error'), 'error')}, ${plural(count(mine, 'warn'), 'warning')} in the selected files; ${elsewhere} elsewhere (as of ${TODAY}).`;
}

let all: Finding[];

beforeAll(() => {
	cpSync(join(ROOT, 'content'), content, { recursive: true });
	writeFileSync(join(repo, 'README.md'), 'Our handbook lives in handbook/.\n');
	git('init', '-q', '-b', 'main');
	git('add', '.');
	git('commit', '-q', '-m', 'handbook');
	// Staged: an action item owned by a team (error). Unstaged: a runbook not reviewed for long (warning).
	// Untracked: a new runbook whose alert no rule file defines (warning). Outside the content: a file of the repo.
	edit(PM, 'owner: kyilmaz', 'owner: accounts');
	git('add', join('handbook', PM));
	edit(STALE, 'lastReviewed: 2026-10-14', 'lastReviewed: 2025-01-10');
	mkdirSync(join(content, 'runbooks/ledger'), { recursive: true });
	writeFileSync(
		join(content, NEW),
		'---\ntitle: Ledger WAL archiving failing\nservice: ledger\nalerts: [LedgerWalArchivingFailing]\nowner: ledger\nlastReviewed: 2026-11-20\nstatus: reviewed\n---\n\n## Diagnosis\n\nCheck the archiver.\n\n## Mitigation\n\nFree the volume.\n'
	);
	writeFileSync(join(repo, 'notes.txt'), 'not content\n');
	all = JSON.parse(check(['--format', 'json']).stdout).findings;
});

// The tests run in order on one repository: the --base test commits the changes, and the path tests run after it.
describe('firebreak check --changed', () => {
	it('lists the findings of the files changed against HEAD (staged, unstaged, untracked), errors first; the rest are counted', () => {
		const result = check(['--changed']);
		expect(result.status, result.stderr).toBe(1);
		const blocks = result.stdout.trim().split('\n\n');
		expect(blocks[0]).toBe(
			`${PM}\n  error action-item-owner  actionItems.0.owner: "pm-auth-0610-1" is owned by the team Accounts & Messaging; a team owns nothing, name one person`
		);
		const files = blocks.slice(0, -1).map((block) => block.split('\n')[0]);
		expect(new Set(files)).toEqual(new Set([PM, STALE, NEW]));
		expect(blocks.at(-1)).toBe(expectedLine(all, [PM, STALE, NEW]));
		expect(
			blocks.some((block) => block.includes('runbook-stale') && block.startsWith(`${STALE}\n`))
		).toBe(true);
		expect(
			blocks.some((block) => block.includes('alert-unknown') && block.startsWith(`${NEW}\n`))
		).toBe(true);
	});

	it('--format json and github list the same selection, with the counts elsewhere', () => {
		const json = JSON.parse(check(['--changed', '--format', 'json']).stdout);
		expect(new Set(json.findings.map((f: Finding) => f.file))).toEqual(new Set([PM, STALE, NEW]));
		expect(json.findings[0].level).toBe('error');
		expect(
			json.summary.errors + json.summary.warnings + json.elsewhere.errors + json.elsewhere.warnings
		).toBe(all.length);
		const github = check(['--changed', '--format', 'github']).stdout.trim().split('\n');
		expect(github[0]).toMatch(
			new RegExp(`^::error file=handbook/${PM.replace(/\./g, '\\.')},title=action-item-owner`)
		);
		expect(
			github
				.slice(0, -1)
				.every((line) =>
					/file=handbook\/(postmortems\/2026-06-10|runbooks\/checkout-api\/CheckoutApiHighErrorRate|runbooks\/ledger\/LedgerWalArchiveFailing)/.test(
						line
					)
				)
		).toBe(true);
	});

	it('--errors-only lists the errors and counts the warnings', () => {
		const result = check(['--changed', '--errors-only']);
		expect(result.stdout).not.toMatch(/^\s+warn /m);
		expect(result.stdout.trim().split('\n\n')).toHaveLength(2);
		expect(result.last).toMatch(
			/in the selected files; .* elsewhere \(as of .*\)\. The warnings are not listed \(--errors-only\)\.$/
		);
	});

	it('takes a path filter too: the changed files within it', () => {
		const result = check(['--changed', 'runbooks/']);
		expect(result.status).toBe(0);
		expect(result.stdout).not.toContain(PM);
		expect(result.last).toMatch(
			/^⚠ 0 errors, \d+ warnings in the selected files; 1 error, \d+ warnings elsewhere/
		);
	});

	it('--base REF: the files changed since the merge base, committed ones included; a typo of a branch gets a suggestion', () => {
		git('switch', '-q', '-c', 'new-runbook');
		git('add', '.');
		git('commit', '-q', '-m', 'new runbook, stale review, team-owned item');
		// Nothing left uncommitted: against HEAD nothing is selected, and the committed error no longer fails the run.
		const clean = check(['--changed']);
		expect(clean.status).toBe(0);
		expect(clean.last).toMatch(
			/^✔ No findings in the selected files; 1 error, \d+ warnings elsewhere/
		);
		const pr = check(['--base', 'main']);
		expect(pr.status).toBe(1);
		expect(pr.last).toBe(expectedLine(all, [PM, STALE, NEW]));
		const typo = check(['--base', 'mian']);
		expect(typo.status).toBe(2);
		expect(typo.stderr).toContain(
			'--base mian names no branch, tag or commit of this repository; did you mean `main`?'
		);
	});
});

describe('firebreak check PATH', () => {
	it('selects a folder, written from the content folder or from the current folder', () => {
		const fromContent = check(['runbooks/checkout-api/']);
		expect(fromContent.stdout).toContain(STALE);
		expect(fromContent.stdout).not.toContain(PM);
		expect(fromContent.last).toMatch(
			/^⚠ 0 errors, \d+ warnings in the selected files; 1 error, \d+ warnings elsewhere/
		);
		expect(check(['handbook/runbooks/checkout-api']).stdout).toBe(fromContent.stdout);
		expect(check(['checkout-api'], join(content, 'runbooks')).stdout).toBe(fromContent.stdout);
	});

	it('selects files, and decides the exit code by them alone', () => {
		const result = check([PM, 'handbook.yaml']);
		expect(result.status).toBe(1);
		expect(result.last).toMatch(
			/^✖ 1 error, \d+ warnings? in the selected files; \d+ warnings elsewhere/
		);
		expect(check([STALE]).status).toBe(0);
	});

	it('refuses a path that names nothing in the content folder, with the nearest name', () => {
		const result = check(['runbooks/chekout-api/']);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain(
			'runbooks/chekout-api/: no such file or folder in the content folder handbook; did you mean `runbooks/checkout-api/`?'
		);
		expect(check(['notes.txt']).stderr).toContain(
			'notes.txt is outside the content folder handbook'
		);
	});
});
