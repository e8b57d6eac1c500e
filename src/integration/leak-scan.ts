/**
 * The leak scan: an independent tripwire after the public build. It reads every file of the output (HTML, JSON, XML,
 * JS, CSS, sitemaps, images, and Pagefind's gzipped index and fragments after gunzip), every file's path, and the
 * derived strings that no file spells out (the text each card is drawn from), and looks for: every confidential
 * value the content declares, the handbook's internal vocabulary (`model/public/vocabulary.ts`), runs of words of
 * internal text, and secrets by pattern whether or not the content declared them — in every reading of the text
 * (entities decoded, invisible characters removed, markup inside words taken out). It does not use the redactor: a
 * value that got past redaction, or never went through it, is found all the same. On a hit it deletes the output
 * and fails the build.
 */
import escapeStringRegexp from 'escape-string-regexp';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Handbook } from '../model/handbook.ts';
import { confidentialValues, internalRuns, type Confidential } from '../model/public/index.ts';
import { comparable, scanReadings } from '../model/public/normalize.ts';
import { findSecrets } from '../model/public/secrets.ts';
import {
	comparableText,
	internalVocabulary,
	type VocabularyMatcher,
} from '../model/public/vocabulary.ts';
import { RunIndex } from './run-index.ts';
import { BuildFailure } from './build-failure.ts';

