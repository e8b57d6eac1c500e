#!/usr/bin/env node
/**
 * Rewrites every generated block of the docs (scripts/docs/generated.ts): the content reference from the zod schemas,
 * the CLI reference from the command definitions, the rules table, the alert URL placeholders, the hosting recipes'
 * header blocks and the example content's findings. Run it after changing any of those; `tests/docs/generated.test.ts`
 * fails until the files match.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED, ROOT } from './docs/generated.ts';
import { writeBlock } from './docs/tables.ts';

const changed = new Set<string>();
for (const { file, block, make } of GENERATED) {
	const path = join(ROOT, file);
	const before = readFileSync(path, 'utf8');
	let after;
	try {
		after = writeBlock(before, block, make());
	} catch (error) {
		throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
	}
	if (after !== before) {
		writeFileSync(path, after);
		changed.add(file);
	}
}
console.log(
	changed.size
		? `rewrote ${[...changed].join(', ')}`
		: `all ${GENERATED.length} generated blocks are up to date`
);
