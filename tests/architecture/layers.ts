/**
 * The layer rule of src/, as data, and the check of an import graph against it: `routes`/`components` →
 * `integration` → `model` → `schemas` (an import may skip layers downwards, never point upwards); `og` is reached
 * only from `integration`; `model` and `schemas` import no Astro and do no file I/O except in the files listed
 * here; nothing under src/ imports `tests/` or `scripts/` (or anything else outside src/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importsOf, sourceFiles, type Import } from './import-graph.ts';

/** A layer of src/: its first folder, or `config` for the files at its top (content.config.ts). */
type Layer =
	| 'schemas'
	| 'model'
	| 'og'
	| 'integration'
	| 'components'
	| 'scripts'
	| 'routes'
	| 'styles'
	| 'config';

/** What each layer may import from src/ besides itself. `scripts` are the pages' client scripts (src/scripts/). */
const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
	schemas: [],
	model: ['schemas'],
	og: ['model', 'schemas'],
	integration: ['og', 'model', 'schemas'],
	scripts: ['model', 'schemas'],
	components: ['integration', 'model', 'schemas', 'scripts'],
	routes: ['components', 'integration', 'model', 'schemas', 'scripts'],
	styles: [],
	config: ['integration', 'model', 'schemas'],
};

/** Packages of Astro and its integrations: none of them below `integration`. */
const ASTRO = /^(astro(:|\/|$)|@astrojs\/)/;
const PURE: readonly Layer[] = ['model', 'schemas'];
/** Node modules that read or write files or run programs. */
const FILE_IO = /^(node:)?(fs|fs\/promises|child_process)$/;

/**
 * The files of the pure layers that do file I/O, each with a header line `File I/O: …` saying which and why. Every
 * other file of `model/` and `schemas/` works on values it is given.
 */
const FILE_IO_ALLOWED: readonly string[] = [
	'src/model/alerts/stub.ts',
	'src/model/checks/git-changes.ts',
	'src/model/checks/path-filter.ts',
	'src/model/comms-file.ts',
	'src/model/entry-cache.ts',
	'src/model/load-content.ts',
	'src/model/open-handbook.ts',
	'src/model/public/mdast.ts',
	'src/model/public/review.ts',
	'src/model/public/words.ts',
	'src/model/runbook-body.ts',
	'src/model/source-file.ts',
	'src/model/url-lock.ts',
];

export interface Violation {
	file: string;
	line: number;
	message: string;
}

const layerOf = (file: string): Layer | undefined => {
	const [top, first, ...rest] = file.split('/');
	if (top !== 'src' || first === undefined) return undefined;
	return rest.length === 0 ? 'config' : (first as Layer);
};

const isTest = (file: string) => file.endsWith('.test.ts');

function violationOf(imp: Import): string | undefined {
	const from = layerOf(imp.from)!;
	if (imp.target === undefined) {
		if (PURE.includes(from) && ASTRO.test(imp.specifier))
			return `${from}/ imports no Astro: ${imp.specifier}`;
		if (
			PURE.includes(from) &&
			FILE_IO.test(imp.specifier) &&
			!isTest(imp.from) &&
			!FILE_IO_ALLOWED.includes(imp.from)
		) {
			return `${from}/ does no file I/O (${imp.specifier}) outside the files listed in tests/architecture/layers.ts, each saying why in a "File I/O:" header line`;
		}
		return undefined;
	}
	const to = layerOf(imp.target);
	if (to === undefined)
		return `src/ imports nothing outside src/ (${imp.target}): move what both need into src/, or the test beside its helpers`;
	if (to === from) return undefined;
	if (to === 'og' && from !== 'integration')
		return `og/ is imported only from integration/ (${imp.target}): reach it through an integration module`;
	if (!MAY_IMPORT[from].includes(to))
		return `${from}/ may not import ${to}/ (${imp.target}): the layers go routes/components → integration → model → schemas`;
	return undefined;
}

/** @returns every import under `root`/src that breaks the layer rule, and every listed I/O file without its header */
export function layerViolations(root: string): Violation[] {
	const violations: Violation[] = [];
	for (const file of sourceFiles(root, 'src')) {
		for (const imp of importsOf(root, file)) {
			const message = violationOf(imp);
			if (message) violations.push({ file, line: imp.line, message });
		}
	}
	return violations;
}

/** @returns the listed I/O files whose header does not say `File I/O:` (or that no longer exist) */
export function unmarkedFileIo(root: string): string[] {
	return FILE_IO_ALLOWED.filter((file) => {
		try {
			return !/^\s*(\/\*\*|\*|\/\/)\s*File I\/O:/m.test(
				readFileSync(join(root, file), 'utf8').split('*/')[0]!
			);
		} catch {
			return true;
		}
	});
}

export const formatViolations = (violations: readonly Violation[]) =>
	violations.map((v) => `${v.file}:${v.line}: ${v.message}`).join('\n');
