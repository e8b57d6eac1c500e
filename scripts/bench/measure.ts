/**
 * Runs a command and measures its wall time and peak memory. `/usr/bin/time -v` is not installed here and Node's
 * `resourceUsage()` only sees its own process, so the process tree is sampled from `/proc` every 250 ms: the tree's
 * peak is the largest sum of resident memory (VmRSS) at one sample (Pagefind runs as a second process next to
 * Astro's), and each process's peak is its high-water mark (VmHWM), which also catches peaks between two samples.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';

export interface Measured {
	wallMs: number;
	/** Largest resident memory of the whole process tree at once (at least the largest single process's peak). */
	peakRssBytes: number;
	/** Largest high-water mark of any one process of the tree (for a build: Astro's Node process). */
	peakProcessRssBytes: number;
	exitCode: number;
	/** stdout and stderr, interleaved as they came. */
	output: string;
}

// Listing /proc costs a few percent of a core at 100 ms; the per-process high-water marks catch short peaks anyway.
const SAMPLE_MS = 250;

/**
 * @param command executable (pass `process.execPath` to run a Node script with this Node)
 * @param logFile where the output is also written, for reading after the run
 */
export async function measure(
	command: string,
	args: string[],
	options: { cwd?: string; env?: NodeJS.ProcessEnv; logFile?: string } = {}
): Promise<Measured> {
	const started = performance.now();
	const child = spawn(command, args, {
		cwd: options.cwd,
		env: options.env ?? process.env,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const log = options.logFile ? createWriteStream(options.logFile) : undefined;
	const chunks: Buffer[] = [];
	const collect = (chunk: Buffer) => {
		chunks.push(chunk);
		log?.write(chunk);
	};
	child.stdout.on('data', collect);
	child.stderr.on('data', collect);

	let peakRssBytes = 0;
	let peakProcessRssBytes = 0;
	const sample = () => {
		if (child.pid === undefined) return;
		let sum = 0;
		for (const pid of processTree(child.pid)) {
			const status = readStatus(pid);
			sum += status.rss;
			peakProcessRssBytes = Math.max(peakProcessRssBytes, status.hwm);
		}
		peakRssBytes = Math.max(peakRssBytes, sum, peakProcessRssBytes);
	};
	const timer = setInterval(sample, SAMPLE_MS);
	const exitCode = await new Promise<number>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
	});
	clearInterval(timer);
	const wallMs = performance.now() - started;
	await new Promise<void>((resolve) => (log ? log.end(resolve) : resolve()));
	return {
		wallMs,
		peakRssBytes,
		peakProcessRssBytes,
		exitCode,
		output: Buffer.concat(chunks).toString('utf8'),
	};
}

/** @returns `root` and every live descendant, from the parent ids in `/proc/<pid>/stat`. */
function processTree(root: number): number[] {
	const children = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		const pid = Number(name);
		if (!Number.isInteger(pid)) continue;
		try {
			const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
			// The command name may hold spaces and parentheses: fields start after the last ")".
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			const list = children.get(ppid) ?? [];
			list.push(pid);
			children.set(ppid, list);
		} catch {
			// The process ended while we listed /proc.
		}
	}
	const tree: number[] = [];
	const queue = [root];
	while (queue.length > 0) {
		const pid = queue.pop()!;
		tree.push(pid);
		queue.push(...(children.get(pid) ?? []));
	}
	return tree;
}

function readStatus(pid: number): { rss: number; hwm: number } {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kib = (field: string) =>
			Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
		return { rss: kib('VmRSS') * 1024, hwm: kib('VmHWM') * 1024 };
	} catch {
		return { rss: 0, hwm: 0 };
	}
}
