// @ts-check
import eslint from '@eslint/js';
import prettierConfig from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	// What Prettier leaves alone too: generated output, fixtures whose bytes are the test, the handbook's own content.
	globalIgnores(['**/dist/', '**/.astro/', 'tests/fixtures/', 'content/', 'scripts/templates/']),

	{ languageOptions: { globals: { ...globals.nodeBuiltin } } },
	// Browser code: the page scripts and the scripts of .astro components.
	{
		files: ['src/scripts/**', '**/*.astro', '**/*.astro/*.ts'],
		languageOptions: { globals: { ...globals.browser } },
	},

	eslint.configs.recommended,
	tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
	},
	astro.configs.recommended,

	{
		rules: {
			// A leading `_` names a value kept for its position or dropped from a destructured copy.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{
					ignoreRestSiblings: true,
					argsIgnorePattern: '^_',
					varsIgnorePattern: '^_',
					destructuredArrayIgnorePattern: '^_',
				},
			],
			// The sanitizers (XML, feeds, terminal output, secrets) match control characters on purpose.
			'no-control-regex': 'off',
			// Async listeners (messages, requests, clicks) are how the code handles events; each catches what it can.
			'@typescript-eslint/no-misused-promises': [
				'error',
				{ checksVoidReturn: { arguments: false } },
			],
		},
	},
	{
		files: ['tests/**', '**/*.test.ts'],
		rules: {
			// Tests read the CLI's JSON output and use Vitest's asymmetric matchers, both `any` by design.
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
			// `expect(object.method)` passes a method without calling it.
			'@typescript-eslint/unbound-method': 'off',
			// A regex of printed output shows its spaces as they are printed.
			'no-regex-spaces': 'off',
		},
	},

	// The frontmatter of .astro files is outside tsconfig's program (`astro check` types it), and so are the configs.
	{
		files: ['**/*.astro', '**/*.astro/*.ts', '**/*.js', '**/*.mjs'],
		extends: [tseslint.configs.disableTypeChecked],
	},

	prettierConfig
);
