/** Every policy rule, by family. A new family exports its `Rule[]` from its own module and is listed here. */
import type { Rule } from './types.ts';

export const RULES: readonly Rule[] = [];
