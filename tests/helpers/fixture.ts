/** Fixture content sets made on the fly: copy a fixture folder to a temp dir and change one file, or write a folder. */
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { ROOT } from './run.ts';

/** A change to a fixture: rewrite a file's text, or write raw bytes (to a new file, in new folders if need be). */
export type Edit =
	{ file: string; replace: [string | RegExp, string] } | { file: string; write: string | Buffer };

/** Fixtures made from another one by edits, so that they do not repeat its files; `fixtureCopy` makes them too. */
const DERIVED: Record<string, { base: string; edits: readonly Edit[] }> = {
	// For the SOP, comms and on-call tests (tests/sop/): an on-call rotation and two comms templates. Its Major
	// severity posts updates every 30 minutes; the cadence test changes that.
	'sop-cadence': {
		base: 'minimal',
		edits: [
			{
				file: 'handbook.yaml',
				replace: [
					/$/,
					'onCall:\n  rotations:\n    - id: web\n      name: Web\n      team: web\n      start: 2026-11-02\n      handoffTime: "09:00"\n      primary: [sam, kim]\n      secondary: [kim, sam]\n  escalation:\n    - { afterMinutes: 10, action: Page the secondary }\n',
				],
			},
			{
				file: 'comms.yaml',
				write: [
					'templates:',
					'  - id: update',
					'    title: Status update',
					'    audience: internal',
					'    text: "{severity} on {service}: {impact}. No ETA yet. Next update at {nextUpdate}."',
					'  - id: investigating',
					'    title: Investigating',
					'    audience: customer',
					'    text: "We are investigating: {impact}. Next update at {nextUpdate}."',
					'',
				].join('\n'),
			},
		],
	},
};

/** @returns the path of a temp copy of `tests/fixtures/<name>` (or of a derived fixture) with `edits` applied. */
export function fixtureCopy(name: string, edits: readonly Edit[] = []): string {
	const derived = DERIVED[name];
	return derived
		? fixtureCopy(derived.base, [...derived.edits, ...edits])
		: folderCopy(join('tests/fixtures', name), edits);
}

/** @returns the names of every content folder fixture (a folder of tests/fixtures with a handbook.yaml, or derived) */
export function contentFixtures(): string[] {
	const root = join(ROOT, 'tests/fixtures');
	return [
		...readdirSync(root).filter((name) => existsSync(join(root, name, 'handbook.yaml'))),
		...Object.keys(DERIVED),
	].sort();
}

/** @returns the folder of a fixture to read as it is: `tests/fixtures/<name>`, or a fresh copy of a derived one */
export function fixtureDir(name: string): string {
	return name in DERIVED ? fixtureCopy(name) : join(ROOT, 'tests/fixtures', name);
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
		if (after === before)
			throw new Error(`fixture edit changed nothing in ${edit.file}: ${String(edit.replace[0])}`);
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
