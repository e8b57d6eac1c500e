/**
 * The `yaml.schemas` setting of VS Code's YAML extension (the YAML language server), which maps a schema file to the
 * files it validates, and its merge into a workspace's `.vscode/settings.json`, a JSON-with-comments file a team
 * also keeps its own settings in: only `yaml.schemas` entries change, with comments and formatting kept (jsonc-parser,
 * the library VS Code edits its settings with).
 */
import { isAbsolute, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyEdits, modify, parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { ContentJsonSchema } from './json-schemas.ts';

const YAML_SCHEMAS = 'yaml.schemas';

/** Where the schemas and the content are, as absolute paths. */
export interface SchemaFolders {
	/** The folder VS Code opens (the repository); `.vscode/settings.json` is in it. */
	workspace: string;
	content: string;
	/** Where the schema files are written. */
	schemas: string;
}

/**
 * @returns the `yaml.schemas` entries of the schemas that validate YAML files: a schema's path relative to the
 * workspace folder (which is how the language server resolves it; a file URL when it lies outside), and the globs of
 * its files from the workspace folder (the language server matches a glob at any depth)
 * @throws SettingsError when the content folder is not inside the workspace folder
 */
export function yamlSchemasSetting(
	schemas: readonly ContentJsonSchema[],
	folders: SchemaFolders
): Record<string, string[]> {
	const content = inside(folders.workspace, folders.content);
	if (content === undefined)
		throw new SettingsError(
			`the content folder ${folders.content} is not inside the workspace folder ${folders.workspace}`
		);
	const prefix = content === '' ? '' : `${content}/`;
	return Object.fromEntries(
		schemas
			.filter((schema) => schema.yamlFiles)
			.map((schema) => [
				schemaRef(folders, schema.file),
				schema.yamlFiles!.map((glob) => `${prefix}${glob}`),
			])
	);
}

/** @returns how `yaml.schemas` names a schema file of the schema folder. */
function schemaRef(folders: Pick<SchemaFolders, 'workspace' | 'schemas'>, file: string): string {
	const dir = inside(folders.workspace, folders.schemas);
	if (dir === undefined) return pathToFileURL(join(folders.schemas, file)).href;
	return dir === '' ? file : `${dir}/${file}`;
}

/** @returns `path` relative to `folder` with `/` ('' for the folder itself), or undefined when it lies outside. */
function inside(folder: string, path: string): string | undefined {
	const rel = relative(folder, path);
	if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
	return rel.split(sep).join('/');
}

/** Thrown when the existing settings cannot be edited safely: they are then left as they are. */
export class SettingsError extends Error {}

/**
 * @param text the current `.vscode/settings.json` (absent: a new file)
 * @param setting the `yaml.schemas` entries to write
 * @returns the settings with the entries set and every other setting and entry as it was
 * @throws SettingsError when `text` is not JSON with comments, or its `yaml.schemas` is not an object
 */
export function mergeYamlSchemas(
	text: string | undefined,
	setting: Record<string, string[]>
): string {
	let current = text === undefined || text.trim() === '' ? '{}\n' : text;
	const errors: ParseError[] = [];
	const parsed: unknown = parse(current, errors, {
		allowTrailingComma: true,
		disallowComments: false,
	});
	if (errors.length > 0) {
		const first = errors[0]!;
		const line = current.slice(0, first.offset).split('\n').length;
		throw new SettingsError(
			`not valid JSON with comments: ${printParseErrorCode(first.error)} at line ${line}`
		);
	}
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
		throw new SettingsError('not a JSON object of settings');
	const existing = (parsed as Record<string, unknown>)[YAML_SCHEMAS];
	if (
		existing !== undefined &&
		(typeof existing !== 'object' || existing === null || Array.isArray(existing))
	) {
		throw new SettingsError(`"${YAML_SCHEMAS}" is not an object of schema → files`);
	}
	const formattingOptions = { insertSpaces: !/^\t/m.test(current), tabSize: 2, eol: '\n' };
	for (const [key, files] of Object.entries(setting)) {
		current = applyEdits(
			current,
			modify(current, [YAML_SCHEMAS, key], files, { formattingOptions })
		);
	}
	return current.endsWith('\n') ? current : `${current}\n`;
}
