/**
 * The leak scan: an independent second line of defence after the public build. It reads every file of the output
 * (HTML, JSON, XML, JS, CSS, sitemaps, images, and Pagefind's gzipped index and fragments after gunzip) and looks for
 * every confidential value the content declares, in every reading of the text (entities decoded, invisible
 * characters removed, markup inside words taken out). On a hit it deletes the output and fails the build.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Handbook } from '../model/handbook.ts';
import { confidentialValues, internalRuns, type Confidential } from '../model/public/index.ts';
import { comparable, scanReadings } from '../model/public/normalize.ts';
import { RunIndex } from './run-index.ts';

export interface Leak {
	/** Path relative to the output folder. */
	file: string;
	/** The confidential value (or run of words) found. */
	value: string;
	/** Where the content declares it confidential. */
	source: string;
}

export interface ScanResult {
	leaks: Leak[];
	files: number;
	bytes: number;
}

const PAGEFIND_HEADER = 'pagefind_dcd';

/**
 * @param dir the public site's output folder
 * @param runs runs of words of internal text ({@link internalRuns})
 * @returns every confidential value and internal passage found in every file of `dir`
 */
export function scanForLeaks(dir: string, confidential: Confidential, runs: ReadonlyMap<string, string>): ScanResult {
	const values = new Map<string, { value: string; source: string }>();
	for (const v of confidential.values) values.set(comparable(v.value), { value: v.value, source: `${v.kind} from ${v.source}` });
	const escaped = [...values.keys()].sort((a, b) => b.length - a.length).map((v) => v.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
	// Whole words only: a person id "robin" must not fire on "round-robin"; dots and slashes still delimit, so a
	// domain is found inside a hostname or URL.
	const pattern = escaped.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${escaped.join('|')})(?![\\p{L}\\p{N}_-])`, 'gu') : undefined;

	const index = new RunIndex(runs);
	const leaks: Leak[] = [];
	let files = 0;
	let bytes = 0;
	for (const path of walk(dir)) {
		const file = relative(dir, path);
		const content = readOutputFile(path);
		files++;
		bytes += content.length;
		const seen = new Set<string>();
		const report = (key: string, value: string, source: string) => {
			if (seen.has(key)) return;
			seen.add(key);
			leaks.push({ file, value, source });
		};
		// Binary files (images, fonts, wasm) are searched as bytes for the values only: metadata such as EXIF is text.
		const readings = content.includes('\u0000') ? { values: [content.toLowerCase()], words: [] } : scanReadings(content);
		if (pattern) {
			for (const reading of readings.values) for (const match of reading.matchAll(pattern)) report(match[0], values.get(match[0])!.value, values.get(match[0])!.source);
		}
		for (const reading of readings.words) {
			for (const { passage, source } of index.passages(reading.match(/[\p{L}\p{N}]+/gu) ?? [])) report(passage, `"${passage}"`, `internal text from ${source}`);
		}
	}
	return { leaks, files, bytes };
}

/**
 * Runs the scan on a finished public build; on any leak, deletes `dir` and throws an error that lists each file and
 * value, so that neither this build nor a careless deploy step after it can publish the output.
 * @param within the part of `dir` to scan (the search index, written after the rest was scanned); all of it by default
 */
export function assertNoLeaks(dir: string, handbook: Handbook, log: (message: string) => void, within = '.'): void {
	const started = performance.now();
	const result = scanForLeaks(join(dir, within), confidentialValues(handbook), internalRuns(handbook));
	const ms = Math.round(performance.now() - started);
	if (result.leaks.length === 0) {
		log(`Leak scan: ${result.files} files (${Math.round(result.bytes / 1024)} KiB) clean in ${ms} ms.`);
		return;
	}
	rmSync(dir, { recursive: true, force: true });
	const lines = result.leaks.map((leak) => `  ✖ ${leak.file}: ${leak.value}\n      (${leak.source})`);
	throw new Error(
		`Leak scan: confidential content found ${result.leaks.length} time${result.leaks.length === 1 ? '' : 's'} in the public site; its output (${dir}) was deleted.\n${lines.join('\n')}`,
	);
}

function* walk(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* walk(path);
		else if (entry.isFile()) yield path;
	}
}

/** @returns a file's text; Pagefind's files are gunzipped and their header dropped first. */
function readOutputFile(path: string): string {
	let bytes: Buffer = readFileSync(path);
	if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
		try {
			bytes = gunzipSync(bytes);
		} catch {
			// Not gzip after all: scan the bytes as they are.
		}
	}
	const text = bytes.includes(0) ? bytes.toString('latin1') : bytes.toString('utf8');
	return text.startsWith(PAGEFIND_HEADER) ? text.slice(PAGEFIND_HEADER.length) : text;
}
