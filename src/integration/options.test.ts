import { AstroError } from 'astro/errors';
import { describe, expect, it } from 'vitest';
import { optionsFromEnv, parseOptions } from './options.ts';

const errorOf = (run: () => unknown): AstroError => {
	try {
		run();
	} catch (error) {
		return error as AstroError;
	}
	throw new Error('expected an error');
};

describe('the options of a build', () => {
	it('defaults every option and makes the folders absolute', () => {
		expect(parseOptions({}, {}, '/repo')).toEqual({
			site: 'internal',
			contentDir: '/repo/content',
			outRoot: '/repo/dist',
		});
		expect(
			parseOptions(
				{ site: 'public', content: 'handbook', outDir: '/srv/out', today: '2026-02-28' },
				{},
				'/repo'
			)
		).toEqual({
			site: 'public',
			contentDir: '/repo/handbook',
			outRoot: '/srv/out',
			today: '2026-02-28',
		});
	});

	it('lets a set variable override the option given in code, and ignores an empty one', () => {
		const env = { FIREBREAK_SITE: 'public', FIREBREAK_CONTENT: '', FIREBREAK_TODAY: '2026-11-23' };
		expect(optionsFromEnv({ site: 'internal', content: 'handbook' }, env)).toEqual({
			site: 'public',
			content: 'handbook',
			today: '2026-11-23',
		});
	});

	it('refuses a wrong option with an AstroError naming it, the variable it came from and the value', () => {
		const env = { FIREBREAK_SITE: 'staging' };
		const error = errorOf(() => parseOptions(optionsFromEnv({}, env), env));
		expect(error).toBeInstanceOf(AstroError);
		expect(error.message).toContain(
			'`site` (from FIREBREAK_SITE): expected one of internal, public; found "staging"'
		);

		expect(errorOf(() => parseOptions({ today: '2026-02-30' }, {})).message).toContain(
			'`today`: a real calendar date YYYY-MM-DD, like 2026-03-04; found "2026-02-30"'
		);
		expect(errorOf(() => parseOptions({ today: '23/11/2026' }, {})).message).toContain(
			'`today`: a real calendar date YYYY-MM-DD, like 2026-03-04; found "23/11/2026"'
		);
		expect(errorOf(() => parseOptions({ content: '' }, {})).message).toContain(
			'`content`: expected a folder; found ""'
		);
		expect(errorOf(() => parseOptions({ contentDir: 'x' }, {})).message).toContain(
			'`contentDir`: not an option of Firebreak (site, content, outDir, today)'
		);
	});

	it('names every wrong option at once', () => {
		const message = errorOf(() => parseOptions({ site: 3, outDir: '' }, {})).message;
		expect(message).toContain('`site`');
		expect(message).toContain('`outDir`');
	});
});
