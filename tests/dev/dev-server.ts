/** `astro dev` (what `npm run dev` runs) on a content folder, for tests: started on a free loopback port, stopped with its whole process group. */
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { ASTRO_SCRIPT } from '../../src/integration/site-context.ts';
import { ROOT, TODAY, WITHOUT_VITEST_MODE } from '../helpers/run.ts';

export interface DevServer {
	url: string;
	/** Everything the server wrote to stdout and to stderr so far. */
	stdout(): string;
	stderr(): string;
	stop(): Promise<void>;
}

/** @returns a running dev server of `site` on `content`, once it answers. */
export async function startDevServer(
	content: string,
	site: 'internal' | 'public'
): Promise<DevServer> {
	const child = spawn(
		process.execPath,
		[ASTRO_SCRIPT, 'dev', '--host', '127.0.0.1', '--port', '0'],
		{
			cwd: ROOT,
			// Its own process group, so that stop() ends Astro and everything it started.
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe'],
			// Astro's dev server serves nothing when it sees VITEST (set in test workers).
			env: {
				...process.env,
				...WITHOUT_VITEST_MODE,
				VITEST: undefined,
				FIREBREAK_CONTENT: content,
				FIREBREAK_SITE: site,
				FIREBREAK_TODAY: TODAY,
				ASTRO_DEV_BACKGROUND: '0',
				ASTRO_TELEMETRY_DISABLED: '1',
				NO_COLOR: '1',
			},
		}
	);
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const server: DevServer = {
		url: '',
		stdout: () => stdout,
		stderr: () => stderr,
		stop: () => stop(child),
	};
	try {
		const port = await until(
			() => /Local\s+http:\/\/127\.0\.0\.1:(\d+)/.exec(stdout)?.[1],
			60_000,
			() => `no server address:\n${stdout}\n${stderr}`
		);
		server.url = `http://127.0.0.1:${port}`;
		// Connect answers "Cannot GET" until Astro's request handler joins it, a moment after the address is printed.
		await until(
			async () => (/<pre>Cannot GET /.test((await get(server, '/')).text) ? undefined : true),
			60_000,
			() => `no answer:\n${stderr}`
		);
		return server;
	} catch (error) {
		await server.stop();
		throw error;
	}
}

export interface Answer {
	status: number;
	text: string;
	location: string | null;
}

/** @returns the server's answer to `path` (redirects not followed), or status 600 when it does not answer. */
export async function get(server: DevServer, path: string): Promise<Answer> {
	try {
		const response = await fetch(new URL(path, server.url), {
			redirect: 'manual',
			signal: AbortSignal.timeout(10_000),
		});
		return {
			status: response.status,
			text: await response.text(),
			location: response.headers.get('location'),
		};
	} catch {
		return { status: 600, text: '<pre>Cannot GET (no answer)</pre>', location: null };
	}
}

/** @returns the first defined value of `probe`, polled every 200 ms; throws with `explain()` after `timeoutMs`. */
export async function until<T>(
	probe: () => T | undefined | Promise<T | undefined>,
	timeoutMs: number,
	explain: () => string
): Promise<T> {
	const giveUpAt = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (value !== undefined) return value;
		if (Date.now() > giveUpAt) throw new Error(`gave up after ${timeoutMs} ms: ${explain()}`);
		await sleep(200);
	}
}

/** @returns the answer to `path` once `test` accepts it; throws with the last answer after `timeoutMs`. */
export async function answerWhen(
	server: DevServer,
	path: string,
	test: (answer: Answer) => boolean,
	timeoutMs = 15_000
): Promise<Answer> {
	let last: Answer | undefined;
	return until(
		async () => {
			last = await get(server, path);
			return test(last) ? last : undefined;
		},
		timeoutMs,
		() =>
			`${path} answered ${last?.status}:\n${last?.text.slice(0, 2000)}\n--- stderr:\n${server.stderr().slice(-3000)}`
	);
}

async function stop(child: ChildProcess) {
	if (child.exitCode !== null || child.pid === undefined) return;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	try {
		process.kill(-child.pid, 'SIGTERM');
	} catch {
		return;
	}
	const killed = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
	if (!killed) process.kill(-child.pid, 'SIGKILL');
}

/** What Vite's client in a browser tab receives: reloads and the error overlay's payload. */
export interface HmrClient {
	messages: { type: string; path?: string; err?: { name?: string; message?: string } }[];
	close(): void;
}

/** @returns a client of the server's HMR socket (as Vite's browser client connects), once the server greeted it. */
export async function hmrClient(server: DevServer): Promise<HmrClient> {
	const socket = new WebSocket(`${server.url.replace(/^http/, 'ws')}/`, 'vite-hmr');
	const client: HmrClient = { messages: [], close: () => socket.close() };
	socket.addEventListener('message', (event) =>
		client.messages.push(JSON.parse(String(event.data)))
	);
	await until(
		() => (client.messages.some((message) => message.type === 'connected') ? true : undefined),
		10_000,
		() => 'the HMR socket did not connect'
	);
	return client;
}
