import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { removeOutput } from './output-dir.ts';

describe('removeOutput', () => {
	const root = mkdtempSync(join(tmpdir(), 'firebreak-output-'));
	afterEach(() => rmSync(join(root, 'dist'), { recursive: true, force: true }));
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('deletes a site output folder with everything in it, and accepts one that is not there', () => {
		mkdirSync(join(root, 'dist/public/postmortems'), { recursive: true });
		writeFileSync(join(root, 'dist/public/postmortems/index.html'), '<p>old</p>');
		removeOutput(join(root, 'dist/public'), [root, join(root, 'src')]);
		expect(existsSync(join(root, 'dist/public'))).toBe(false);
		expect(() => removeOutput(join(root, 'dist/public'), [root])).not.toThrow();
	});

	it.each([
		['is the project', '.'],
		['is the project public/ folder', 'public'],
		['holds the content folder', 'dist'],
	])('refuses a folder that %s, and deletes nothing', (_, out) => {
		mkdirSync(join(root, 'dist/content'), { recursive: true });
		expect(() =>
			removeOutput(join(root, out), [root, join(root, 'public'), join(root, 'dist/content')])
		).toThrow(/holds .*point FIREBREAK_OUT at a folder of its own/);
		expect(existsSync(join(root, 'dist/content'))).toBe(true);
	});
});
