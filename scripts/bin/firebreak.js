#!/usr/bin/env node
/**
 * The `firebreak` command an installed package runs. Node strips TypeScript types itself, but never under
 * `node_modules/` (ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING), where an installed Firebreak lives: there amaro, the
 * stripper Node itself uses, is registered for this process and, through NODE_OPTIONS, for every process it starts
 * (the validation step, Astro, the card worker). Firebreak's source is erasable TypeScript only (`erasableSyntaxOnly`).
 * Node's compile cache keeps each module's compiled code between runs, for this process and (through
 * NODE_COMPILE_CACHE) the ones it starts: loading Firebreak's TypeScript is much of a short command's time, such as
 * an `incident update` or a fast publish (README, "Time to publish an update").
 */
import { createRequire, enableCompileCache } from 'node:module';
import { resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

process.env.NODE_COMPILE_CACHE ||= resolve('node_modules/.cache/firebreak-node');
enableCompileCache(process.env.NODE_COMPILE_CACHE);

if (import.meta.dirname.split(sep).includes('node_modules')) {
	const strip = pathToFileURL(createRequire(import.meta.url).resolve('amaro/strip')).href;
	process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, `--import=${strip}`]
		.filter(Boolean)
		.join(' ');
	await import(strip);
}
await import('../firebreak.ts');
