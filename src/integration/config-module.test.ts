import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AstroError } from 'astro/errors';
import { describe, expect, it } from 'vitest';
import { CONFIG_MODULE, configModule } from './config-module.ts';
import { firebreak } from './index.ts';
import { buildOptions } from './site-context.ts';
import { parseOptions } from './options.ts';

describe('options reach the pages through virtual:firebreak/config', () => {
	const options = buildOptions(
		parseOptions(
			{ site: 'public', content: 'content', outDir: 'out', today: '2026-02-28' },
			{},
			'/repo'
		)
	);

	it('serves the validated build options as a JSON module', async () => {
		const plugin = configModule(options);
		const resolveId = plugin.resolveId as (id: string) => string | undefined;
		const load = plugin.load as (id: string) => string | undefined;
		const id = resolveId(CONFIG_MODULE);
		expect(id).toBeDefined();
		expect(resolveId('./other.ts')).toBeUndefined();
		const code = load(id!)!;
		const served = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
			default: unknown;
		};
		expect(served.default).toEqual(options);
		expect(options).toMatchObject({
			site: 'public',
			contentDir: '/repo/content',
			outDir: '/repo/out/public',
			today: '2026-02-28',
		});
	});

	it('refuses a wrong option given in code with an error naming it', () => {
		const error = (() => {
			try {
				firebreak({ contentDir: 'handbook' } as never);
			} catch (caught) {
				return caught as AstroError;
			}
			throw new Error('expected an error');
		})();
		expect(error).toBeInstanceOf(AstroError);
		expect(error.message).toContain('`contentDir`: not an option of Firebreak');
	});

	it('keeps no state on globalThis anywhere in the source', () => {
		const src = join(import.meta.dirname, '..');
		const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
			(file) => /\.(ts|astro|mjs)$/.test(file) && !file.endsWith('.test.ts')
		);
		const offenders = files.filter((file) =>
			/\bglobalThis\b/.test(readFileSync(join(src, file), 'utf8'))
		);
		expect(offenders).toEqual([]);
	});
});
