/**
 * Reads every file of a built public site the way a reader (or a crawler) could: Pagefind's gzipped files
 * gunzipped, markup removed, entities decoded, invisible characters dropped. Kept apart from the leak scan's own
 * reader on purpose: this is the test's independent check of the output.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHTML } from 'entities';
import { ROOT } from '../helpers/run.ts';

export interface OutputFile {
	file: string;
	/** The file's bytes as UTF-8 (after gunzip). */
	raw: string;
	/** Lowercase text: entities decoded, tags removed (and as spaces), zero-width characters and soft hyphens gone. */
	readable: string;
}

/** @returns every file under `dir`. */
export function readOutput(dir: string): OutputFile[] {
	const files: OutputFile[] = [];
	for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		const path = join(dir, name);
		let bytes: Buffer;
		try {
			bytes = readFileSync(path);
		} catch {
			continue; // a directory
		}
		if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
		const raw = bytes.toString('utf8');
		const unescaped = raw.replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) =>
			String.fromCharCode(parseInt(hex, 16))
		);
		const decode = (text: string) =>
			decodeHTML(decodeHTML(text)).replace(/[\u200B-\u200F\u00AD\u2060\uFEFF]/g, '');
		const readable = [
			unescaped,
			unescaped.replace(/<[^>]*>/g, ''),
			unescaped.replace(/<[^>]*>/g, ' '),
		]
			.map((text) => decode(text).replace(/\s+/g, ' ').toLowerCase())
			.join('\n');
		files.push({ file: relative(dir, path), raw, readable });
	}
	return files;
}

/** @returns `[file, value]` for each value found in any file (case-insensitive, whitespace-collapsed). */
export function findValues(
	files: readonly OutputFile[],
	values: readonly string[]
): [string, string][] {
	const hits: [string, string][] = [];
	for (const { file, readable } of files) {
		for (const value of values)
			if (readable.includes(value.toLowerCase().replace(/\s+/g, ' '))) hits.push([file, value]);
	}
	return hits;
}

/** @returns the text of an HTML page's `<main>`, tags removed and entities decoded. */
export function mainText(html: string): string {
	const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
	return decodeHTML(main.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' '))
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * @returns a fresh output folder inside the project. Astro writes a build's server chunks to `<outDir>/.prerender`,
 * but to `<cwd>/.astro/.prerender` when the outDir is outside the working directory, where two concurrent builds
 * overwrite each other's chunks: fixture builds therefore go under node_modules/.cache.
 */
export function freshOutDir(): string {
	const root = join(ROOT, 'node_modules/.cache/firebreak-test');
	mkdirSync(root, { recursive: true });
	return mkdtempSync(join(root, 'public-'));
}
