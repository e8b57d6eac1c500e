import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { stackableTables } from './stacked-table.ts';

/** @returns every element of `html` as `tag[role] data-label` lines, in document order */
function outline(html: string): string[] {
	const lines: string[] = [];
	const walk = (node: DefaultTreeAdapterMap['node']) => {
		if ('tagName' in node) {
			const attr = (name: string) => node.attrs.find((a) => a.name === name)?.value;
			lines.push(
				`${node.tagName}[${attr('role') ?? ''}]${attr('data-label') === undefined ? '' : ` ${attr('data-label')}`}`
			);
		}
		if ('childNodes' in node) node.childNodes.forEach(walk);
	};
	walk(parseFragment(html));
	return lines;
}

describe('stackableTables', () => {
	it('labels each body cell with its column header and states every table role', () => {
		const { html, columns } = stackableTables(
			'<table class="fb-table"><thead><tr><th scope="col">Measure</th><th scope="col"><abbr title="Time to acknowledge">TTA</abbr></th><th scope="col">Rating</th></tr></thead>' +
				'<tbody><tr><th scope="row">Alerts</th><td>5 min</td><td><span class="sl-badge">Amber</span></td></tr></tbody></table>'
		);
		expect(columns).toBe(3);
		expect(outline(html)).toEqual([
			'table[table]',
			'thead[rowgroup]',
			'tr[row]',
			'th[columnheader]',
			'th[columnheader]',
			'abbr[]',
			'th[columnheader]',
			'tbody[rowgroup]',
			'tr[row]',
			'th[rowheader] Measure',
			'td[cell] TTA',
			'td[cell] Rating',
			'span[]',
		]);
	});

	it('follows column spans, keeps labels and roles already given, and leaves cells past the headers unlabelled', () => {
		const { html, columns } = stackableTables(
			'<table><thead><tr><th colspan="2">When</th><th>What</th></tr></thead><tbody>' +
				'<tr><td>day</td><td>time</td><td data-label="Summary">x</td><td>extra</td></tr>' +
				'<tr><td colspan="2">all day</td><td role="gridcell">y</td></tr></tbody></table>'
		);
		expect(columns).toBe(3);
		expect(outline(html).filter((line) => line.startsWith('td'))).toEqual([
			'td[cell] When',
			'td[cell] When',
			'td[cell] Summary',
			'td[cell]',
			'td[cell] When',
			'td[gridcell] What',
		]);
	});

	it('keeps the text and markup of the cells', () => {
		const cell = '<td><a href="/x/?a=1&amp;b=2">A &amp; B</a><br><code>id-1</code></td>';
		expect(
			stackableTables(
				`<table><thead><tr><th>Item</th></tr></thead><tbody><tr>${cell}</tr></tbody></table>`
			).html
		).toContain('<a href="/x/?a=1&amp;b=2">A &amp; B</a><br><code>id-1</code>');
	});

	it('refuses markup without a table, and a table without a header row', () => {
		expect(() => stackableTables('<p>no table</p>')).toThrow(
			'DashboardTable: its content holds no <table>'
		);
		expect(() => stackableTables('<table><tbody><tr><td>1</td></tr></tbody></table>')).toThrow(
			'DashboardTable: a table without a <thead> header row'
		);
	});
});
