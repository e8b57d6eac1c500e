#!/usr/bin/env node
/**
 * The `firebreak` command an installed package runs. Node strips TypeScript types itself, but never under
 * `node_modules/` (ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING), where an installed Firebreak lives: there amaro, the
 * stripper Node itself uses, is registered for this process and, through NODE_OPTIONS, for every process it starts
 * (the validation step, Astro, the card worker). Firebreak's source is erasable TypeScript only (`erasableSyntaxOnly`).
 */
import { createRequire } from 'node:module';
import { sep } from 'node:path';
import { pathToFileURL } from 'node:url';

if (import.meta.dirname.split(sep).includes('node_modules')) {
	const strip = pathToFileURL(createRequire(import.meta.url).resolve('amaro/strip')).href;
	process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, `--import=${strip}`].filter(Boolean).join(' ');
	await import(strip);
}
await import('../firebreak.ts');
