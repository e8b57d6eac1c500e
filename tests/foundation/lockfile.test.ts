/** `npm ci` on a fresh machine needs every optional platform package in the lockfile (see scripts/complete-lockfile.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingPlatformEntries } from '../../scripts/complete-lockfile.ts';
import { ROOT } from '../helpers/run.ts';

describe('package-lock.json', () => {
	it('has an entry for every optional platform package, so npm ci accepts it', () => {
		const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
		expect(
			[...missingPlatformEntries(lock.packages).keys()],
			'run: node scripts/complete-lockfile.ts'
		).toEqual([]);
	});

	it('derives the entry a full registry would write from the package name', () => {
		const packages = {
			'': {},
			'node_modules/tool': {
				version: '1.0.0',
				optionalDependencies: {
					'@tool/linux-x64': '1.0.0',
					'@tool/darwin-arm64': '1.0.0',
					'@tool/linux-arm64-musl': '1.0.0',
				},
			},
			'node_modules/@tool/linux-x64': { version: '1.0.0' },
		};
		expect(Object.fromEntries(missingPlatformEntries(packages))).toEqual({
			'node_modules/@tool/darwin-arm64': {
				version: '1.0.0',
				os: ['darwin'],
				cpu: ['arm64'],
				optional: true,
			},
			'node_modules/@tool/linux-arm64-musl': {
				version: '1.0.0',
				os: ['linux'],
				cpu: ['arm64'],
				libc: ['musl'],
				optional: true,
			},
		});
	});

	it('finds dependencies nested under their parent', () => {
		const packages = {
			'node_modules/a': { optionalDependencies: { '@a/win32-x64': '2.0.0' } },
			'node_modules/a/node_modules/@a/win32-x64': { version: '2.0.0' },
		};
		expect(missingPlatformEntries(packages).size).toBe(0);
	});
});
