import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inlineScripts, scriptHash, writeHostFiles } from './host-files.ts';

let dir: string;
const site = (pages: Record<string, string>) => {
	dir = mkdtempSync(join(tmpdir(), 'firebreak-host-files-'));
	for (const [file, html] of Object.entries(pages)) writeFileSync(join(dir, file), html);
	return dir;
};
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('inline scripts', () => {
	it('hashes the text of every script the browser runs, once, and skips data blocks and external scripts', () => {
		const { hashes } = inlineScripts(
			site({
				'a.html':
					'<script>one()</script><script type="module">two()</script><script type="application/json">{"x":1}</script><script src="/x.js"></script>',
				'b.html': '<template><script>one()</script></template><script>three()</script>',
			})
		);
		expect(hashes).toEqual(['one()', 'two()', 'three()'].map(scriptHash).sort());
		// The value CSP Level 3 specifies for `alert(1)`: base64 of its SHA-256 digest.
		expect(scriptHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
	});

	it('fails the build on an inline event handler, naming the file', () => {
		expect(() =>
			writeHostFiles(
				site({ 'x.html': '<button onclick="go()">Go</button>' }),
				'public',
				'https://status.example.com'
			)
		).toThrow(/x\.html: <button onclick>/);
	});

	it('writes _headers and robots.txt', () => {
		writeHostFiles(
			site({ 'index.html': '<script>go()</script>' }),
			'public',
			'https://status.example.com/'
		);
		expect(readFileSync(join(dir, '_headers'), 'utf8')).toContain(`'${scriptHash('go()')}'`);
		expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toContain(
			'Sitemap: https://status.example.com/sitemap-index.xml'
		);
	});
});
