import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validate } from './zod-problems.ts';

const schema = z.strictObject({
	title: z.string(),
	status: z.enum(['open', 'done']),
	tags: z.array(z.string()).min(1),
	nested: z.strictObject({ owner: z.string() }).optional(),
});

describe('validate', () => {
	it('returns data when valid', () => {
		expect(validate(schema, { title: 't', status: 'open', tags: ['a'] }, 'x.mdx').data).toEqual({ title: 't', status: 'open', tags: ['a'] });
	});

	it('says what was expected and what was found, per field', () => {
		const { problems } = validate(schema, { status: 'closed', tags: [], nested: { owner: 3 }, colour: 'red' }, 'x.mdx');
		const byField = Object.fromEntries(problems.map((p) => [p.field, p]));
		expect(byField.title).toMatchObject({ file: 'x.mdx', expected: 'text', found: 'nothing (the field is missing)' });
		expect(byField.status).toMatchObject({ expected: 'one of open, done', found: '"closed"' });
		expect(byField.tags).toMatchObject({ expected: 'at least 1 item', found: 'a list of 0 items' });
		expect(byField['nested.owner']).toMatchObject({ expected: 'text', found: '3' });
		expect(byField.colour).toMatchObject({ found: 'unknown field "colour"' });
	});

	it('prefixes fields of entries inside a larger file', () => {
		const { problems } = validate(schema, {}, 'people.yaml', 'people.3');
		expect(problems.map((p) => p.field)).toContain('people.3.title');
	});
});
