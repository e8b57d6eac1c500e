/**
 * prometheus-operator's real runbooks (Markdown with Go templates and Hugo shortcodes) with the kube-prometheus rule
 * files that link to them, built into a site: every alert link lands on its runbook, Hugo aliases keep working, and
 * renaming a runbook without an alias fails the build.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { urls } from '../../src/model/urls.ts';
import { fixtureCopy, type Edit } from '../helpers/fixture.ts';
import { build, firebreak, ROOT } from '../helpers/run.ts';
import { pageAt, readRedirect } from './redirect-page.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/alerts-corpus');
const handbook = openHandbook(FIXTURE).handbook!;

describe('the prometheus-operator runbooks as a site', () => {
	let site = '';
	beforeAll(() => {
		const result = build(FIXTURE, { site: 'internal' });
		expect(result.status, result.output).toBe(0);
		site = join(result.out, 'internal');
	});

	it('every alert of the rule files that has a runbook: its link, in both cases, lands on the runbook page', () => {
		const covered = [...new Set(handbook.alerts.map((rule) => rule.name))].filter((name) =>
			handbook.runbooksByAlert.has(name)
		);
		expect(covered).toHaveLength(10);
		for (const name of covered) {
			const runbook = handbook.runbooksByAlert.get(name)![0]!;
			for (const path of [urls.alert(name), urls.alert(name.toLowerCase())]) {
				const redirect = readRedirect(site, path);
				expect(redirect, path).toMatchObject({ delay: 0, target: urls.runbook(runbook.id) });
				const page = pageAt(site, redirect!.target)!;
				expect(page, path).toContain(`<h1 id="${name.toLowerCase()}">${name}</h1>`);
				expect(page).toContain('<h2 id="diagnosis">Diagnosis</h2>');
			}
		}
	});

	it('keeps the upstream path of every runbook_url in the rule files (runbooks/<component>/<alert lowercased>)', () => {
		for (const rule of handbook.alerts.filter((r) => handbook.runbooksByAlert.has(r.name))) {
			const upstream = new URL(rule.annotations.runbook_url!);
			expect(upstream.host).toBe('runbooks.prometheus-operator.dev');
			expect(pageAt(site, `${upstream.pathname}/`), upstream.pathname).toContain(
				`${rule.name}</h1>`
			);
		}
	});

	it("redirects the runbooks' Hugo aliases, and marks the control-plane alerts without an imported runbook", () => {
		expect(readRedirect(site, '/kubememovercommit/')?.target).toBe(
			urls.runbook('kubernetes/kubememoryovercommit')
		);
		expect(readRedirect(site, '/kubememquotaovercommit/')?.target).toBe(
			urls.runbook('kubernetes/kubememoryquotaovercommit')
		);
		const index = pageAt(site, urls.alerts())!;
		expect(index).toMatch(/<tr id="KubeletDown" data-covered="no"[^>]*>/);
		expect(index).toMatch(/<tr id="KubeAPIDown" data-covered="yes"[^>]*>/);
	});
});

describe('renaming a runbook', () => {
	const OLD = 'runbooks/alertmanager/AlertmanagerFailedReload.md';
	const NEW = 'runbooks/alertmanager/AlertmanagerConfigReloadFailing.md';

	it('without an alias fails the build and names the lost URL; with the alias, the old path redirects to the new page', () => {
		const dir = fixtureCopy('alerts-corpus');
		expect(firebreak(['urls', 'lock'], dir).status).toBe(0);
		renameSync(join(dir, OLD), join(dir, NEW));

		const failed = build(dir, { site: 'internal' });
		expect(failed.status).toBe(1);
		expect(failed.output).toContain('url-lost');
		expect(failed.output).toContain(
			'/runbooks/alertmanager/alertmanagerfailedreload/ is locked but no longer produced'
		);

		const text = readFileSync(join(dir, NEW), 'utf8');
		writeFileSync(
			join(dir, NEW),
			text.replace(
				'status: reviewed\n',
				'status: reviewed\naliases: [/runbooks/alertmanager/alertmanagerfailedreload/]\n'
			)
		);
		const fixed = build(dir, { site: 'internal' });
		expect(fixed.status, fixed.output).toBe(0);
		const site = join(fixed.out, 'internal');
		const newPage = urls.runbook('alertmanager/alertmanagerconfigreloadfailing');
		expect(readRedirect(site, '/runbooks/alertmanager/alertmanagerfailedreload/')).toMatchObject({
			delay: 0,
			target: newPage,
			link: newPage,
		});
		expect(pageAt(site, newPage)).toContain('AlertmanagerFailedReload</h1>');
		expect(readRedirect(site, urls.alert('AlertmanagerFailedReload'))?.target).toBe(newPage);
	});
});

describe('alerts.runbookUrl in the scheme the upstream rule files already use', () => {
	const UPSTREAM: Edit = {
		file: 'handbook.yaml',
		replace: [
			'sites:\n  internal: https://runbooks.kubeops.internal\n',
			'alerts:\n  runbookUrl: "{internal}/runbooks/{service}/{alert_lower}"\nsites:\n  internal: https://runbooks.prometheus-operator.dev\n',
		],
	};
	const urlFindings = (dir: string) =>
		(
			JSON.parse(firebreak(['check', '--format', 'json'], dir).stdout) as {
				findings: { rule: string; message: string }[];
			}
		).findings.filter((f) => f.rule === 'alert-runbook-url');
	const coveredRules = handbook.alerts.filter((rule) => handbook.runbooksByAlert.has(rule.name));

	it('alert-runbook-url: no warning for the upstream runbook_urls with the scheme; one per covered rule with the default', () => {
		expect(coveredRules).toHaveLength(11);
		expect(urlFindings(fixtureCopy('alerts-corpus', [UPSTREAM]))).toEqual([]);
		const warned = urlFindings(FIXTURE);
		expect(warned).toHaveLength(11);
		expect(warned[0]!.message).toMatch(
			/has runbook_url https:\/\/runbooks\.prometheus-operator\.dev\/runbooks\/\w+\/\w+, not https:\/\/runbooks\.kubeops\.internal\/alerts\/\w+\//
		);
	});

	it('built: every upstream path leads to its runbook, through a redirect page once the runbook is renamed; stubs build and rank lower', () => {
		const dir = fixtureCopy('alerts-corpus', [UPSTREAM]);
		renameSync(
			join(dir, 'runbooks/alertmanager/AlertmanagerFailedReload.md'),
			join(dir, 'runbooks/alertmanager/AlertmanagerConfigReloadFailing.md')
		);
		const stubbed = firebreak(['alerts', 'stub', '--write', '--service', 'kubernetes'], dir);
		expect(stubbed.status, stubbed.output).toBe(0);
		const result = build(dir, { site: 'internal' });
		expect(result.status, result.output).toBe(0);
		const site = join(result.out, 'internal');
		const renamed = openHandbook(dir).handbook!;
		for (const rule of coveredRules) {
			const path = `${new URL(rule.annotations.runbook_url!).pathname}/`;
			const target = urls.runbook(renamed.runbooksByAlert.get(rule.name)![0]!.id);
			if (path === target) expect(pageAt(site, path), path).toContain(`${rule.name}</h1>`);
			else expect(readRedirect(site, path), path).toMatchObject({ delay: 0, target, link: target });
			// The Firebreak link of the alert keeps working beside the scheme.
			expect(readRedirect(site, urls.alert(rule.name))?.target).toBe(target);
		}
		expect(readRedirect(site, '/runbooks/alertmanager/alertmanagerfailedreload/')?.target).toBe(
			urls.runbook('alertmanager/alertmanagerconfigreloadfailing')
		);
		// A stub (a draft) counts less in search than a reviewed runbook.
		expect(pageAt(site, urls.runbook('kubernetes/kubepersistentvolumefillingup'))).toContain(
			'<div data-pagefind-weight="0.2">'
		);
		expect(pageAt(site, urls.runbook('kubernetes/kubeapidown'))).toContain(
			'<div data-pagefind-weight="1">'
		);
	});
});
