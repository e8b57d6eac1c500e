import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataStoreFromDisk } from './data-store-from-disk.ts';

type Hook = (id: string) => string | undefined;

/** @returns what importing `astro:data-layer-content` gives with the config for `cacheDir` */
async function storeModule(cacheDir: string): Promise<unknown> {
	const config = dataStoreFromDisk(pathToFileURL(`${cacheDir}/`));
	const [alias] = config.resolve!.alias as { find: RegExp; replacement: string }[];
	expect(alias!.find.test('astro:data-layer-content')).toBe(true);
	expect(alias!.find.test('astro:data-layer-content-x')).toBe(false);
	const [plugin] = config.plugins as unknown as { resolveId: Hook; load: Hook }[];
	const code = plugin!.load(plugin!.resolveId(alias!.replacement)!)!;
	const file = join(mkdtempSync(join(tmpdir(), 'firebreak-store-module-')), 'store.mjs');
	writeFileSync(file, code);
	return (await import(pathToFileURL(file).href)).default;
}

describe('the data store read from disk', () => {
	it('gives the store content sync wrote, and an empty store when there is none', async () => {
		const cacheDir = mkdtempSync(join(tmpdir(), 'firebreak-cache-'));
		expect(await storeModule(cacheDir)).toEqual(new Map());
		writeFileSync(join(cacheDir, 'data-store.json'), JSON.stringify([['Map', 1], 'entries']));
		expect(await storeModule(cacheDir)).toEqual([['Map', 1], 'entries']);
	});
});
