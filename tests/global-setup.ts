/**
 * Builds the example content once per test run, with the clock pinned, for every built-site test. The `site` and
 * `browser` projects each run this set-up (in Vitest's one main process): the first builds, the second reuses that
 * build, and the last teardown removes it. The `unit` project has no global set-up and builds nothing.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build, ROOT } from './helpers/run.ts';

interface ExampleBuild {
	out: Promise<string>;
	users: number;
}

// On globalThis rather than in this module: each project may load its own copy of the module.
const shared = globalThis as { firebreakExampleBuild?: ExampleBuild };

function buildExample(): Promise<string> {
	const root = join(ROOT, 'node_modules/.cache/firebreak-test');
	mkdirSync(root, { recursive: true });
	const out = mkdtempSync(join(root, 'example-'));
	try {
		const result = build('content', { out });
		if (result.status !== 0)
			throw new Error(`The example content did not build:\n${result.output.slice(-6000)}`);
		return Promise.resolve(out);
	} catch (error) {
		rmSync(out, { recursive: true, force: true });
		return Promise.reject(error instanceof Error ? error : new Error(String(error)));
	}
}

export default async function setup(project: TestProject) {
	const example = (shared.firebreakExampleBuild ??= { out: buildExample(), users: 0 });
	example.users++;
	const out = await example.out;
	project.provide('exampleOut', out);
	return () => {
		if (--example.users > 0) return;
		rmSync(out, { recursive: true, force: true });
		delete shared.firebreakExampleBuild;
	};
}
