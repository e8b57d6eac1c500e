/**
 * JSON Schemas of every content file kind, made by zod 4 (`z.toJSONSchema`) from the very schemas the loader validates
 * with, for editors and other tools: the YAML language server (VS Code's YAML extension) validates handbook.yaml,
 * people.yaml, services and comms.yaml with them and shows each field's description on hover; the frontmatter schemas
 * of runbooks, incidents, maintenance, postmortems and guides are for tools that read frontmatter (it cannot look inside MDX).
 *
 * They are the loader's input side (`io: 'input'`: defaults are optional, transforms take what they read), in draft-07,
 * the newest draft the YAML language server supports. What a transform or a check enforces is stated by the schemas'
 * metadata (see primitives.ts); cross-file rules (an owner who is not in people.yaml, an unknown service) cannot be
 * expressed, and stay the loader's. The incident schema depends on the handbook (its severities and timezone), the
 * maintenance schema on its timezone.
 */
import { z } from 'zod';
import type { HandbookConfig } from '../schemas/handbook.ts';
import { handbookSchema } from '../schemas/handbook.ts';
import { contentSchemas, type SchemaSettings } from '../schemas/index.ts';
import { commsSchema } from '../schemas/comms.ts';
import { peopleSchema } from '../schemas/people.ts';
import { serviceSchema } from '../schemas/service.ts';
import { runbookSchema } from '../schemas/runbook.ts';
import { postmortemSchema } from '../schemas/postmortem.ts';
import { guideSchema } from '../schemas/guide.ts';
import { RULES } from './checks/rules.ts';
import { COMMS_FILE } from './comms-file.ts';
import { COLLECTIONS } from './load-content.ts';

export type JsonSchema = Record<string, unknown>;

export interface ContentJsonSchema {
	/** File name in the schema folder, like `handbook.schema.json`. */
	file: string;
	/** Globs, relative to the content folder, of the YAML files it validates; absent for frontmatter. */
	yamlFiles?: string[];
	schema: JsonSchema;
}

/**
 * @param config the handbook's validated settings; without them (an invalid handbook.yaml) the incident and maintenance
 * schemas, which are made from its ladder and timezone, are left out
 * @returns one JSON Schema per file kind
 */
export function contentJsonSchemas(config?: SchemaSettings): ContentJsonSchema[] {
	const ofHandbook = config && contentSchemas(config);
	const kinds: { name: string; schema: z.ZodType; yamlFiles?: string[] }[] = [
		{ name: 'handbook', schema: handbookSchema, yamlFiles: ['handbook.yaml'] },
		{ name: 'people', schema: peopleSchema, yamlFiles: ['people.yaml'] },
		{
			name: 'service',
			schema: serviceSchema,
			yamlFiles: COLLECTIONS.services.extensions.map(
				(ext) => `${COLLECTIONS.services.folder}/**/*${ext}`
			),
		},
		{ name: 'comms', schema: commsSchema, yamlFiles: [COMMS_FILE] },
		{ name: 'runbook', schema: runbookSchema },
		...(ofHandbook
			? [
					{ name: 'incident', schema: ofHandbook.incident },
					{ name: 'maintenance', schema: ofHandbook.maintenance },
				]
			: []),
		{ name: 'postmortem', schema: postmortemSchema },
		{ name: 'guide', schema: guideSchema },
	];
	return kinds.map(({ name, schema, yamlFiles }) => {
		const json = simplify(z.toJSONSchema(schema, OPTIONS)) as JsonSchema;
		if (name === 'handbook') describeRuleLevels(json);
		return {
			file: `${name}.schema.json`,
			...(yamlFiles ? { yamlFiles } : {}),
			schema: { ...json, title: `Firebreak ${name}` },
		};
	});
}

const OPTIONS: Parameters<typeof z.toJSONSchema>[1] = {
	target: 'draft-07',
	io: 'input',
	// No JSON or YAML 1.2 value is a Date: the Date branches of dates and timestamps (for js-yaml's default schema) match nothing.
	unrepresentable: ({ zodSchema }) => (zodSchema._zod.def.type === 'date' ? { not: {} } : 'any'),
	override: ({ jsonSchema }) => {
		// zod checks emails with the pattern it also emits, and URLs with WHATWG's parser; JSON Schema validators check these
		// formats by RFC rules that refuse some of what the loader accepts (a `{` in a dashboard URL).
		if (jsonSchema.format === 'email' || jsonSchema.format === 'uri') delete jsonSchema.format;
	},
};

const NOTHING = JSON.stringify({ not: {} });

/** @returns the schema without the members of `anyOf` that match nothing, and a one-member `anyOf` merged into its parent. */
function simplify(node: unknown): unknown {
	if (Array.isArray(node)) return node.map(simplify);
	if (typeof node !== 'object' || node === null) return node;
	const entries = Object.entries(node).map(([key, value]) => [key, simplify(value)] as const);
	const result: JsonSchema = Object.fromEntries(entries);
	if (Array.isArray(result.anyOf)) {
		const members = result.anyOf.filter((member) => JSON.stringify(member) !== NOTHING);
		const { anyOf: _, ...rest } = result;
		return members.length === 1
			? { ...(members[0] as JsonSchema), ...rest }
			: { ...rest, anyOf: members };
	}
	return result;
}

/** Gives `checks:` of handbook.yaml the rule ids (a typo is refused, as the loader refuses it) and each rule's summary. */
function describeRuleLevels(handbook: JsonSchema) {
	const checks = (handbook.properties as Record<string, JsonSchema>)[
		'checks' satisfies keyof HandbookConfig
	]!;
	const level = checks.additionalProperties as JsonSchema;
	checks.properties = Object.fromEntries(
		RULES.map((rule) => [
			rule.id,
			{ ...level, description: `${rule.summary} Default: ${rule.defaultLevel}.` },
		])
	);
	checks.propertyNames = { enum: RULES.map((rule) => rule.id) };
}
