/**
 * Three test projects (`npm test` runs all; `npm test -- --project unit` runs one):
 * - `unit`: the tests beside their modules (src/**) and the layer test; no site build, no disk beyond fixtures;
 * - `site`: fixture and example builds, the CLI, the dev server (tests/**);
 * - `browser`: Chromium against the built sites (tests/browser/, and the accessibility gate, which runs axe in it).
 * Only `site` and `browser` build the example (tests/global-setup.ts, once per run for both).
 */
import { defineConfig } from 'vitest/config';
import { TODAY } from './helpers/today.ts';

const BROWSER = ['tests/browser/**/*.test.ts', 'tests/quality/a11y.test.ts'];
// Builds run Astro in child processes: a test that builds gets minutes, and so does a set-up.
const builds = {
	testTimeout: 180_000,
	hookTimeout: 600_000,
	globalSetup: ['tests/global-setup.ts'],
};

export default defineConfig({
	test: {
		root: new URL('..', import.meta.url).pathname,
		// On two cores more workers only thrash.
		maxWorkers: 2,
		env: { FIREBREAK_TODAY: TODAY, ASTRO_TELEMETRY_DISABLED: '1' },
		projects: [
			// Unit tests keep no state between files, so each worker imports the modules once (isolate: false), not per file;
			// 30 s a test is room for a loaded machine, not for a build.
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'tests/architecture/**/*.test.ts'],
					isolate: false,
					testTimeout: 30_000,
				},
			},
			{
				extends: true,
				test: {
					name: 'site',
					include: ['tests/**/*.test.ts'],
					exclude: ['**/node_modules/**', 'tests/fixtures/**', 'tests/architecture/**', ...BROWSER],
					...builds,
				},
			},
			{ extends: true, test: { name: 'browser', include: BROWSER, ...builds } },
		],
	},
});
