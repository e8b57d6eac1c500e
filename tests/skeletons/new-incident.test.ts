/** `firebreak new incident` as a responder runs it: the times are now, or `--at`, in the handbook's timezone. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixtureCopy } from '../helpers/fixture.ts';
import { firebreak, TODAY } from '../helpers/run.ts';

const NEW = [
	'new',
	'incident',
	'--title',
	'Signup broken',
	'--severity',
	'minor',
	'--service',
	'website',
];
const frontmatter = (dir: string, file: string) =>
	parse(/^---\n([\s\S]*?)---\n/.exec(readFileSync(join(dir, file), 'utf8'))![1]!);
const incidents = (dir: string) => readdirSync(join(dir, 'incidents'));

describe('firebreak new incident', () => {
	it('starts the incident now, to the minute, in the handbook timezone (America/New_York here)', () => {
		const dir = fixtureCopy('minimal');
		const before = DateTime.now().setZone('America/New_York').startOf('minute');
		const made = firebreak(NEW, dir, { FIREBREAK_TODAY: '' });
		expect(made.status, made.output).toBe(0);
		const file = incidents(dir).find((name) => name.endsWith('-signup-broken.mdx'))!;
		const { startedAt, detectedAt } = frontmatter(dir, `incidents/${file}`);
		const started = DateTime.fromISO(startedAt, { setZone: true });
		expect(started.zoneName === 'UTC-5' || started.zoneName === 'UTC-4', startedAt).toBe(true);
		expect(started.toMillis() - before.toMillis()).toBeGreaterThanOrEqual(0);
		expect(started.toMillis() - before.toMillis()).toBeLessThanOrEqual(60_000);
		expect(detectedAt).toBe(startedAt);
		expect(file).toBe(`${started.toISODate()}-signup-broken.mdx`);
	});

	it('takes --at as a timestamp or a time of day, and names the file after the day it started', () => {
		const dir = fixtureCopy('minimal');
		expect(firebreak([...NEW, '--at', '2026-11-22 23:50'], dir).status).toBe(0);
		expect(frontmatter(dir, 'incidents/2026-11-22-signup-broken.mdx')).toMatchObject({
			startedAt: '2026-11-22T23:50:00-05:00',
			detectedAt: '2026-11-22T23:50:00-05:00',
		});
		expect(
			firebreak(
				[
					'new',
					'incident',
					'--title',
					'Login slow',
					'--severity',
					'low',
					'--service',
					'website',
					'--at',
					'09:58',
					'--today',
					'2026-07-01',
				],
				dir
			).status
		).toBe(0);
		expect(frontmatter(dir, 'incidents/2026-07-01-login-slow.mdx').startedAt).toBe(
			'2026-07-01T09:58:00-04:00'
		);
		expect(firebreak(['check', '--format', 'json'], dir).status).toBe(0);
	});

	it('with a pinned day and no --at, writes that day at 00:00 and says so', () => {
		const dir = fixtureCopy('minimal');
		const made = firebreak([...NEW, '--today', TODAY], dir);
		expect(made.status).toBe(0);
		expect(made.stdout).toContain(
			`startedAt and detectedAt are ${TODAY} 00:00: the day is pinned (--today or FIREBREAK_TODAY), so there is no "now"; give the time with --at.`
		);
		expect(frontmatter(dir, `incidents/${TODAY}-signup-broken.mdx`).startedAt).toBe(
			`${TODAY}T00:00:00-05:00`
		);
	});

	it('refuses an --at that is no timestamp, and --at for other kinds, in one line pointing at the usage', () => {
		const dir = fixtureCopy('minimal');
		const bad = firebreak([...NEW, '--at', 'half past nine'], dir);
		expect(bad.status).toBe(2);
		expect(bad.stderr).toContain(
			'--at must be a timestamp like 2026-03-04T10:15:00+01:00, 2026-03-04 10:15 (in America/New_York) or a time of day 10:15; found "half past nine"'
		);
		expect(bad.stderr.trim().split('\n')).toHaveLength(1);
		expect(bad.stderr).toContain('(see firebreak new --help)');
		expect(
			firebreak(
				['new', 'runbook', '--service', 'website', '--alert', 'WebsiteSlow', '--at', '10:00'],
				dir
			).status
		).toBe(2);
		expect(incidents(dir)).toEqual(['2026-10-02-website-down.mdx']);
	});
});
