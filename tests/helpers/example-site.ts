/**
 * Where the global setup built the example content (`content/`) for built-site tests. Each test run builds into its
 * own folder (passed from the setup with Vitest's provide/inject), so concurrent runs never delete each other's site.
 */
import { join } from 'node:path';
import { inject } from 'vitest';

declare module 'vitest' {
	export interface ProvidedContext {
		exampleOut: string;
	}
}

export const EXAMPLE_OUT = inject('exampleOut');
export const EXAMPLE_INTERNAL = join(EXAMPLE_OUT, 'internal');
export const EXAMPLE_PUBLIC = join(EXAMPLE_OUT, 'public');
