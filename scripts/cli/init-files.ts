/**
 * What `firebreak init` writes: the files of `scripts/templates/init/files/` with the answers filled in (`@@name@@`, each value
 * quoted as a YAML and JSON string), and the severity ladder of `scripts/templates/init/ladders/<n>.yaml`. A leading `dot-` in a
 * path's first part becomes `.` (npm leaves `.gitignore` out of a package).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { slugify } from '../../src/model/skeletons.ts';

const TEMPLATES = join(import.meta.dirname, '../templates/init');
export const LADDERS = ['3', '4'] as const;

export interface InitAnswers {
	org: string;
	timezone: string;
	ladder: (typeof LADDERS)[number];
	publicUrl: string;
	internalUrl: string;
	/** `YYYY-MM-DD` in the handbook's timezone: the runbook's review day. */
	today: string;
	/** The version range of Firebreak the new repository depends on. */
	firebreakVersion: string;
}

/** @returns the files of a new handbook repository, paths relative to it with `/` */
export function initFiles(answers: InitAnswers): { file: string; text: string }[] {
	const quoted = (value: string) => JSON.stringify(value);
	const values: Record<string, string> = {
		org: quoted(answers.org),
		timezone: quoted(answers.timezone),
		publicUrl: quoted(answers.publicUrl),
		internalUrl: quoted(answers.internalUrl),
		internalHost: quoted(new URL(answers.internalUrl).hostname),
		today: answers.today,
		firebreakVersion: quoted(answers.firebreakVersion),
		packageName: quoted(`${slugify(answers.org) || 'incident'}-handbook`),
		ladder: readFileSync(join(TEMPLATES, 'ladders', `${answers.ladder}.yaml`), 'utf8').trimEnd(),
	};
	const root = join(TEMPLATES, 'files');
	return readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => {
			const path = relative(root, join(entry.parentPath, entry.name)).split(sep).join('/');
			const text = readFileSync(join(root, path), 'utf8').replace(
				/@@(\w+)@@/g,
				(_, name: string) => {
					if (!(name in values))
						throw new Error(`scripts/templates/init/files/${path}: no value for @@${name}@@`);
					return values[name]!;
				}
			);
			return { file: path.replace(/^dot-/, '.'), text };
		})
		.sort((a, b) => a.file.localeCompare(b.file));
}