interface Leak {
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
const CODE_ASSET = /\.(?:m?js|css|wasm|woff2?|ttf|otf)$/;

/** A string the public site publishes in a form the scan cannot read (a card's picture), with what it belongs to. */
export interface DerivedString {
	/** What it is, like `card of incidents/2026-11-03-… (og/incidents/….png)`. */
	file: string;
	text: string;
}

export interface ScanOptions {
	/** The handbook's internal vocabulary; none by default. */
	vocabulary?: VocabularyMatcher;
	derived?: readonly DerivedString[];
	/** The files to read (paths relative to `dir`); every file under `dir` by default. */
	files?: readonly string[];
}

/** What the scan looks for in a handbook's public output: computed once per build and reused by each scan. */
export interface LeakRules {
	confidential: Confidential;
	runs: ReadonlyMap<string, string>;
	vocabulary: VocabularyMatcher;
}

/** @returns what the leak scan looks for in the public output of `handbook` */
export function leakRules(handbook: Handbook): LeakRules {
	return {
		confidential: confidentialValues(handbook),
		runs: internalRuns(handbook),
		vocabulary: internalVocabulary(handbook),
	};
}

/**
 * @returns a hash of everything the scan looks for: while it is the same as a previous build's, a file that build
 * scanned clean is clean again (the fast publish scans only the files that changed)
 */
export function leakRulesKey(rules: LeakRules): string {
	return createHash('sha256')
		.update(JSON.stringify([rules.confidential.values, [...rules.runs], rules.vocabulary.terms]))
		.digest('hex');
}

/**
 * @param dir the public site's output folder
 * @param runs runs of words of internal text ({@link internalRuns})
 * @returns every confidential value, vocabulary term, internal passage and secret found in every file of `dir`, its
 * path and the derived strings
 */
export function scanForLeaks(
	dir: string,
	confidential: Confidential,
	runs: ReadonlyMap<string, string>,
	options: ScanOptions = {}
): ScanResult {
	const values = new Map<string, { value: string; source: string }>();
	for (const v of confidential.values)
		values.set(comparable(v.value), { value: v.value, source: `${v.kind} from ${v.source}` });
	const escaped = [...values.keys()].sort((a, b) => b.length - a.length).map(escapeStringRegexp);
	// Whole words only: a person id "robin" must not fire on "round-robin"; dots and slashes still delimit, so a
	// domain is found inside a hostname or URL.
	const pattern =
		escaped.length > 0
			? new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${escaped.join('|')})(?![\\p{L}\\p{N}_-])`, 'gu')
			: undefined;

	const index = new RunIndex(runs);
	const leaks: Leak[] = [];
	let files = 0;
	let bytes = 0;
	const scan = (file: string, content: string) => {
		const seen = new Set<string>();
		const report = (key: string, value: string, source: string) => {
			if (seen.has(key)) return;
			seen.add(key);
			leaks.push({ file, value, source });
		};
		// Binary files (images, fonts, wasm) are searched as bytes for the values only: metadata such as EXIF is text.
		const binary = content.includes('\u0000');
		const readings = binary
			? { values: [content.toLowerCase()], words: [], cased: [] }
			: scanReadings(content);
		// Library code (Pagefind's and Starlight's scripts, styles, fonts) credits its translators and authors by name:
		// there a single word of the vocabulary ("Nguyen") is not a finding, a whole name or value still is.
		const code = CODE_ASSET.test(file);
		for (const reading of [comparable(file), ...readings.values]) {
			if (pattern)
				for (const match of reading.matchAll(pattern))
					report(match[0], values.get(match[0])!.value, values.get(match[0])!.source);
			// Bytes of a font or an image spell words by chance; only whole values count there.
			const folded = options.vocabulary && !binary ? comparableText(reading) : '';
			for (const { start, end, term } of options.vocabulary?.find(folded, true) ?? []) {
				if (code && term.words.length === 1 && !term.joined) continue;
				report(
					folded.slice(start, end),
					folded.slice(start, end),
					`${term.kind} ${JSON.stringify(term.value)} from ${term.source}`
				);
			}
		}
		for (const reading of readings.words) {
			for (const { passage, source } of index.passages(reading.match(/[\p{L}\p{N}]+/gu) ?? []))
				report(passage, `"${passage}"`, `internal text from ${source}`);
		}
		for (const reading of readings.cased) {
			for (const secret of findSecrets(reading)) {
				const value = reading.slice(secret.start, secret.end);
				// The secret itself never goes into a build log: its first characters are enough to find it.
				report(
					value,
					`${value.slice(0, 4)}… (${value.length} characters)`,
					`a secret (rule ${secret.rule}), whether or not the content declares it`
				);
			}
		}
	};
	const paths = options.files ? options.files.map((file) => join(dir, file)) : walk(dir);
	for (const path of paths) {
		const content = readOutputFile(path);
		files++;
		bytes += content.length;
		scan(relative(dir, path), content);
	}
	for (const { file, text } of options.derived ?? []) scan(file, text);
	return { leaks, files, bytes };
}

/**
 * Runs the scan on a finished public build; on any leak, deletes `dir` and throws an error that lists each file and
 * value, so that neither this build nor a careless deploy step after it can publish the output.
 * @param within the part of `dir` to scan (the search index, written after the rest was scanned); all of it by default
 * @param derived strings published in a form no file spells out (the text of each card)
 */
export function assertNoLeaks(
	dir: string,
	handbook: Handbook,
	log: (message: string) => void,
	within = '.',
	derived: readonly DerivedString[] = []
): void {
	assertNoLeaksIn(dir, leakRules(handbook), log, { within, derived });
}

/**
 * {@link assertNoLeaks} with rules computed beforehand.
 * @param files only these files of `dir` (relative paths), for a fast publish whose rules equal the previous build's
 */
export function assertNoLeaksIn(
	dir: string,
	rules: LeakRules,
	log: (message: string) => void,
	options: { within?: string; derived?: readonly DerivedString[]; files?: readonly string[] } = {}
): void {
	const started = performance.now();
	const { within = '.', derived = [], files } = options;
	const result = scanForLeaks(join(dir, within), rules.confidential, rules.runs, {
		vocabulary: rules.vocabulary,
		derived,
		...(files ? { files } : {}),
	});
	assertClean(dir, result, performance.now() - started, log);
}

/**
 * Logs a clean scan; on any leak, deletes `dir` and throws the list of files and values.
 * @param ms how long the scan took
 */
export function assertClean(
	dir: string,
	result: ScanResult,
	ms: number,
	log: (message: string) => void
): void {
	if (result.leaks.length === 0) {
		log(
			`Leak scan: ${result.files} files (${Math.round(result.bytes / 1024)} KiB) clean in ${Math.round(ms)} ms.`
		);
		return;
	}
	rmSync(dir, { recursive: true, force: true });
	const lines = result.leaks.map(
		(leak) => `  ✖ ${leak.file}: ${leak.value}\n      (${leak.source})`
	);
	throw new BuildFailure(
		`Leak scan: confidential content found ${result.leaks.length} time${result.leaks.length === 1 ? '' : 's'} in the public site; its output (${dir}) was deleted.\n${lines.join('\n')}`
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
