/**
 * The import direction of src/ (tests/architecture/layers.ts), on the repository and on planted trees that break each
 * part of the rule, so the check is shown to fail.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatViolations, layerViolations, unmarkedFileIo } from './layers.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('the layers of src/', () => {
	it('import only downwards: routes/components → integration → model → schemas, og only from integration', () => {
		expect(formatViolations(layerViolations(ROOT))).toBe('');
	});

	it('say in their header which file I/O a pure module does', () => {
		expect(unmarkedFileIo(ROOT)).toEqual([]);
	});
});

describe('the layer check on planted reverse imports', () => {
	const trees: string[] = [];
	afterAll(() => {
		for (const tree of trees) rmSync(tree, { recursive: true, force: true });
	});
	/** @returns the violations of a tree of `files` (path → text) with the repository's layout */
	const check = (files: Record<string, string>) => {
		const tree = mkdtempSync(join(tmpdir(), 'firebreak-layers-'));
		trees.push(tree);
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(dirname(join(tree, path)), { recursive: true });
			writeFileSync(join(tree, path), text);
		}
		return formatViolations(layerViolations(tree));
	};

	it('accepts imports that go down', () => {
		expect(
			check({
				'src/schemas/ids.ts': 'export const ID = 1;\n',
				'src/model/urls.ts': "import { ID } from '../schemas/ids.ts';\nexport const URL = ID;\n",
				'src/integration/site.ts':
					"import { URL } from '../model/urls.ts';\nimport { card } from '../og/card.ts';\nexport { URL, card };\n",
				'src/og/card.ts': "import { URL } from '../model/urls.ts';\nexport const card = URL;\n",
				'src/routes/page.astro':
					"---\nimport { URL } from '../integration/site.ts';\nimport StarlightPage from '@astrojs/starlight/components/StarlightPage.astro';\n---\n<p>{URL}</p>\n",
			})
		).toBe('');
	});

	it('finds model importing integration, with file and line', () => {
		const found = check({
			'src/integration/site.ts': 'export const site = 1;\n',
			'src/model/urls.ts':
				"// the reverse arrow\nimport { site } from '../integration/site.ts';\nexport const url = site;\n",
		});
		expect(found).toBe(
			'src/model/urls.ts:2: model/ may not import integration/ (src/integration/site.ts): the layers go routes/components → integration → model → schemas'
		);
	});

	it('finds integration importing components, and schemas importing model', () => {
		const found = check({
			'src/components/markup.ts': 'export const MARKUP = 1;\n',
			'src/integration/fast-path.ts': "export { MARKUP } from '../components/markup.ts';\n",
			'src/model/url.ts': 'export const DEFAULT = 1;\n',
			'src/schemas/handbook.ts': "import type { DEFAULT } from '../model/url.ts';\n",
		});
		expect(found).toContain(
			'src/integration/fast-path.ts:1: integration/ may not import components/'
		);
		expect(found).toContain('src/schemas/handbook.ts:1: schemas/ may not import model/');
	});

	it('finds Astro in model and schemas, in static, dynamic and type imports', () => {
		const found = check({
			'src/model/a.ts': "import { getCollection } from 'astro:content';\n",
			'src/model/b.ts': "export const load = () => import('astro/loaders');\n",
			'src/schemas/c.ts': "import type { StarlightConfig } from '@astrojs/starlight/types';\n",
		});
		expect(found.split('\n')).toEqual([
			'src/model/a.ts:1: model/ imports no Astro: astro:content',
			'src/model/b.ts:1: model/ imports no Astro: astro/loaders',
			'src/schemas/c.ts:1: schemas/ imports no Astro: @astrojs/starlight/types',
		]);
	});

	it('finds og imported from a route or component, in frontmatter and in scripts', () => {
		const found = check({
			'src/og/head.ts': 'export const head = 1;\n',
			'src/routes/page.astro': "---\nimport { head } from '../og/head.ts';\n---\n<p>{head}</p>\n",
			'src/components/Card.astro':
				"<p>card</p>\n<script>\n\timport { head } from '../og/head.ts';\n</script>\n",
		});
		expect(found).toContain('src/routes/page.astro:2: og/ is imported only from integration/');
		expect(found).toContain('src/components/Card.astro:3: og/ is imported only from integration/');
	});

	it('finds src importing tests/ or scripts/, from tests beside modules too', () => {
		const found = check({
			'tests/helpers/run.ts': 'export const ROOT = 1;\n',
			'scripts/bench/random.ts': 'export const random = 1;\n',
			'src/model/urls.test.ts': "import { ROOT } from '../../tests/helpers/run.ts';\n",
			'src/integration/tags.test.ts': "import { random } from '../../scripts/bench/random.ts';\n",
		});
		expect(found).toContain(
			'src/model/urls.test.ts:1: src/ imports nothing outside src/ (tests/helpers/run.ts)'
		);
		expect(found).toContain(
			'src/integration/tags.test.ts:1: src/ imports nothing outside src/ (scripts/bench/random.ts)'
		);
	});

	it('finds file I/O in a pure module that is not listed', () => {
		expect(check({ 'src/model/reads.ts': "import { readFileSync } from 'node:fs';\n" })).toContain(
			'src/model/reads.ts:1: model/ does no file I/O (node:fs)'
		);
	});
});
