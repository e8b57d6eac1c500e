import { describe, expect, it } from 'vitest';
import { parseMdx, parseYaml, parseYamlDocuments, parseYamlWithLines } from './source-file.ts';
import { syntaxProblem } from './yaml-syntax.ts';

describe('syntaxProblem', () => {
	it('reports an unclosed quote where it opened, not where the parser gave up', () => {
		const frontmatter = `title: "Checkout is down\n${'severity: sev1\n'.repeat(100)}`;
		expect(syntaxProblem(frontmatter, 'incidents/a.mdx', 1)).toEqual({
			file: 'incidents/a.mdx',
			field: '(YAML syntax) in title',
			line: 2,
			expected: 'valid YAML',
			found:
				'a "quoted" value that opens on this line and is never closed (the parser reached line 103)',
			fix: 'end the value with "; inside it write \\" for a double quote',
		});
	});

	it('names both lines and the key of a duplicate key', () => {
		expect(
			syntaxProblem('roles:\n  ic: lena\n  tl: sam\n  ic: kim\n', 'incidents/a.yaml')
		).toMatchObject({
			field: '(YAML syntax) in roles.ic',
			line: 4,
			found: 'the key "ic" twice in one mapping: at line 2 and at line 4',
			fix: expect.stringContaining('keep one'),
		});
	});

	// Each written as teams and rule-file authors write them (several from public bug reports about YAML errors).
	it.each([
		[
			'a tab in the indentation',
			'org:\n\tname: Tiny\n',
			2,
			'(YAML syntax)',
			/^a tab in the indentation$/,
			/indent with spaces/,
		],
		[
			'a tab after spaces',
			'org:\n  \tname: Tiny\n',
			2,
			'(YAML syntax)',
			/^a tab in the indentation$/,
			/indent with spaces/,
		],
		[
			'a tab in a list',
			'services:\n\t- checkout\n',
			2,
			'(YAML syntax)',
			/tab in the indentation/,
			/spaces/,
		],
		[
			'a tab before the text of a | block',
			'rules:\n  - expr: |\n      sum(rate(x[5m]))\n\t\t> 1\n    for: 5m\n',
			4,
			'(YAML syntax) in rules.0.expr',
			/tab in the indentation of the "\|" block of expr that starts at line 2/,
			/spaces/,
		],
		[
			'a tab before the first line of a | block',
			'expr: |-\n\tsum(x) > 1\nfor: 5m\n',
			2,
			'(YAML syntax) in expr',
			/tab in the indentation of the "\|-" block of expr that starts at line 1/,
			/spaces/,
		],
		[
			'text after a closing quote',
			"title: 'It's down'\n",
			1,
			'(YAML syntax) in title',
			/after the closing quote/,
			/^quote the whole value, like title: "It's down"/,
		],
		[
			'a quote inside a quoted value',
			'description: "{{ $labels.instance }} has had {{ printf "%.0f" $value }} errors"\n',
			1,
			'(YAML syntax) in description',
			/after the closing quote/,
			/\\"/,
		],
		[
			'": " inside a plain value',
			'timeline:\n  - at: 09:00\n    text: Paged: Lena took IC\n',
			3,
			'(YAML syntax) in timeline.0.text',
			/holds ": "/,
			/text: "Paged: Lena took IC"/,
		],
		[
			'": " on the second line of a plain value',
			'summary: Checkout failed\n  because: the pool ran out\n',
			2,
			'(YAML syntax) in summary',
			/indented further than line 1, where "summary" already has a value/,
			/whole value on line 1, in quotes/,
		],
		[
			'a missing space after "-"',
			'timeline:\n  -at: 09:00\n   text: x\n',
			2,
			'(YAML syntax) in timeline',
			/without a space after "-"/,
			/"- item"/,
		],
		[
			'a missing space after ":"',
			'title: Checkout down\nseverity:sev1\nowner: sam\n',
			2,
			'(YAML syntax) in severity',
			/":" without a space after it \("severity:sev1"\)/,
			/^write a space after the ":": severity: sev1$/,
		],
		[
			'a missing ":"',
			'title: Checkout down\nseverity sev1\nowner: sam\n',
			2,
			'(YAML syntax)',
			/neither "key: value" nor "- item" \("severity sev1"\)/,
			/": "/,
		],
		[
			'an unclosed [ list',
			'id: a\nservices: [checkout, ledger\nowner: sam\n',
			2,
			'(YAML syntax) in services',
			/\[ \.\.\. \] list that opens on this line and is not closed \(the parser reached line 3\)/,
			/close it with \]/,
		],
		[
			'an unclosed { mapping',
			'labels: { severity: page\nfor: 5m\n',
			1,
			'(YAML syntax) in labels',
			/\{ \.\.\. \} mapping that opens on this line and is not closed/,
			/close it with \}/,
		],
		[
			'an unquoted "#" inside [ ]',
			'id: a\nservices: [checkout, #ledger]\nowner: sam\n',
			2,
			'(YAML syntax) in services',
			/unquoted "#ledger" inside the \[ \.\.\. \] list that opens at line 2: " #" starts a comment, which hides the rest of the line, its "\]" included/,
			/^quote it: services: \[checkout, "#ledger"\]$/,
		],
		[
			'an unquoted "#" inside { }',
			'labels: { channel: #ops }\nfor: 5m\n',
			1,
			'(YAML syntax) in labels',
			/unquoted "#ops" inside the \{ \.\.\. \} mapping/,
			/^quote it: labels: \{ channel: "#ops" \}$/,
		],
		[
			'": " inside a value of a { } mapping',
			'updates:\n  - { at: 2026-03-04 10:15, status: investigating, body: Update: payments fail. }\n',
			2,
			'(YAML syntax) in updates.0.body',
			/holds ": " inside the \{ \.\.\. \} mapping on this line \("Update: payments fail\."\)/,
			/^quote it: body: "Update: payments fail\."$/,
		],
		[
			'a non-breaking space in the indentation',
			'org:\n\u00a0 name: Tiny\n  timezone: UTC\n',
			2,
			'(YAML syntax) in org',
			/non-breaking space \(U\+00A0/,
			/ordinary spaces/,
		],
		[
			'a line of a | block less indented than its first',
			'summary: |\n    Checkout failed.\n  The pool ran out.\nowner: sam\n',
			3,
			'(YAML syntax) in summary',
			/a line of the block of summary \(line 1\) less indented than its first line/,
			/at least as deep as its first line/,
		],
		[
			'two commas in a list',
			'services: [checkout,, ledger]\n',
			1,
			'(YAML syntax) in services',
			/inside the \[ \.\.\. \] list on this line/,
			/separate the items with ", "/,
		],
		[
			'Markdown bold at the start of a value',
			'title: **Checkout** down\n',
			1,
			'(YAML syntax) in title',
			/starts with "\*": YAML reads "\*name" as an alias/,
			/^quote the value: title: "\*\*Checkout\*\* down"$/,
		],
		[
			'Markdown bold as a whole list item',
			'factors:\n  - **Managed a team of 5 engineers.**\n',
			2,
			'(YAML syntax) in factors.0',
			/alias/,
			/- "\*\*Managed a team of 5 engineers\.\*\*"/,
		],
		[
			'a value that is an alias without anchor',
			'title: *important*\n',
			1,
			'(YAML syntax) in title',
			/alias/,
			/title: "\*important\*"/,
		],
		[
			'a tag-like value',
			'title: !important Checkout down\n',
			1,
			'(YAML syntax) in title',
			/starts with "!": YAML reads "!name" as a tag/,
			/quote the value/,
		],
		[
			'a value starting with @',
			'owner: @lena\n',
			1,
			'(YAML syntax) in owner',
			/starts with "@"/,
			/^quote the value: owner: "@lena"$/,
		],
		[
			'a value starting with a backtick',
			'command: `kubectl get pods`\n',
			1,
			'(YAML syntax) in command',
			/starts with "`"/,
			/quote the value/,
		],
		[
			'a value starting with %',
			'text: %d requests failed\n',
			1,
			'(YAML syntax) in text',
			/starts with "%"/,
			/quote the value/,
		],
		[
			'a value starting with ">"',
			'expr: > 5% errors\n',
			1,
			'(YAML syntax) in expr',
			/text after ">" on the line/,
			/expr: "> 5% errors", or start the text on the next line/,
		],
		[
			'text after a "|" on its line',
			'expr: | sum(rate(x[5m]))\n',
			1,
			'(YAML syntax) in expr',
			/text after "\|" on the line/,
			/next line/,
		],
		[
			'a "- " after a key',
			'text: - not a list\n',
			1,
			'(YAML syntax) in text',
			/list item cannot start on the line of its key/,
			/text: "- not a list"/,
		],
		[
			'a {{ template }} with text after it',
			'    value: {{ .Home }}/.config\n',
			1,
			'(YAML syntax) in value',
			/starts with "\{\{"/,
			/^quote the value: value: "\{\{ \.Home \}\}\/\.config"$/,
		],
		[
			'a {{ template }} list item with text after it',
			'with_items:\n  - {{ error_404_page }} page\n',
			2,
			'(YAML syntax) in with_items.0',
			/starts with "\{\{"/,
			/- "\{\{ error_404_page \}\} page"/,
		],
		[
			'a PromQL selector at the start of an expression',
			'expr: {__name__=~"AP_Data_radio._Clients"} > 150\nfor: 15m\n',
			1,
			'(YAML syntax) in expr',
			/text after the "\}" of a value that starts with "\{"/,
			/^quote the value: expr: "\{__name__=~\\"AP_Data_radio\._Clients\\"\} > 150"$/,
		],
		[
			'a [tag] at the start of a title',
			'title: [DRAFT] Checkout down\n',
			1,
			'(YAML syntax) in title',
			/text after the "\]" of a value that starts with "\["/,
			/title: "\[DRAFT\] Checkout down"/,
		],
		[
			'a Windows path in double quotes',
			'path: "C:\\dir\\logs"\n',
			1,
			'(YAML syntax) in path',
			/"\\d" inside a "double-quoted" value/,
			/'\.\.\.'/,
		],
		[
			'a line indented further than its neighbours',
			'org:\n  name: x\n   timezone: y\n',
			3,
			'(YAML syntax) in org.name',
			/indented further than line 2, where "name" already has a value/,
			/indent it like line 2/,
		],
		[
			'a line in line with no key above',
			'org:\n    name: x\n  timezone: y\n',
			3,
			'(YAML syntax) in org',
			/indented 2 spaces, in line with no key or "-" above it \(they are at 0, 4\)/,
			/same column/,
		],
		[
			'a key among the items of a list',
			'services:\n  - checkout\n  owner: sam\n',
			3,
			'(YAML syntax) in services',
			/"key: value" line in the column of the "-" of the list above \(line 2\)/,
			/"- item"/,
		],
	])('explains %s', (_, text, line, field, found, fix) => {
		const problem = syntaxProblem(text, 'x.yaml');
		expect(problem).toMatchObject({ line, field, expected: 'valid YAML' });
		expect(problem?.found).toMatch(found);
		expect(problem?.fix).toMatch(fix);
	});

	it('counts the lines of the whole file in a frontmatter, in the words too', () => {
		const parsed = parseMdx(
			'---\ntitle: x\ntags: [a,\n  #b, c]\nowner: sam\n---\n\nBody\n',
			'runbooks/a.md'
		);
		expect(parsed.ok || parsed.problems).toEqual([
			expect.objectContaining({
				line: 4,
				field: '(YAML syntax) in tags',
				found: expect.stringContaining('list that opens at line 3'),
			}),
		]);
	});

	it('names a second document in a file that holds one', () => {
		const parsed = parseYaml(
			'id: website\nname: Website\n---\nid: status\n',
			'services/website.yaml'
		);
		expect(parsed.ok || parsed.problems).toEqual([
			expect.objectContaining({
				line: 3,
				field: '(YAML syntax)',
				found: expect.stringContaining('a second YAML document'),
			}),
		]);
	});

	it('words the same error the same way for each reader of YAML', () => {
		const text =
			'groups:\n  - name: a\n    rules:\n      - alert: A\n        expr: |\n          up == 0\n\t\t  or absent(up)\n';
		const problems = [
			parseYaml(text, 'a.yaml'),
			parseYamlWithLines(text, 'a.yaml'),
			parseYamlDocuments(text, 'a.yaml'),
		].map((parsed) => (parsed.ok ? [] : parsed.problems));
		expect(problems[0]).toEqual([
			expect.objectContaining({
				line: 7,
				found: expect.stringMatching(/^a tab in the indentation of the "\|" block of expr/),
			}),
		]);
		expect(problems[1]).toEqual(problems[0]);
		expect(problems[2]).toEqual(problems[0]);
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
		expect(parsed).toEqual({
			ok: false,
			problems: [expect.objectContaining({ line: 3, field: '(YAML syntax) in title' })],
		});
	});
});
