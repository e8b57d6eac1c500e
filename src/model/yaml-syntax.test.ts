import { describe, expect, it } from 'vitest';
import { parseMdx, parseYaml } from './source-file.ts';
import { syntaxProblem } from './yaml-syntax.ts';

describe('syntaxProblem', () => {
	it('reports an unclosed quote where it opened, not where the parser gave up', () => {
		const frontmatter = `title: "Checkout is down\n${'severity: sev1\n'.repeat(100)}`;
		expect(syntaxProblem(frontmatter, 'incidents/a.mdx', 1)).toEqual({
			file: 'incidents/a.mdx',
			field: '(YAML syntax) in title',
			line: 2,
			expected: 'valid YAML',
			found: 'a "quoted" value that opens on this line and is never closed (the parser reached line 103)',
			fix: 'end the value with "; inside it write \\" for a double quote',
		});
	});

	it('names both lines and the key of a duplicate key', () => {
		expect(syntaxProblem('roles:\n  ic: lena\n  tl: sam\n  ic: kim\n', 'incidents/a.yaml')).toMatchObject({
			field: '(YAML syntax) in roles.ic',
			line: 4,
			found: 'the key "ic" twice in one mapping: at line 2 and at line 4',
			fix: expect.stringContaining('keep one'),
		});
	});

	it.each([
		['a tab in the indentation', 'org:\n\tname: Tiny\n', 2, '(YAML syntax)', /tab in the indentation/, /spaces/],
		['text after a closing quote', "title: 'It's down'\n", 1, '(YAML syntax) in title', /after the closing quote/, /''/],
		['": " inside a plain value', 'timeline:\n  - at: 09:00\n    text: Paged: Lena took IC\n', 3, '(YAML syntax) in timeline.0.text', /holds ": "/, /text: "Paged: Lena took IC"/],
		['a missing space after "-"', 'timeline:\n  -at: 09:00\n   text: x\n', 2, '(YAML syntax) in timeline', /without a space after "-"/, /"- item"/],
		['an unclosed [ list', 'id: a\nservices: [checkout, ledger\nowner: sam\n', 2, '(YAML syntax) in services', /\[ \.\.\. \] that opens on this line/, /close it with \]/],
		['an unquoted "#" inside [ ]', 'services: [checkout, #ledger]\nowner: sam\n', 1, '(YAML syntax) in services', /not closed/, /" #" starts a comment/],
		['a value starting with @', 'owner: @lena\n', 1, '(YAML syntax) in owner', /reserved character @/, /quote/],
	])('explains %s', (_, text, line, field, found, fix) => {
		const problem = syntaxProblem(text, 'x.yaml');
		expect(problem).toMatchObject({ line, field, expected: 'valid YAML' });
		expect(problem?.found).toMatch(found);
		expect(problem?.fix).toMatch(fix);
	});

	it('reports only the first error of a file, not its knock-on errors', () => {
		const parsed = parseYaml('org:\n  name: x\n   timezone: y\nother: [a\n', 'handbook.yaml');
		expect(parsed.ok || parsed.problems).toHaveLength(1);
	});

	it('returns nothing for valid YAML', () => {
		expect(syntaxProblem('a: 1\n', 'x.yaml')).toBeUndefined();
	});
});

describe('the frontmatter of an entry', () => {
	it('reports the line of the file where the quote opened', () => {
		const text = `---\nid: x\ntitle: "Checkout: the "big" outage\n${'summary: x\n'.repeat(100)}---\n\nBody\n`;
		const parsed = parseMdx(text, 'incidents/a.mdx');
		expect(parsed).toEqual({ ok: false, problems: [expect.objectContaining({ line: 3, field: '(YAML syntax) in title' })] });
	});
});
