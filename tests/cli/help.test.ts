/**
 * Every verb of `firebreak --help`, and every sub-verb, answers `--help` with its usage (exit 0), and a wrong option
 * with exit 2 and one line that names it. The verbs are read from `firebreak --help`, so a new verb is covered here.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firebreak } from '../helpers/run.ts';

const SUBVERBS: Record<string, string[]> = {
	new: ['incident', 'postmortem', 'runbook'],
	incident: ['declare', 'update', 'ack', 'mitigate', 'resolve'],
	alerts: ['annotate', 'stub'],
	urls: ['lock'],
	public: ['approve', 'status'],
	import: ['runbooks', 'statuspage'],
};

const top = firebreak(['--help']);
const verbs = [...top.stdout.matchAll(/^ {2}([a-z]+) {2,}/gm)].map((match) => match[1]!);

describe('firebreak --help', () => {
	it('lists every verb and the shared options, exit 0, nothing on stderr', () => {
		expect(top.status).toBe(0);
		expect(top.stderr).toBe('');
		expect(verbs).toEqual([
			'init',
			'build',
			'dev',
			'preview',
			'check',
			'new',
			'incident',
			'alerts',
			'urls',
			'public',
			'import',
			'schema',
			'report',
		]);
		for (const flag of ['--content <dir>', '--out <dir>', '--today YYYY-MM-DD'])
			expect(top.stdout).toContain(flag);
	});

	it('answers no verb with the list (exit 2) and an unknown verb with one line', () => {
		const none = firebreak([]);
		expect(none.status).toBe(2);
		expect(none.stderr).toContain('usage: firebreak <command>');
		const unknown = firebreak(['deploy']);
		expect(unknown.status).toBe(2);
		expect(unknown.stderr.trim()).toBe('✖ unknown command "deploy" (see firebreak --help)');
	});
});

describe.each(verbs)('firebreak %s', (verb) => {
	const invocations = [[verb], ...(SUBVERBS[verb] ?? []).map((sub) => [verb, sub])];

	it.each(invocations.map((words) => [words.join(' '), words]))(
		'%s --help prints the usage (exit 0)',
		(_, words) => {
			for (const flag of words.length === 1 ? ['--help', '-h'] : ['--help']) {
				const result = firebreak([...words, flag]);
				expect(result.status, result.output).toBe(0);
				expect(result.stderr).toBe('');
				expect(result.stdout.startsWith(`firebreak ${verb}: `)).toBe(true);
				// Each sub-verb has a usage line of its own.
				expect(result.stdout).toMatch(
					new RegExp(`^(usage: | +)firebreak ${words.join(' ')}\\b`, 'm')
				);
			}
		}
	);

	it.each(invocations.map((words) => [words.join(' '), words]))(
		'%s --no-such-option: exit 2, one line naming it',
		(_, words) => {
			const result = firebreak([...words, '--no-such-option']);
			expect(result.status, result.output).toBe(2);
			expect(result.stdout).toBe('');
			expect(result.stderr.trim()).toBe(
				`✖ firebreak ${verb}: unknown option --no-such-option (see firebreak ${verb} --help)`
			);
		}
	);
});

describe('wrong values and arguments', () => {
	it.each([
		[
			['build', 'staging'],
			'✖ firebreak build: the site is internal or public; found "staging" (see firebreak build --help)',
		],
		[
			['dev', 'internal', 'public'],
			'✖ firebreak dev: name one site: internal or public (see firebreak dev --help)',
		],
		[
			['check', '--today'],
			'✖ firebreak check: option --today needs a value (see firebreak check --help)',
		],
		[
			['check', '--strict=yes'],
			'✖ firebreak check: option --strict takes no value (see firebreak check --help)',
		],
		[
			['check', 'runbooks/checkout-apy/'],
			'✖ firebreak check: runbooks/checkout-apy/: no such file or folder in the content folder content; did you mean `runbooks/checkout-api/`? (see firebreak check --help)',
		],
		[
			['build', '--today', '2026-13-01'],
			'✖ firebreak build: --today / FIREBREAK_TODAY must be a date YYYY-MM-DD; found "2026-13-01" (see firebreak build --help)',
		],
		[
			['init', '@empty', '--ladder', '5', '--org', 'X'],
			'✖ firebreak init: --ladder: one of 3, 4; found "5" (see firebreak init --help)',
		],
		[
			['init', '@empty', '--org', 'X', '--timezone', 'Mars/Olympus'],
			'✖ firebreak init: --timezone: expected an IANA timezone, like Europe/Berlin; found "Mars/Olympus" (see firebreak init --help)',
		],
		[
			['init', '@empty', '--org', 'X', '--public-url', 'status.x.com'],
			'✖ firebreak init: --public-url: expected an http(s) URL; found "status.x.com" (see firebreak init --help)',
		],
		[
			['init', '@empty'],
			'✖ firebreak init: --org is needed when init does not run in a terminal (see firebreak init --help)',
		],
	])('firebreak %j', (args, line) => {
		// @empty: a new empty folder (init refuses a folder with files in it before it looks at its flags).
		const result = firebreak(
			args.map((arg) => (arg === '@empty' ? mkdtempSync(join(tmpdir(), 'firebreak-init-')) : arg))
		);
		expect(result.status, result.output).toBe(2);
		expect(result.stderr.trim()).toBe(line);
	});
});

describe('--content and --today win over FIREBREAK_CONTENT and FIREBREAK_TODAY', () => {
	it('checks the folder and the day the flags name', () => {
		const result = firebreak(
			['check', '--content', 'tests/fixtures/minimal', '--today', '2026-10-05', '--format', 'json'],
			'no-such-folder',
			{ FIREBREAK_TODAY: '2030-01-01' }
		);
		expect(result.status, result.output).toBe(0);
		expect(JSON.parse(result.stdout).today).toBe('2026-10-05');
		const fromEnv = firebreak(['check', '--format', 'json'], 'tests/fixtures/minimal', {
			FIREBREAK_TODAY: '2026-10-06',
		});
		expect(JSON.parse(fromEnv.stdout).today).toBe('2026-10-06');
	});
});
