/**
 * `firebreak preview` serves what a build wrote, and `firebreak dev` serves a content folder with Astro's dev server:
 * each is started as a user starts it, asked for a page over HTTP, and stopped.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withBuildLock } from '../../scripts/build-lock.ts';
import { EXAMPLE_OUT } from '../helpers/example-site.ts';
import { ROOT, TODAY } from '../helpers/run.ts';

function freePort(): Promise<number> {
	return new Promise((found) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => found(port));
		});
	});
}

/** This run's environment without Vitest's variables (VITEST*, NODE_ENV, MODE, DEV, PROD, SSR, BASE_URL), as in a user's shell. */
function userEnv(): NodeJS.ProcessEnv {
	return Object.fromEntries(
		Object.entries(process.env).filter(
			([key]) => !/^(VITEST|TEST$|NODE_ENV$|MODE$|DEV$|PROD$|SSR$|BASE_URL$)/.test(key)
		)
	);
}

/**
 * Starts `firebreak <args> --port <port>`, waits until it has printed `ready` (when given) and `path` answers, and stops it.
 * @returns the page's status and text
 */
async function servedPage(
	args: string[],
	path: string,
	ready = ''
): Promise<{ status: number; text: string }> {
	const port = await freePort();
	const child = spawn(
		process.execPath,
		[join(ROOT, 'scripts/firebreak.ts'), ...args, '--port', String(port), '--host', '127.0.0.1'],
		{
			cwd: ROOT,
			env: { ...userEnv(), FIREBREAK_TODAY: TODAY, NO_COLOR: '1' },
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: true,
		}
	);
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	try {
		for (let waited = 0; waited < 120_000; waited += 500) {
			if (child.exitCode !== null)
				throw new Error(`firebreak ${args.join(' ')} exited (${child.exitCode}):\n${output}`);
			try {
				if (!output.includes(ready)) throw new Error('not ready');
				const response = await fetch(`http://127.0.0.1:${port}${path}`);
				const text = await response.text();
				// Vite's bare "Cannot GET" while it restarts to re-optimize dependencies: Astro's own pages are not mounted yet.
				if (text.includes(`<pre>Cannot GET ${path}</pre>`)) throw new Error('restarting');
				return { status: response.status, text };
			} catch {
				await new Promise((wait) => setTimeout(wait, 500));
			}
		}
		throw new Error(`nothing answered on port ${port}:\n${output}`);
	} finally {
		// The CLI runs Astro in a child process: stop the whole group.
		process.kill(-child.pid!, 'SIGTERM');
	}
}

describe('firebreak preview', () => {
	it('serves the built public site from --out', async () => {
		const page = await servedPage(['preview', 'public', '--out', EXAMPLE_OUT], '/history/');
		expect(page.status).toBe(200);
		expect(page.text).toContain('Lindenpay Status');
	}, 180_000);

	it('says to build first when the site is not built (exit 1)', async () => {
		const result = spawn(
			process.execPath,
			[join(ROOT, 'scripts/firebreak.ts'), 'preview', '--out', join(EXAMPLE_OUT, 'missing')],
			{ cwd: ROOT }
		);
		let stderr = '';
		result.stderr.on('data', (chunk) => (stderr += chunk));
		const code = await new Promise((done) => result.on('exit', done));
		expect(code).toBe(1);
		expect(stderr).toContain('does not exist: run firebreak build internal first.');
	});
});

describe('firebreak dev', () => {
	it('serves the content folder --content names, with live pages', async () => {
		// The dev server writes .astro/ in the project root, like the test builds: it takes its turn.
		const page = await withBuildLock(ROOT, () =>
			servedPage(
				['dev', '--content', 'tests/fixtures/minimal'],
				'/severity/',
				'watching for file changes'
			)
		);
		expect(page.status).toBe(200);
		expect(page.text).toContain('Tiny Co Handbook');
		expect(page.text).toContain('Customers cannot use the product.');
	}, 300_000);
});
