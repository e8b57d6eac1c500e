/**
 * What `firebreak check` remembers between runs: for each MDX entry that loaded cleanly, the hash of its text, its
 * validated frontmatter and its headings. Parsing and validating are most of a check's time on a large handbook
 * (the bench's `firebreak check` rows), and between two commits almost every file is unchanged. A file is
 * served from the cache only when its text hashes the same and the key matches: the handbook's settings (its ladder
 * and timezone shape the schemas), the code that parses and validates, and the lockfile (the parsers' versions). A
 * file with problems is never cached, so every problem is found again on every run.
 * File I/O: reads and writes the cache file, and hashes the sources of src/model, src/schemas and the lockfile for its
 * key.
 */
import { createHash, hash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { HandbookConfig } from '../schemas/handbook.ts';
import type { Heading } from './source-file.ts';

/** Where the CLI and the builds keep it: beside the card cache, in the `node_modules/.cache/` of the project they run in. */
export const DEFAULT_ENTRY_CACHE = resolve('node_modules/.cache/firebreak-check');

export interface CachedEntry {
	data: unknown;
	headings: Heading[];
}

interface Stored {
	key: string;
	entries: Map<string, { hash: string } & CachedEntry>;
}

/** @returns a short hash of a text */
export function hashOf(text: string): string {
	return hash('sha1', text, 'base64url');
}

/** The code whose changes change what a file loads to: the model and the schemas, and the installed packages. */
const SOURCE_DIRS = ['../model/', '../schemas/'].map((dir) =>
	fileURLToPath(new URL(dir, import.meta.url))
);
// The project's lockfile: it pins the parsers' versions, for an installed Firebreak too (which ships none).
const LOCKFILE = resolve('package-lock.json');

let codeHash: string | undefined;
function codeFingerprint(): string {
	if (codeHash) return codeHash;
	const sources = createHash('sha1');
	for (const dir of SOURCE_DIRS) {
		const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
			(file) => file.endsWith('.ts') && !file.endsWith('.test.ts')
		);
		for (const file of files.sort()) sources.update(file).update(readFileSync(join(dir, file)));
	}
	sources.update(readOptional(LOCKFILE) ?? '');
	return (codeHash = sources.digest('base64url'));
}

function readOptional(file: string): Buffer | undefined {
	try {
		return readFileSync(file);
	} catch {
		return undefined;
	}
}

/** @returns the cache file of a content folder (absolute path) */
export function entryCacheFile(cacheDir: string, contentDir: string): string {
	return join(cacheDir, `${hashOf(contentDir)}.bin`);
}

export class EntryCache {
	private readonly file: string;
	private readonly stored: Stored;
	private readonly seen = new Map<string, { hash: string } & CachedEntry>();
	private changed: boolean;

	private constructor(file: string, key: string) {
		this.file = file;
		let stored: Stored | undefined;
		try {
			const read = readOptional(file);
			stored = read && (deserialize(read) as Stored);
		} catch {
			// A cache from another Node version or cut short by a crash: start afresh.
		}
		this.stored =
			stored?.key === key && stored.entries instanceof Map ? stored : { key, entries: new Map() };
		this.changed = this.stored !== stored;
	}

	/**
	 * @param cacheDir the folder of cache files (one per content folder)
	 * @param contentDir the content folder's absolute path
	 */
	static open(cacheDir: string, contentDir: string, config: HandbookConfig): EntryCache {
		return new EntryCache(
			entryCacheFile(cacheDir, contentDir),
			hashOf(`${codeFingerprint()}\n${JSON.stringify(config)}`)
		);
	}

	/** @returns what `file` loaded to last time, if its text (hashed as `hash`) has not changed */
	get(file: string, hash: string): CachedEntry | undefined {
		const entry = this.stored.entries.get(file);
		if (entry?.hash !== hash) return undefined;
		this.seen.set(file, entry);
		return entry;
	}

	set(file: string, hash: string, entry: CachedEntry): void {
		this.seen.set(file, { hash, ...entry });
		this.changed = true;
	}

	/**
	 * Writes the entries of this run (and only those: deleted files drop out) when anything changed; otherwise marks
	 * the file as used, so that pruning keeps it.
	 */
	save(): void {
		if (!this.changed && this.seen.size === this.stored.entries.size) {
			const now = new Date();
			try {
				utimesSync(this.file, now, now);
			} catch {
				// Pruned by a run on another folder in the meantime: the next run writes it again.
			}
			return;
		}
		// Written aside and renamed, so that a check run at the same moment never reads half a file.
		const temp = `${this.file}.${process.pid}.tmp`;
		try {
			mkdirSync(dirname(this.file), { recursive: true });
			writeFileSync(temp, serialize({ key: this.stored.key, entries: this.seen } satisfies Stored));
			renameSync(temp, this.file);
			pruneStale(dirname(this.file));
		} catch {
			// A read-only or full disk costs the next run its speed, never this run its result.
			if (existsSync(temp)) rmSync(temp, { force: true });
		}
	}
}

/**
 * A week: the cache files of content folders not checked for that long (temporary copies, renamed folders) go. The
 * machine's clock, not the handbook's: this is housekeeping, not a fact about the content.
 */
const STALE_MS = 7 * 24 * 3600_000;

function pruneStale(cacheDir: string): void {
	const now = Date.now();
	for (const name of readdirSync(cacheDir)) {
		const file = join(cacheDir, name);
		try {
			if (now - statSync(file).mtimeMs > STALE_MS) rmSync(file, { force: true });
		} catch {
			// Removed by another run in the meantime.
		}
	}
}
