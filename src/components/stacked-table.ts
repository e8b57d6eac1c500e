/**
 * The markup of a dashboard table (DashboardTable.astro), made ready to be read as stacked rows on a narrow screen:
 * each body cell carries its column's header as `data-label` (shown before the cell's value when the row is stacked),
 * and every table element states its table role, since a browser may drop a table's semantics once CSS gives its rows
 * and cells `display: block` (Safari does).
 */
import { parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const ROLES: Record<string, string> = {
	table: 'table',
	thead: 'rowgroup',
	tbody: 'rowgroup',
	tfoot: 'rowgroup',
	tr: 'row',
	td: 'cell',
};

/**
 * @param html rendered markup holding one or more `<table>`s, each with its column headers in the first row of `<thead>`
 * @returns the same markup with `data-label` on body cells and explicit table roles, and the most columns of its tables
 * @throws when a table has no `<thead>` row of headers, since its stacked rows would carry no labels
 */
export function stackableTables(html: string): { html: string; columns: number } {
	const fragment = parseFragment(html);
	const tables = descendants(fragment, 'table');
	if (tables.length === 0) throw new Error('DashboardTable: its content holds no <table>');
	const columns = Math.max(...tables.map(label));
	return { html: serialize(fragment), columns };
}

/** Tables of this many columns or more need a wider box before they stop stacking (`fb-wide` in dashboard.css). */
export const WIDE_TABLE_COLUMNS = 7;

/** Labels the cells of `table` and states its roles. @returns its number of columns */
function label(table: Element): number {
	const headerRow = descendants(table, 'thead').flatMap((head) => children(head, 'tr'))[0];
	if (!headerRow) throw new Error('DashboardTable: a table without a <thead> header row');
	const headers = cells(headerRow).flatMap((cell) => Array<string>(span(cell)).fill(textOf(cell)));
	for (const element of descendants(table)) {
		const role =
			element.tagName === 'th'
				? attribute(element, 'scope') === 'row'
					? 'rowheader'
					: 'columnheader'
				: ROLES[element.tagName];
		if (role && attribute(element, 'role') === undefined)
			element.attrs.push({ name: 'role', value: role });
	}
	for (const body of [...children(table, 'tbody'), ...children(table, 'tfoot')]) {
		for (const row of children(body, 'tr')) {
			let column = 0;
			for (const cell of cells(row)) {
				const header = headers[column];
				if (header && attribute(cell, 'data-label') === undefined)
					cell.attrs.push({ name: 'data-label', value: header });
				column += span(cell);
			}
		}
	}
	return headers.length;
}

function isElement(node: Node): node is Element {
	return 'tagName' in node;
}

function children(parent: Node, tagName: string): Element[] {
	return 'childNodes' in parent
		? parent.childNodes.filter(
				(node): node is Element => isElement(node) && node.tagName === tagName
			)
		: [];
}

function cells(row: Element): Element[] {
	return row.childNodes.filter(
		(node): node is Element => isElement(node) && (node.tagName === 'td' || node.tagName === 'th')
	);
}

function descendants(root: Node, tagName?: string): Element[] {
	const found: Element[] = [];
	const walk = (node: Node) => {
		if (isElement(node) && (tagName === undefined || node.tagName === tagName)) found.push(node);
		if ('childNodes' in node) node.childNodes.forEach(walk);
	};
	walk(root);
	return found;
}

function attribute(element: Element, name: string): string | undefined {
	return element.attrs.find((attr) => attr.name === name)?.value;
}

function span(cell: Element): number {
	const value = Number(attribute(cell, 'colspan') ?? '1');
	return Number.isInteger(value) && value > 0 ? value : 1;
}

function textOf(node: Node): string {
	if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
	return 'childNodes' in node
		? node.childNodes.map(textOf).join('').replace(/\s+/g, ' ').trim()
		: '';
}
