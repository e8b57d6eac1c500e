#!/usr/bin/env node
/**
 * `node scripts/complete-lockfile.ts`: adds the lockfile entries npm leaves out when the registry it installs from
 * does not serve every platform's binary package (npm drops an optional dependency it cannot fetch, then `npm ci`
 * refuses the lockfile: "Missing: @pagefind/darwin-arm64@ from lock file", npm/cli#8320). Each missing platform
 * package gets the entry a full registry would have written: its exact version, `optional`, and the `os`/`cpu`/`libc`
 * its name declares, so `npm ci` skips it on other machines without fetching it. Run it after `npm install`;
 * `tests/foundation/lockfile.test.ts` fails while any entry is missing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface LockEntry {
	version?: string;
	optionalDependencies?: Record<string, string>;
	[key: string]: unknown;
}

const OS: Record<string, string> = {
	darwin: 'darwin',
	linux: 'linux',
	win32: 'win32',
	windows: 'win32',
	freebsd: 'freebsd',
	android: 'android',
	openbsd: 'openbsd',
	sunos: 'sunos',
	aix: 'aix',
};
const CPU = new Set([
	'x64',
	'arm64',
	'arm',
	'ia32',
	'wasm32',
	'riscv64',
	'ppc64',
	's390x',
	'loong64',
	'mips64el',
]);
const LIBC: Record<string, string> = { gnu: 'glibc', musl: 'musl' };

/** @returns the lockfile path of each optional dependency that has no entry, with the entry it should have. */
export function missingPlatformEntries(
	packages: Record<string, LockEntry>
): Map<string, LockEntry> {
	const missing = new Map<string, LockEntry>();
	for (const [path, entry] of Object.entries(packages)) {
		for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
			if (resolvesFrom(packages, path, name)) continue;
			const platform = platformOf(name);
			if (!platform || !/^\d+\.\d+\.\d+/.test(spec)) {
				throw new Error(
					`${path} needs optional ${name}@${spec}, which the lockfile lacks and whose platform or exact version cannot be told from its name; run npm install against a full registry`
				);
			}
			missing.set(`node_modules/${name}`, { version: spec, ...platform, optional: true });
		}
	}
	return missing;
}

/** npm looks for a dependency in the package's own node_modules, then in each enclosing one up to the top. */
function resolvesFrom(packages: Record<string, LockEntry>, from: string, name: string): boolean {
	for (let base = from; ; base = base.slice(0, Math.max(0, base.lastIndexOf('/node_modules/')))) {
		if (packages[`${base ? `${base}/` : ''}node_modules/${name}`]) return true;
		if (base === '') return false;
	}
}

function platformOf(name: string): { os?: string[]; cpu: string[]; libc?: string[] } | undefined {
	const tokens = name.split('/').pop()!.split('-');
	const cpu = tokens.find((token) => CPU.has(token));
	if (!cpu) return undefined;
	const os = tokens.map((token) => OS[token]).find(Boolean);
	const libc = tokens.map((token) => LIBC[token]).find(Boolean);
	return { ...(os ? { os: [os] } : {}), cpu: [cpu], ...(libc ? { libc: [libc] } : {}) };
}

if (import.meta.main) {
	const file = resolve(import.meta.dirname, '../package-lock.json');
	const lock = JSON.parse(readFileSync(file, 'utf8')) as { packages: Record<string, LockEntry> };
	const missing = missingPlatformEntries(lock.packages);
	const packages = { ...lock.packages, ...Object.fromEntries(missing) };
	// npm writes the root package first, then paths in order; keep that so the next `npm install` diff is small.
	lock.packages = Object.fromEntries(
		Object.entries(packages).sort(([a], [b]) =>
			a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0
		)
	);
	writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
	console.log(
		missing.size === 0
			? 'package-lock.json is complete.'
			: `Added ${missing.size} platform entries: ${[...missing.keys()].join(', ')}`
	);
}
