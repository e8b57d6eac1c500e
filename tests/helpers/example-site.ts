/** Where the global setup built the example content (`content/`) for built-site tests. */
import { join } from 'node:path';
import { ROOT } from './run.ts';

export const EXAMPLE_OUT = join(ROOT, 'node_modules/.cache/firebreak-test/example');
export const EXAMPLE_INTERNAL = join(EXAMPLE_OUT, 'internal');
export const EXAMPLE_PUBLIC = join(EXAMPLE_OUT, 'public');
