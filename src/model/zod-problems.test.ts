import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldLocator, parseMdx, parseYaml } from './source-file.ts';
import { validate } from './zod-problems.ts';

const schema = z.strictObject({
	title: z.string(),
	status: z.enum(['open', 'done']),
	tags: z.array(z.string()).min(1),
	nested: z.strictObject({ owner: z.string() }).optional(),
});

describe('validate', () => {
	it('returns data when valid', () => {
		expect(validate(schema, { title: 't', status: 'open', tags: ['a'] }, 'x.mdx').data).toEqual({
			title: 't',
			status: 'open',
			tags: ['a'],
		});
	});

	it('says what was expected and what was found, per field', () => {
		const { problems } = validate(
			schema,
			{ status: 'closed', tags: [], nested: { owner: 3 }, colour: 'red' },
			'x.mdx'
		);
		const byField = Object.fromEntries(problems.map((p) => [p.field, p]));
		expect(byField.title).toMatchObject({
			file: 'x.mdx',
			expected: 'text',
			found: 'nothing (the field is missing)',
		});
		expect(byField.status).toMatchObject({ expected: 'one of open, done', found: '"closed"' });
		expect(byField.tags).toMatchObject({ expected: 'at least 1 item', found: 'a list of 0 items' });
		expect(byField['nested.owner']).toMatchObject({ expected: 'text', found: '3' });
		expect(byField.colour).toMatchObject({ found: 'unknown field "colour"' });
	});

	it('suggests the closest value of a list, and the closest field name through defaults, lists and optional fields', () => {
		const wrapped = z.strictObject({
			status: z.enum(['investigating', 'resolved']),
			items: z.array(z.strictObject({ owner: z.string(), due: z.string().optional() })).default([]),
			link: z.strictObject({ name: z.string(), external: z.boolean().default(false) }).optional(),
		});
		const { problems } = validate(
			wrapped,
			{
				status: 'resovled',
				items: [{ owner: 'a', deu: 'x' }],
				link: { nmae: 'x', external: true },
			},
			'x.mdx'
		);
		const fixes = Object.fromEntries(problems.map((p) => [p.field, p.fix]));
		expect(fixes.status).toBe('did you mean `resolved`?');
		expect(fixes['items.0.deu']).toBe('did you mean `due`?');
		expect(fixes['link.nmae']).toBe('did you mean `name`?');
		const two = validate(
			wrapped,
			{ status: 'resolved', items: [{ owner: 'a', ownr: 'b', colour: 'red' }] },
			'x.mdx'
		).problems;
		expect(two.map((p) => [p.field, p.fix])).toEqual([
			['items.0.ownr, items.0.colour', '"ownr": did you mean `owner`?'],
		]);
	});

	it('prefixes fields of entries inside a larger file', () => {
		const { problems } = validate(schema, {}, 'people.yaml', 'people.3');
		expect(problems.map((p) => p.field)).toContain('people.3.title');
	});
});

describe('validate with the YAML text', () => {
	const typed = z.strictObject({
		title: z.string(),
		version: z.string().optional(),
		drill: z.boolean().optional(),
		services: z.array(z.string()).optional(),
	});
	const check = (text: string) => {
		const parsed = parseYaml(text, 'x.yaml');
		if (!parsed.ok) throw new Error('test YAML does not parse');
		return validate(typed, parsed.value, 'x.yaml', '', fieldLocator(text, 'x.yaml')).problems;
	};

	it('gives each problem the line of its field', () => {
		expect(check('title: t\nservices:\n  - a\n  - 3\ncolour: red\n')).toEqual([
			expect.objectContaining({ field: 'services.1', line: 4 }),
			expect.objectContaining({ field: 'colour', line: 5 }),
		]);
	});

	it('says "quote it" with the value as written when YAML read text as a number or true/false', () => {
		expect(check('title: true\nversion: 1.10\n')).toEqual([
			expect.objectContaining({
				field: 'title',
				line: 1,
				expected: 'text',
				found: 'true',
				fix: 'quote it: "true" (YAML reads an unquoted true, false or number as that type, not as text)',
			}),
			expect.objectContaining({
				field: 'version',
				line: 2,
				found: '1.1',
				fix: expect.stringContaining('quote it: "1.10"'),
			}),
		]);
	});

	it('keeps yes, no, on and off as text (YAML 1.2), and says to write true or false where those are expected', () => {
		expect(check('title: no\ndrill: yes\n')).toEqual([
			expect.objectContaining({
				field: 'drill',
				line: 2,
				expected: 'true or false',
				found: '"yes"',
				fix: expect.stringMatching(/^write true: .*yes, no, on or off as text/),
			}),
		]);
	});

	it('explains a list written without a space after "-"', () => {
		expect(check('title: t\nservices:\n  -website\n')).toEqual([
			expect.objectContaining({
				field: 'services',
				line: 2,
				expected: 'a list',
				fix: expect.stringContaining('space after each "-"'),
			}),
		]);
	});

	it('reads the lines of an MDX file from its frontmatter', () => {
		const text = '---\ntitle: t\ndrill: off\n---\n\nBody\n';
		const parsed = parseMdx(text, 'incidents/a.mdx');
		if (!parsed.ok) throw new Error('test MDX does not parse');
		expect(
			validate(
				typed,
				parsed.value.data,
				'incidents/a.mdx',
				'',
				fieldLocator(text, 'incidents/a.mdx')
			).problems
		).toEqual([expect.objectContaining({ field: 'drill', line: 3 })]);
	});
});
