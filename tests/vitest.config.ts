import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		root: new URL('..', import.meta.url).pathname,
		include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
		exclude: ['**/node_modules/**', 'tests/fixtures/**'],
		globalSetup: ['tests/global-setup.ts'],
		// Fixture builds run Astro in child processes; on two cores more workers only thrash.
		maxWorkers: 2,
		testTimeout: 180_000,
		hookTimeout: 600_000,
		env: { FIREBREAK_TODAY: '2026-11-23', ASTRO_TELEMETRY_DISABLED: '1' },
	},
});
