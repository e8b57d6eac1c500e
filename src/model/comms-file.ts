/**
 * Reads `comms.yaml`, the message templates of the /comms/ page (optional: a team may keep none).
 * File I/O: reads `comms.yaml` from the content folder.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { commsSchema, type CommsTemplate } from '../schemas/comms.ts';
import type { Problem } from './problems.ts';
import { parseYaml, readText } from './source-file.ts';
import { validate } from './zod-problems.ts';

export const COMMS_FILE = 'comms.yaml';

/**
 * @param dir the content folder
 * @param problems where read and validation problems are added
 * @returns the templates, or undefined when the file is absent or invalid (then `problems` says why)
 */
export function readComms(dir: string, problems: Problem[]): CommsTemplate[] | undefined {
	const path = join(dir, COMMS_FILE);
	if (!existsSync(path)) return undefined;
	const text = readText(path, COMMS_FILE);
	const parsed = text.ok ? parseYaml(text.value, COMMS_FILE) : text;
	if (!parsed.ok) {
		problems.push(...parsed.problems);
		return undefined;
	}
	const result = validate(commsSchema, parsed.value, COMMS_FILE);
	problems.push(...result.problems);
	const templates = result.data?.templates;
	templates?.forEach((template, i) => {
		if (templates.findIndex((other) => other.id === template.id) !== i) {
			problems.push({
				file: COMMS_FILE,
				field: `templates.${i}.id`,
				expected: 'an id used by one template',
				found: `"${template.id}", used twice`,
			});
		}
	});
	return templates;
}
