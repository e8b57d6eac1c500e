/**
 * Astro writes `.astro/` in the project root on every build (the list of content modules among it), so two Firebreak
 * builds of different content folders at once break each other: a benchmark build once failed to render an entry
 * while a test build ran. The benchmark takes the same lock as the test builds (`tests/helpers/run.ts`: a directory,
 * since mkdir is atomic; older than 10 minutes counts as abandoned) and touches it while a long build holds it.
 */
import { mkdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const REFRESH_MS = 60_000;
const STALE_MS = 10 * 60_000;

/** @returns the result of `run`, started once this process holds the project's build lock. */
export async function withBuildLock<T>(root: string, run: () => Promise<T>): Promise<T> {
	const lock = join(root, 'node_modules/.cache/firebreak-test/build.lock');
	mkdirSync(dirname(lock), { recursive: true });
	for (;;) {
		try {
			mkdirSync(lock);
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
			if (age > STALE_MS) rmSync(lock, { recursive: true, force: true });
			await sleep(200);
		}
	}
	const refresh = setInterval(() => utimesSync(lock, new Date(), new Date()), REFRESH_MS);
	try {
		return await run();
	} finally {
		clearInterval(refresh);
		rmSync(lock, { recursive: true, force: true });
	}
}
