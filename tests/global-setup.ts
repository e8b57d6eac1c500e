/** Builds the example content once per test run, with the clock pinned, for every built-site test. */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build, ROOT } from './helpers/run.ts';

export default function setup(project: TestProject) {
	const root = join(ROOT, 'node_modules/.cache/firebreak-test');
	mkdirSync(root, { recursive: true });
	const out = mkdtempSync(join(root, 'example-'));
	const result = build('content', { out });
	if (result.status !== 0) throw new Error(`The example content did not build:\n${result.output.slice(-6000)}`);
	project.provide('exampleOut', out);
	return () => rmSync(out, { recursive: true, force: true });
}
