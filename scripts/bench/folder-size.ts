/** Sizes of build output on disk. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** @returns the total size in bytes of the files under `dir` (0 when it does not exist). */
export function folderSize(dir: string): number {
	let bytes = 0;
	let entries;
	try {
		entries = readdirSync(dir, { withFileTypes: true, recursive: true });
	} catch {
		return 0;
	}
	for (const entry of entries)
		if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size;
	return bytes;
}
