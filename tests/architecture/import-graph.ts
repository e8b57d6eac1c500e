/**
 * Every import of every TypeScript and Astro source under a folder, read with TypeScript's own pre-processor (static
 * and dynamic imports, `export … from`, `import type`), for the layer test. An `.astro` file's imports are those of
 * its frontmatter and of its `<script>` elements.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export interface Import {
	/** The importing file, relative to the root, with `/` separators. */
	from: string;
	/** As written: `astro:content`, `../model/urls.ts`. */
	specifier: string;
	/** A relative specifier resolved against the root (`src/model/urls.ts`, `tests/helpers/run.ts`); else undefined. */
	target?: string;
	line: number;
}

const SOURCE = /\.(ts|mts|astro)$/;

/** @returns every source file under `dir` (relative to `root`), skipping `node_modules` */
export function sourceFiles(root: string, dir: string): string[] {
	return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts'))
		.map((entry) => toPosix(relative(root, join(entry.parentPath, entry.name))))
		.filter((file) => !file.split('/').includes('node_modules'))
		.sort();
}

/** @returns the imports of `file` (relative to `root`) */
export function importsOf(root: string, file: string): Import[] {
	const text = readFileSync(join(root, file), 'utf8');
	const imports: Import[] = [];
	for (const { code, line } of file.endsWith('.astro')
		? astroScripts(text)
		: [{ code: text, line: 0 }]) {
		for (const ref of ts.preProcessFile(code, true, true).importedFiles) {
			const target = ref.fileName.startsWith('.')
				? toPosix(relative(root, resolve(root, dirname(file), ref.fileName)))
				: undefined;
			imports.push({
				from: file,
				specifier: ref.fileName,
				target,
				line: line + lineOf(code, ref.pos),
			});
		}
	}
	return imports;
}

/** The frontmatter and `<script>` bodies of an Astro component, each with the line it starts after. */
function astroScripts(text: string): { code: string; line: number }[] {
	const parts: { code: string; line: number }[] = [];
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
	if (frontmatter) parts.push({ code: frontmatter[1]!, line: 1 });
	for (const script of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
		const start = script.index + script[0].indexOf('>') + 1;
		parts.push({ code: script[1]!, line: lineOf(text, start) - 1 });
	}
	return parts;
}

const lineOf = (text: string, pos: number) => text.slice(0, pos).split('\n').length;
const toPosix = (path: string) => path.split(sep).join('/');
