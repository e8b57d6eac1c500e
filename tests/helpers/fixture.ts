/** Fixture content sets made on the fly: copy a fixture folder to a temp dir and change one file, or write a folder. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { ROOT } from './run.ts';

/** A change to a fixture: rewrite a file's text, or write raw bytes (to a new file, in new folders if need be). */
export type Edit = { file: string; replace: [string | RegExp, string] } | { file: string; write: string | Buffer };

/** @returns the path of a temp copy of `tests/fixtures/<name>` with `edits` applied. */
export function fixtureCopy(name: string, edits: readonly Edit[] = []): string {
	return folderCopy(join('tests/fixtures', name), edits);
}

/** @returns the path of a temp copy of the example content (`content/`) with `edits` applied. */
export function exampleCopy(edits: readonly Edit[] = []): string {
	return folderCopy('content', edits);
}

function folderCopy(source: string, edits: readonly Edit[]): string {
	const dir = mkdtempSync(join(tmpdir(), `firebreak-${basename(source)}-`));
	cpSync(join(ROOT, source), dir, { recursive: true });
	applyEdits(dir, edits);
	return dir;
}

/** Applies `edits` to the files of `dir` (a copy made above, or one a running dev server watches). */
export function applyEdits(dir: string, edits: readonly Edit[]): void {
	for (const edit of edits) {
		const path = join(dir, edit.file);
		if ('write' in edit) {
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(path, edit.write);
			continue;
		}
		const before = readFileSync(path, 'utf8');
		const after = before.replace(edit.replace[0], edit.replace[1]);
		if (after === before) throw new Error(`fixture edit changed nothing in ${edit.file}: ${String(edit.replace[0])}`);
		writeFileSync(path, after);
	}
}

/** @returns a new temp folder holding `files` (path → content), e.g. a built site with a planted file. */
export function tempFolder(files: Record<string, string | Buffer>): string {
	const dir = mkdtempSync(join(tmpdir(), 'firebreak-folder-'));
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), content);
	}
	return dir;
}
