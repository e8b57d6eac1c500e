/** Runs html-validate with the gate's configuration over every HTML file of a built site. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type Message } from 'html-validate';
import { HTML_VALIDATE_CONFIG, KNOWN_PATTERNS } from './html-validate-config.ts';

export interface HtmlError {
	/** Path of the file relative to the site folder. */
	file: string;
	line: number;
	column: number;
	rule: string;
	message: string;
	selector: string;
}

const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);

/** @returns the start tag that begins at or before `offset` in `source` (where html-validate reports an element). */
function startTagAt(source: string, offset: number): string {
	const start = source.lastIndexOf('<', offset);
	return source.slice(start, source.indexOf('>', offset) + 1);
}

function isKnown(message: Message, source: string): boolean {
	return KNOWN_PATTERNS.some(
		(known) =>
			known.rule === message.ruleId &&
			known.selector.test(message.selector ?? '') &&
			(!known.tag || known.tag.test(startTagAt(source, message.offset)))
	);
}

/**
 * @param dir a built site folder
 * @returns every html-validate error in its HTML files (known third-party patterns left out), and how many files
 */
export async function validateSite(dir: string): Promise<{ files: number; errors: HtmlError[] }> {
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.sort();
	const errors: HtmlError[] = [];
	for (const file of files) {
		const source = readFileSync(join(dir, file), 'utf8');
		const report = await validator.validateString(source, file);
		for (const message of report.results.flatMap((result) => result.messages)) {
			if (isKnown(message, source)) continue;
			errors.push({
				file,
				line: message.line,
				column: message.column,
				rule: message.ruleId,
				message: message.message,
				selector: message.selector ?? '',
			});
		}
	}
	return { files: files.length, errors };
}

/** @returns the errors one per line, `file:line:column rule: message (selector)`. */
export function formatHtmlErrors(errors: readonly HtmlError[]): string {
	return errors
		.map((e) => `${e.file}:${e.line}:${e.column} ${e.rule}: ${e.message} (${e.selector})`)
		.join('\n');
}
