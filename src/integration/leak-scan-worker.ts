/**
 * The fast publish's leak scan in a thread of its own (fast-publish.ts): working out what to look for (every
 * confidential value, run of internal words and vocabulary term of the handbook) is a second of CPU at 1,000 entries,
 * done here on the other core while the main thread renders the pages. The thread reads the content itself (from the
 * entry cache the main thread has just written), sends the key of its rules, then scans the files it is sent.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { DEFAULT_ENTRY_CACHE } from '../model/entry-cache.ts';
import { openHandbook } from '../model/open-handbook.ts';
import { formatProblems } from '../model/problems.ts';
import {
	leakRules,
	leakRulesKey,
	scanForLeaks,
	type DerivedString,
	type ScanResult,
} from './leak-scan.ts';

interface ScanRequest {
	dir: string;
	files: readonly string[];
	derived: readonly DerivedString[];
}

/** The leak scan thread, as the main thread sees it. */
export interface LeakScanner {
	/** `leakRulesKey` of the content the thread read. */
	key: Promise<string>;
	/** @returns the scan of `files` of `dir` and of the derived strings, and how long it took */
	scan(request: ScanRequest): Promise<{ result: ScanResult; ms: number }>;
	close(): Promise<void>;
}

/** Starts the thread on a content folder. */
export function startLeakScanner(contentDir: string): LeakScanner {
	const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { contentDir } });
	const replies: ((message: unknown) => void)[] = [];
	const failed = new Promise<never>((_, reject) => {
		worker.once('error', reject);
		worker.once('exit', (code) =>
			reject(new Error(`the leak scan thread stopped (exit code ${code})`))
		);
	});
	failed.catch(() => {});
	worker.on('message', (message) => replies.shift()?.(message));
	const next = <T>() =>
		Promise.race([
			new Promise<T>((resolve) => replies.push(resolve as (message: unknown) => void)),
			failed,
		]);
	const key = next<{ key?: string; error?: string }>().then((reply) => {
		if (reply.error !== undefined) throw new Error(reply.error);
		return reply.key!;
	});
	key.catch(() => {});
	return {
		key,
		async scan(request) {
			await key;
			const reply = next<{ result: ScanResult; ms: number }>();
			worker.postMessage(request);
			return reply;
		},
		async close() {
			worker.removeAllListeners('exit');
			await worker.terminate();
		},
	};
}

if (!isMainThread && parentPort) {
	const port = parentPort;
	const { contentDir } = workerData as { contentDir: string };
	const opened = openHandbook(contentDir, { cacheDir: DEFAULT_ENTRY_CACHE });
	if (!opened.handbook) {
		port.postMessage({ error: formatProblems(opened.problems) });
	} else {
		const rules = leakRules(opened.handbook);
		port.postMessage({ key: leakRulesKey(rules) });
		port.on('message', ({ dir, files, derived }: ScanRequest) => {
			const started = performance.now();
			const result = scanForLeaks(dir, rules.confidential, rules.runs, {
				vocabulary: rules.vocabulary,
				derived,
				files,
			});
			port.postMessage({ result, ms: performance.now() - started });
		});
	}
}
