/**
 * `firebreak schema`: write the JSON Schemas of every content file kind (made from the loader's own schemas,
 * `src/model/json-schemas.ts`) and point VS Code's YAML extension at them in the workspace's `.vscode/settings.json`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { contentDir } from '../../src/model/content-dir.ts';
import { contentJsonSchemas } from '../../src/model/json-schemas.ts';
import { loadContent } from '../../src/model/load-content.ts';
import { formatProblems } from '../../src/model/problems.ts';
import {
	mergeYamlSchemas,
	SettingsError,
	yamlSchemasSetting,
	type SchemaFolders,
} from '../../src/model/vscode-settings.ts';
import { parseCommand, SHARED } from './args.ts';
import type { Command } from './command.ts';

/** Inside the content folder, where the loader skips it (a name starting with "."). */
export const DEFAULT_SCHEMA_DIR = '.firebreak/schemas';

export const schemaCommand: Command = {
	summary: 'write JSON Schemas of the content files and the yaml.schemas mapping for VS Code',
	usage: 'firebreak schema [--schemas <dir>] [--workspace <dir>] [--content <dir>]',
	run(args) {
		const { values } = parseCommand({
			args,
			options: { ...SHARED.content, schemas: { type: 'string' }, workspace: { type: 'string' } },
		});
		const content = contentDir();
		const workspace =
			values.workspace === undefined ? workspaceOf(content) : resolve(values.workspace);
		return writeEditorSchemas({
			content,
			workspace,
			schemas:
				values.schemas === undefined ? join(content, DEFAULT_SCHEMA_DIR) : resolve(values.schemas),
		});
	},
};

/**
 * Writes the schemas and merges their mapping into `<workspace>/.vscode/settings.json`.
 * @returns the exit code: 1 when handbook.yaml is invalid (every schema but the incident's and maintenance's, made from it, is
 * still written) or the settings could not be merged
 */
export function writeEditorSchemas(folders: SchemaFolders): number {
	const loaded = loadContent(folders.content);
	if (!existsSync(join(folders.content, 'handbook.yaml'))) {
		console.error(formatProblems(loaded.problems));
		return 1;
	}
	const schemas = contentJsonSchemas(loaded.content?.config);
	mkdirSync(folders.schemas, { recursive: true });
	for (const { file, schema } of schemas)
		writeFileSync(join(folders.schemas, file), `${JSON.stringify(schema, null, 2)}\n`);
	const shown = (path: string) => relative(process.cwd(), path) || '.';
	console.log(`✔ wrote ${schemas.length} JSON Schemas to ${shown(folders.schemas)}/`);

	const settingsFile = join(folders.workspace, '.vscode', 'settings.json');
	try {
		const before = existsSync(settingsFile) ? readFileSync(settingsFile, 'utf8') : undefined;
		const after = mergeYamlSchemas(before, yamlSchemasSetting(schemas, folders));
		if (after !== before) {
			mkdirSync(dirname(settingsFile), { recursive: true });
			writeFileSync(settingsFile, after);
		}
		console.log(
			`✔ ${after === before ? 'kept' : 'wrote'} the yaml.schemas mapping in ${shown(settingsFile)}`
		);
	} catch (error) {
		if (!(error instanceof SettingsError)) throw error;
		console.error(`✖ ${shown(settingsFile)}: ${error.message}; it was left as it is.`);
		return 1;
	}
	if (!loaded.content) {
		console.error(
			`${formatProblems(loaded.problems)}\n\nincident.schema.json and maintenance.schema.json are made from the severities and timezone of handbook.yaml: run firebreak schema again once it is valid.`
		);
		return 1;
	}
	return 0;
}

/** @returns the git repository the content folder is in (the folder VS Code opens), else the content folder's parent. */
function workspaceOf(content: string): string {
	for (let dir = content; ; dir = dirname(dir)) {
		if (existsSync(join(dir, '.git'))) return dir;
		if (dirname(dir) === dir) return dirname(content);
	}
}
