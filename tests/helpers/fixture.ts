/** Fixture content sets made on the fly: copy a fixture folder to a temp dir and change one file. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './run.ts';

/** A change to a fixture: rewrite a file's text, or write raw bytes. */
export type Edit = { file: string; replace: [string | RegExp, string] } | { file: string; write: string | Buffer };

/** @returns the path of a temp copy of `tests/fixtures/<name>` with `edits` applied. */
export function fixtureCopy(name: string, edits: readonly Edit[] = []): string {
	const dir = mkdtempSync(join(tmpdir(), `firebreak-${name}-`));
	cpSync(join(ROOT, 'tests/fixtures', name), dir, { recursive: true });
	for (const edit of edits) {
		const path = join(dir, edit.file);
		if ('write' in edit) {
			writeFileSync(path, edit.write);
			continue;
		}
		const before = readFileSync(path, 'utf8');
		const after = before.replace(edit.replace[0], edit.replace[1]);
		if (after === before) throw new Error(`fixture edit changed nothing in ${edit.file}: ${String(edit.replace[0])}`);
		writeFileSync(path, after);
	}
	return dir;
}
