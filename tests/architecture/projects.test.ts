/**
 * The test projects of tests/vitest.config.ts, as Vitest resolves them: every test file runs in exactly one project,
 * and `unit` builds nothing (no global set-up, and none of its files reaches the build helpers).
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVitest, type Vitest } from 'vitest/node';
import { importsOf } from './import-graph.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** What builds a site or needs a built one: a unit test reaching any of them would build (or wait for a build). */
const BUILD_HELPERS = [
	'tests/helpers/run.ts',
	'tests/helpers/example-site.ts',
	'tests/global-setup.ts',
	'scripts/build.ts',
];

const testFiles = (dir: string) =>
	readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
		.filter(
			(file) =>
				file.endsWith('.test.ts') &&
				!file.split('/').includes('node_modules') &&
				!file.startsWith('fixtures/')
		)
		.map((file) => `${dir}/${file}`);

const importsCache = new Map<string, ReturnType<typeof importsOf>>();
const cachedImports = (file: string) =>
	importsCache.get(file) ?? importsCache.set(file, importsOf(ROOT, file)).get(file)!;

/** @returns every repository file `file` imports, directly or through other files */
function reachable(file: string, seen = new Set<string>()): Set<string> {
	for (const { target } of cachedImports(file)) {
		if (target === undefined || seen.has(target) || target.startsWith('node_modules/')) continue;
		seen.add(target);
		reachable(target, seen);
	}
	return seen;
}

describe('the test projects', () => {
	let vitest: Vitest;
	const projectsOf = new Map<string, string[]>();
	beforeAll(async () => {
		vitest = await createVitest('test', {
			config: join(ROOT, 'tests/vitest.config.ts'),
			root: ROOT,
			watch: false,
		});
		for (const spec of await vitest.globTestSpecifications()) {
			const file = relative(ROOT, spec.moduleId);
			projectsOf.set(file, [...(projectsOf.get(file) ?? []), spec.project.name]);
		}
	});
	afterAll(() => vitest?.close());
	const project = (name: string) => vitest.projects.find((p) => p.name === name)!;

	it('hold every test file of src/ and tests/, each in one project, and the tests beside modules in unit', () => {
		const files = [...testFiles('src'), ...testFiles('tests')];
		expect(files.length).toBeGreaterThan(100);
		expect(files.filter((file) => projectsOf.get(file)?.length !== 1)).toEqual([]);
		expect(
			files.filter((file) => file.startsWith('src/') && projectsOf.get(file)![0] !== 'unit')
		).toEqual([]);
		expect([...projectsOf.keys()].filter((file) => !files.includes(file))).toEqual([]);
	});

	it('build the example only for site and browser', () => {
		expect(project('unit').config.globalSetup).toEqual([]);
		for (const name of ['site', 'browser'])
			expect(project(name).config.globalSetup).toEqual([join(ROOT, 'tests/global-setup.ts')]);
	});

	it('keep unit tests away from the build helpers', () => {
		const unit = [...projectsOf]
			.filter(([, names]) => names.includes('unit'))
			.map(([file]) => file);
		expect(unit.length).toBeGreaterThan(50);
		expect(
			unit.filter((file) => BUILD_HELPERS.some((helper) => reachable(file).has(helper)))
		).toEqual([]);
	});
});
