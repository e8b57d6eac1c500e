/**
 * Astro writes `.astro/` in the project root on every build (the list of content modules among it), so two Firebreak
 * builds of different content folders at once break each other (seen with parallel test workers, and with a benchmark
 * build beside a test build). Test builds and benchmark builds take turns through one lock: a directory, since mkdir
 * is atomic. A lock untouched for 10 minutes was left by a killed run and is taken over; long holders touch it.
 */
import { mkdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const STALE_MS = 10 * 60_000;
const REFRESH_MS = 60_000;
const POLL_MS = 200;

function lockPath(root: string): string {
	return join(root, 'node_modules/.cache/firebreak-test/build.lock');
}

/** @returns whether this process now holds the lock. */
function tryTake(lock: string): boolean {
	mkdirSync(dirname(lock), { recursive: true });
	try {
		mkdirSync(lock);
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
		if (age > STALE_MS) rmSync(lock, { recursive: true, force: true });
		return false;
	}
}

/** @returns the result of `run`, started once this process holds the build lock of the project at `root`. */
export async function withBuildLock<T>(root: string, run: () => Promise<T>): Promise<T> {
	const lock = lockPath(root);
	while (!tryTake(lock)) await sleep(POLL_MS);
	const refresh = setInterval(() => utimesSync(lock, new Date(), new Date()), REFRESH_MS);
	try {
		return await run();
	} finally {
		clearInterval(refresh);
		rmSync(lock, { recursive: true, force: true });
	}
}

/** The same for synchronous callers (test builds run `spawnSync`); gives up after `timeoutMs`. */
export function withBuildLockSync<T>(root: string, run: () => T, timeoutMs = 20 * 60_000): T {
	const lock = lockPath(root);
	const giveUpAt = Date.now() + timeoutMs;
	while (!tryTake(lock)) {
		if (Date.now() > giveUpAt)
			throw new Error(`another build held ${lock} for ${timeoutMs / 60_000} minutes`);
		Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, POLL_MS);
	}
	try {
		return run();
	} finally {
		rmSync(lock, { recursive: true, force: true });
	}
}
