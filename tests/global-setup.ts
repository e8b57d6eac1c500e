/** Builds the example content once, with the clock pinned, for every built-site test. */
import { rmSync } from 'node:fs';
import { EXAMPLE_OUT } from './helpers/example-site.ts';
import { build } from './helpers/run.ts';

export default function setup() {
	rmSync(EXAMPLE_OUT, { recursive: true, force: true });
	const result = build('content', { out: EXAMPLE_OUT });
	if (result.status !== 0) throw new Error(`The example content did not build:\n${result.output.slice(-6000)}`);
}
