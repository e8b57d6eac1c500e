/** Run the project's own commands the way a user does, from tests: `npm run build`, `firebreak ...`. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { withBuildLockSync } from '../../scripts/build-lock.ts';
import { ASTRO_SCRIPT } from '../../src/integration/site-context.ts';
import { TODAY } from './today.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export { TODAY };

/**
 * Vitest puts its mode into the environment of test workers (NODE_ENV=test, MODE, DEV=1, PROD, SSR, BASE_URL). An Astro
 * build that inherits them renders dev-only output (Starlight's search dialog says "only available in production
 * builds"). A user's `npm run build` has none of them, so neither do ours (undefined values are not passed on).
 */
export const WITHOUT_VITEST_MODE = {
	NODE_ENV: undefined,
	MODE: undefined,
	DEV: undefined,
	PROD: undefined,
	SSR: undefined,
	BASE_URL: undefined,
};

export interface RunResult {
	status: number | null;
	stdout: string;
	stderr: string;
	/** stdout and stderr together, colour codes removed. */
	output: string;
}

/** Runs a Node script of the repository (with the pinned Node 24 that `npm` puts first on PATH). */
export function runNode(args: string[], env: Record<string, string | undefined> = {}): RunResult {
	const result = spawnSync(process.execPath, args, {
		cwd: ROOT,
		encoding: 'utf8',
		env: {
			...process.env,
			...WITHOUT_VITEST_MODE,
			FIREBREAK_TODAY: TODAY,
			ASTRO_TELEMETRY_DISABLED: '1',
			NO_COLOR: '1',
			...env,
		},
		maxBuffer: 64 * 1024 * 1024,
	});
	const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
	return { status: result.status, stdout: result.stdout, stderr: result.stderr, output };
}

/**
 * `npm run build [-- site]` on a content folder, into a fresh output folder.
 * @param options.direct run `astro build` itself instead of `scripts/build.ts` (skips the script's validation)
 */
export function build(
	content: string,
	options: { site?: 'internal' | 'public'; out?: string; direct?: boolean } = {}
): RunResult & { out: string } {
	const out = options.out ?? mkdtempSync(join(tmpdir(), 'firebreak-build-'));
	const args = options.direct
		? [ASTRO_SCRIPT, 'build']
		: [join(ROOT, 'scripts/build.ts'), ...(options.site ? [options.site] : [])];
	const result = withBuildLockSync(ROOT, () =>
		runNode(args, {
			FIREBREAK_CONTENT: resolve(ROOT, content),
			FIREBREAK_OUT: out,
			...(options.direct ? { FIREBREAK_SITE: options.site ?? 'internal' } : {}),
			PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
		})
	);
	return { ...result, out };
}

/** `firebreak <args>` on a content folder. */
export function firebreak(
	args: string[],
	content = 'content',
	env: Record<string, string> = {}
): RunResult {
	return runNode([join(ROOT, 'scripts/firebreak.ts'), ...args], {
		FIREBREAK_CONTENT: resolve(ROOT, content),
		...env,
	});
}
