/**
 * The content reference of the docs: one field table per kind of content file, made from the JSON Schemas that zod
 * derives from the loader's own schemas (`src/model/json-schemas.ts`), so a field, type, default or description
 * written in `src/schemas/` is documented as it is, never by hand.
 */
import { contentJsonSchemas, type JsonSchema } from '../../src/model/json-schemas.ts';
import { id, isoDate, httpUrl } from '../../src/schemas/primitives.ts';
import { cell } from './tables.ts';

/**
 * The ladder and timezone the incident and maintenance schemas are made from: a handbook's own. The reference names
 * them by where they come from instead of one team's values.
 */
const DOCUMENTED_HANDBOOK = {
	severities: [{ id: '<a severities[].id>' }],
	org: { timezone: 'org.timezone' },
};

/** Each kind's schema file and heading, in the order the reference lists them. */
const KINDS: { file: string; heading: string }[] = [
	{ file: 'handbook', heading: 'handbook.yaml' },
	{ file: 'people', heading: 'people.yaml' },
	{ file: 'service', heading: 'Services' },
	{ file: 'runbook', heading: 'Runbooks' },
	{ file: 'incident', heading: 'Incidents' },
	{ file: 'postmortem', heading: 'Postmortems' },
	{ file: 'maintenance', heading: 'Maintenance' },
	{ file: 'guide', heading: 'Guides' },
	{ file: 'comms', heading: 'comms.yaml' },
];

/** JSON Schema `pattern`s that name a primitive of src/schemas/primitives.ts. */
const PRIMITIVES: [string, string][] = [
	[JSON.stringify(id.toJSONSchema().pattern), 'id'],
	[JSON.stringify(httpUrl.toJSONSchema().pattern), 'http(s) URL'],
];
const DATE_PATTERN = (isoDate.meta() as { pattern: string }).pattern;

interface Row {
	field: string;
	type: string;
	required: string;
	description: string;
}

/** @returns the Markdown of the whole reference: a heading, a line and a table per kind. */
export function contentReference(): string {
	const schemas = contentJsonSchemas(DOCUMENTED_HANDBOOK);
	return KINDS.map(({ file, heading }) => {
		const schema = schemas.find((s) => s.file === `${file}.schema.json`)!.schema;
		const rows = fieldRows(schema, '');
		return [
			`### ${heading}`,
			'',
			cell(String(schema.description)),
			'',
			'| field | type | required / default | description |',
			'|---|---|---|---|',
			...rows.map(
				(r) => `| \`${r.field}\` | ${cell(r.type)} | ${cell(r.required)} | ${cell(r.description)} |`
			),
		].join('\n');
	}).join('\n\n');
}

/** @returns a row per property of an object schema, and the rows of its nested objects (dotted, `[]` for lists). */
function fieldRows(schema: JsonSchema, prefix: string): Row[] {
	const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
	const required = new Set((schema.required ?? []) as string[]);
	return Object.entries(properties).flatMap(([name, property]) => {
		const field = `${prefix}${name}`;
		const row: Row = {
			field,
			type: typeOf(property),
			required: requirement(property, required.has(name)),
			description: typeof property.description === 'string' ? property.description : '',
		};
		const items = property.items as JsonSchema | undefined;
		// A map with known keys (`checks:` by rule id) is documented where its keys are, not key by key.
		const nested = property.propertyNames
			? []
			: property.properties
				? fieldRows(property, `${field}.`)
				: items?.properties
					? fieldRows(items, `${field}[].`)
					: [];
		return [row, ...nested];
	});
}

function requirement(property: JsonSchema, required: boolean): string {
	if ('default' in property) {
		const value = property.default;
		return typeof value === 'object' &&
			value !== null &&
			Object.keys(value).length === 0 &&
			!Array.isArray(value)
			? 'optional'
			: `default \`${JSON.stringify(value)}\``;
	}
	return required ? 'required' : 'optional';
}

/** @returns the type of a schema in words: `id`, `date`, `list of text`, `` `a` | `b` ``, `map of id → …`. */
function typeOf(schema: JsonSchema): string {
	if (Array.isArray(schema.enum))
		return schema.enum.map((value) => `\`${String(value)}\``).join(' | ');
	if ('const' in schema) return `\`${JSON.stringify(schema.const)}\``;
	if (Array.isArray(schema.anyOf)) return (schema.anyOf as JsonSchema[]).map(typeOf).join(' or ');
	const pattern = JSON.stringify(schema.pattern);
	const primitive = PRIMITIVES.find(([p]) => p === pattern);
	if (primitive) return primitive[1];
	if (schema.format === 'date' || schema.pattern === DATE_PATTERN) return 'date';
	if (typeof schema.pattern === 'string' && schema.pattern.includes('\\d{4}-\\d{2}-\\d{2}[T ]'))
		return 'timestamp';
	switch (schema.type) {
		case 'string':
			return schema.minLength ? 'text' : 'string';
		case 'integer':
			return range('integer', schema);
		case 'number':
			return range('number', schema);
		case 'boolean':
			return 'boolean';
		case 'array': {
			const items = schema.items as JsonSchema | undefined;
			return `list of ${items ? (items.properties ? 'objects' : typeOf(items)) : 'values'}`;
		}
		case 'object':
			if (schema.propertyNames)
				return `map of ${mapKey(schema.propertyNames as JsonSchema)} → ${typeOf(schema.additionalProperties as JsonSchema)}`;
			if (schema.properties) return 'object';
			if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
				const key = schema.propertyNames ? typeOf(schema.propertyNames as JsonSchema) : 'key';
				return `map of ${key} → ${typeOf(schema.additionalProperties as JsonSchema)}`;
			}
			return 'object';
		default:
			return 'any';
	}
}

/** A map's keys by their type (an id), or, for a fixed list of keys (rule ids), just "key". */
function mapKey(keys: JsonSchema): string {
	return Array.isArray(keys.enum) ? 'key' : typeOf(keys);
}

function range(type: string, schema: JsonSchema): string {
	const lower = schema.exclusiveMinimum === 0 ? ' > 0' : schema.minimum === 0 ? ' ≥ 0' : '';
	const upper =
		typeof schema.maximum === 'number' && schema.maximum < Number.MAX_SAFE_INTEGER
			? ` ≤ ${schema.maximum}`
			: '';
	return `${type}${lower}${upper}`;
}
