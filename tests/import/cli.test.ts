/** `firebreak import runbooks` flags: missing services, --create-services, existing files and --update, --service, --to. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { fixtureCopy, tempFolder } from '../helpers/fixture.ts';
import { firebreak } from '../helpers/run.ts';

const source = () =>
	tempFolder({
		'databases/PostgresDown.md':
			'---\ntitle: Postgres down\nweight: 5\n---\n\n# PostgresDown\n\n## Diagnosis\n\nLook.\n\n## Mitigation\n\nSee [replicas](./PostgresReplicaLag.md).\n',
		'databases/PostgresReplicaLag.md':
			'# PostgresReplicaLag\n\n## Diagnosis\n\nLag.\n\n## Mitigation\n\nWait.\n',
		'databases/_index.md': '---\ntitle: Databases\n---\n',
	});

describe('firebreak import runbooks', () => {
	it('names the missing services and writes nothing; --create-services --owner creates them', () => {
		const dir = fixtureCopy('import-handbook');
		const from = source();
		const refused = firebreak(['import', 'runbooks', from, '--service-from', 'folder'], dir);
		expect(refused.status).toBe(1);
		expect(refused.output).toContain(
			'the runbooks name services that services/ does not have:\n  databases\n'
		);
		expect(existsSync(join(dir, 'runbooks'))).toBe(false);

		const created = firebreak(
			[
				'import',
				'runbooks',
				from,
				'--service-from',
				'folder',
				'--alerts-from',
				'filename',
				'--create-services',
				'--owner',
				'monitoring',
			],
			dir
		);
		expect(created.status, created.output).toBe(0);
		expect(created.output).toContain('wrote services/databases.yaml');
		expect(created.output).toContain(
			'link databases/PostgresDown.md:14: ./PostgresReplicaLag.md → /runbooks/databases/postgresreplicalag/'
		);
		const handbook = openHandbook(dir).handbook!;
		expect(handbook.services.get('databases')?.data).toMatchObject({
			name: 'Databases',
			team: 'monitoring',
			tier: 3,
		});
		expect(handbook.runbooksByAlert.get('PostgresDown')?.[0]?.data).toMatchObject({
			title: 'Postgres down',
			owner: 'monitoring',
			status: 'needs-review',
		});
	});

	it('keeps a changed file unless --update, and writes under --to with one --service', () => {
		const dir = fixtureCopy('import-handbook');
		const from = source();
		const args = ['import', 'runbooks', from, '--service', 'kubernetes', '--to', 'legacy'];
		expect(firebreak(args, dir).status).toBe(0);
		const file = join(dir, 'runbooks/legacy/databases/PostgresReplicaLag.md');
		const edited = readFileSync(file, 'utf8').replace('Wait.', 'Wait, then page the DBA.');
		writeFileSync(file, edited);

		const kept = firebreak(args, dir);
		expect(kept.output).toContain(
			'kept runbooks/legacy/databases/PostgresReplicaLag.md: it exists and differs from the import (--update replaces it)'
		);
		expect(readFileSync(file, 'utf8')).toBe(edited);
		const updated = firebreak([...args, '--update'], dir);
		expect(updated.output).toContain('updated runbooks/legacy/databases/PostgresReplicaLag.md');
		expect(readFileSync(file, 'utf8')).toContain('\nWait.\n');
		expect(
			openHandbook(dir).handbook!.runbooks.get('legacy/databases/postgresreplicalag')?.data.service
		).toBe('kubernetes');
	});

	it('lists what it could not convert, and the check warns about it with the file line', () => {
		const dir = fixtureCopy('import-handbook');
		const from = tempFolder({
			'node/NodeDown.md':
				'---\ntitle: Node down\n---\n\n## Diagnosis\n\n{{< hint warning >}}\nLook at [the old page]({{< ref "gone.md" >}}).\n{{< /hint >}}\n\n## Mitigation\n\nReboot.\n',
		});
		const imported = firebreak(['import', 'runbooks', from, '--service-from', 'folder'], dir);
		expect(imported.output).toContain(
			'⚠ node/NodeDown.md:7: {{< hint warning >}}: template syntax the importer does not know: rewrite it as Markdown'
		);
		expect(imported.output).toContain(
			'⚠ node/NodeDown.md:8: {{< ref "gone.md" >}}: points at gone.md, which is not among the imported runbooks'
		);
		const check = firebreak(['check'], dir);
		// The written file has a longer front matter (service, owner, status): lines are its own.
		const written = readFileSync(join(dir, 'runbooks/node/NodeDown.md'), 'utf8').split('\n');
		const line = written.findIndex((text) => text.startsWith('{{< hint')) + 1;
		expect(check.output).toContain(
			`runbook-template-syntax  body: line ${line}: {{< hint warning >}} is shown as written (template syntax outside code)`
		);
		expect(check.output).toContain(
			`runbook-template-syntax  body: line ${line + 1}: {{< ref "gone.md" >}} is shown as written`
		);
	});

	it('says what it expects for a wrong call', () => {
		const dir = fixtureCopy('import-handbook');
		expect(firebreak(['import', 'runbooks', source()], dir).output).toContain(
			'give either --service <id> or --service-from folder'
		);
		expect(firebreak(['import', 'wiki'], dir).output).toContain('say what to import: runbooks');
		expect(
			firebreak(
				['import', 'runbooks', source(), '--service-from', 'folder', '--create-services'],
				dir
			).output
		).toContain('--create-services needs --owner <team>');
		expect(
			firebreak(
				['import', 'runbooks', source(), '--service-from', 'folder', '--create-services'],
				dir
			).status
		).toBe(2);
	});
});
