/**
 * The whole prometheus-operator runbook corpus moved in with one `firebreak import runbooks`, beside the kube-prometheus
 * rule files: the check finds only what an import should leave (nothing reviewed yet, alert coverage), the site builds
 * without Hugo syntax or a second H1 on any page, every alert with an upstream runbook is covered, and importing
 * again changes nothing.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { urls } from '../../src/model/urls.ts';
import { openSearch, type SiteSearch } from '../helpers/pagefind.ts';
import { fixtureCopy } from '../helpers/fixture.ts';
import { build, firebreak, ROOT } from '../helpers/run.ts';

const CORPUS = join(ROOT, 'tests/fixtures/prometheus-operator-runbooks');
const RULES = join(ROOT, 'tests/fixtures/kube-prometheus-rules');
const IMPORT = [
	'import',
	'runbooks',
	CORPUS,
	'--service-from',
	'folder',
	'--alerts-from',
	'filename',
];

/** @returns every file under `dir` (relative path → text). */
function snapshot(dir: string): Map<string, string> {
	const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) =>
		entry.isFile()
	);
	return new Map(
		entries.map((entry) => [
			join(entry.parentPath, entry.name).slice(dir.length + 1),
			readFileSync(join(entry.parentPath, entry.name), 'utf8'),
		])
	);
}

const corpusRunbooks = readdirSync(CORPUS, { recursive: true })
	.map(String)
	.filter((path) => path.endsWith('.md') && !path.endsWith('_index.md') && path !== 'README.md');

let built = '';

describe('importing prometheus-operator/runbooks into a handbook with the kube-prometheus rules', () => {
	let dir = '';
	let imported = { status: 0 as number | null, output: '' };
	beforeAll(() => {
		dir = fixtureCopy('import-handbook');
		mkdirSync(join(dir, 'alerts'));
		for (const file of readdirSync(RULES).filter((name) => name.endsWith('.yaml')))
			cpSync(join(RULES, file), join(dir, 'alerts', file));
		imported = firebreak(IMPORT, dir);
	});

	it('writes one needs-review runbook per corpus runbook and says what it left out, dropped and converted', () => {
		expect(imported.status, imported.output).toBe(0);
		expect(corpusRunbooks).toHaveLength(108);
		expect(imported.output).toContain(
			'✔ 108 runbooks (status needs-review) and 0 new services: 108 written, 0 updated, 0 unchanged, 0 kept; 12 files skipped, 7 links converted, 0 places to fix by hand.'
		);
		expect(imported.output).toContain('skipped LICENSE: not a runbook');
		expect(imported.output).toContain('skipped README.md: not a runbook');
		expect(imported.output).toContain(
			'skipped prometheus-operator/PrometheusOperatorSyncFailed: not a Markdown file'
		);
		expect(imported.output.match(/^skipped .*_index\.md: a section index page/gm)).toHaveLength(9);
		expect(imported.output).toContain(
			'dropped front matter fields (no place in a runbook): weight (100)'
		);
		expect(imported.output).toContain(
			'marked external (no rule file in alerts/ defines them; drop `external` when you add their rules): etcdBackendQuotaLowSpace, '
		);
		expect(imported.output).toMatch(/^locked \d+ URLs in urls\.lock /m);
		expect(imported.output).toContain(
			'link node/NodeRAIDDiskFailure.md:8: {{< ref "./NodeRAIDDegraded.md" >}} → /runbooks/node/noderaiddegraded/'
		);
		const handbook = openHandbook(dir).handbook!;
		expect(handbook.runbooks.size).toBe(108);
		expect(
			[...handbook.runbooks.values()].every(
				(runbook) =>
					runbook.data.status === 'needs-review' && runbook.data.lastReviewed === undefined
			)
		).toBe(true);
		expect(handbook.runbooks.get('kubernetes/kubememoryovercommit')?.data).toMatchObject({
			title: 'Kube Memory Overcommit',
			service: 'kubernetes',
			aliases: ['/kubememovercommit/'],
		});
		// No front matter upstream: the title is the H1.
		expect(handbook.runbooks.get('etcd/etcdnoleader')?.data.title).toBe('etcdNoLeader');
	});

	it('leaves the check nothing but unreviewed runbooks and the alerts that have no runbook upstream', () => {
		const report = JSON.parse(firebreak(['check', '--format', 'json'], dir).stdout) as {
			findings: { rule: string; level: string; file: string; message: string }[];
		};
		const rules = new Set(report.findings.map((finding) => finding.rule));
		// No alert-runbook-url: with upstream's host and `alerts.runbookUrl: {internal}/runbooks/{group}/{alert_lower}` the
		// rule files' links are what the handbook serves. No url-not-locked: the import locked what it made. No
		// alert-unknown: runbooks of alerts the rule files lack (the etcd mixin's) are marked external.
		expect([...rules].sort()).toEqual(['alert-runbook-missing', 'runbook-stale']);
		expect(report.findings.filter((finding) => finding.rule === 'runbook-stale')).toHaveLength(108);
		// Upstream runbooks without a Diagnosis or Mitigation, or with nothing under it (one has an unclosed code fence
		// that swallows its Mitigation): the review must fill them, and the stale finding says so.
		const unfinished = report.findings
			.filter(
				(finding) => finding.rule === 'runbook-stale' && / its review must /.test(finding.message)
			)
			.map((finding) => finding.file.replace(/^runbooks\//, ''));
		expect(unfinished).toEqual([
			'kubernetes/KubeAPIErrorBudgetBurn.md',
			'node/NodeFilesystemAlmostOutOfFiles.md',
			'node/NodeFilesystemAlmostOutOfSpace.md',
			'node/NodeRAIDDiskFailure.md',
			'prometheus-operator/PrometheusOperatorListErrors.md',
			'prometheus-operator/PrometheusOperatorNodeLookupErrors.md',
			'prometheus-operator/PrometheusOperatorReconcileErrors.md',
			'prometheus-operator/PrometheusOperatorSyncFailed.md',
			'prometheus-operator/PrometheusOperatorWatchErrors.md',
			'prometheus/PrometheusDuplicateTimestamps.md',
			'prometheus/PrometheusLabelLimitHit.md',
			'prometheus/PrometheusOutOfOrderTimestamps.md',
			'prometheus/PrometheusTargetLimitHit.md',
		]);
		// The missing-runbook findings name exactly the alerts no corpus file answers.
		const handbook = openHandbook(dir).handbook!;
		const uncovered = new Set(
			handbook.alerts
				.filter((rule) => !handbook.runbooksByAlert.has(rule.name))
				.map((rule) => rule.name)
		);
		const named = new Set(
			report.findings
				.filter((finding) => finding.rule === 'alert-runbook-missing')
				.map(
					(finding) =>
						/^alert (\S+) \(line \d+\) has no runbook$/.exec(finding.message)?.[1] ??
						finding.message
				)
		);
		expect([...named].sort()).toEqual([...uncovered].sort());
	});

	it('covers every alert whose runbook_url points at a runbook of the corpus', () => {
		const handbook = openHandbook(dir).handbook!;
		const upstream = new Set(corpusRunbooks.map((path) => path.replace(/\.md$/, '').toLowerCase()));
		const pointed = handbook.alerts.filter((rule) =>
			upstream.has(
				new URL(rule.annotations.runbook_url ?? 'x:').pathname.replace(/^\/runbooks\//, '')
			)
		);
		expect(pointed.length).toBeGreaterThan(100);
		expect(
			pointed.filter((rule) => !handbook.runbooksByAlert.has(rule.name)).map((rule) => rule.name)
		).toEqual([]);
		const uncovered = [
			...new Set(
				handbook.alerts
					.filter((rule) => !handbook.runbooksByAlert.has(rule.name))
					.map((rule) => rule.name)
			),
		];
		// Alerts kube-prometheus ships without a runbook upstream: none of them has a corpus file under any folder.
		expect(uncovered.length).toBe(26);
		expect(
			uncovered.filter((name) =>
				corpusRunbooks.some((path) => path.toLowerCase().endsWith(`/${name.toLowerCase()}.md`))
			)
		).toEqual([]);
	});

	it('builds a handbook in which no page shows Hugo syntax or two H1s', () => {
		const result = build(dir, { site: 'internal' });
		built = join(result.out, 'internal');
		expect(result.status, result.output).toBe(0);
		const pages = [...snapshot(join(result.out, 'internal'))].filter(([file]) =>
			file.endsWith('.html')
		);
		const runbookPages = pages.filter(
			([file]) => file.startsWith('runbooks/') && file.split('/').length === 4
		);
		expect(runbookPages).toHaveLength(108);
		for (const [file, html] of pages) {
			expect(html.match(/<h1[\s>]/g)?.length ?? 0, file).toBeLessThanOrEqual(1);
			// The Firebreak manual's pages quote Hugo's syntax in code to explain the import.
			if (`/${file}`.startsWith(urls.docs('index'))) continue;
			expect(html.includes('{{<') || html.includes('{{&lt;') || html.includes('{{%'), file).toBe(
				false
			);
		}
		const raid = runbookPages.find(
			([file]) => file === 'runbooks/node/noderaiddiskfailure/index.html'
		)![1];
		expect(raid).toContain('href="/runbooks/node/noderaiddegraded/"');
	});

	it("serves every covered alert's upstream runbook_url, which lands on its runbook", () => {
		const handbook = openHandbook(dir).handbook!;
		const covered = handbook.alerts.filter(
			(rule) => handbook.runbooksByAlert.has(rule.name) && rule.annotations.runbook_url
		);
		expect(covered.length).toBeGreaterThan(80);
		const wrong = covered.filter((rule) => {
			const runbook = handbook.runbooksByAlert.get(rule.name)![0]!;
			const path = new URL(rule.annotations.runbook_url!).pathname.replace(/\/?$/, '/');
			const page = join(built, path, 'index.html');
			if (!existsSync(page)) return true;
			// The page at the path is the runbook itself, or a redirect to it.
			const html = readFileSync(page, 'utf8');
			return path !== urls.runbook(runbook.id) && !html.includes(`url=${urls.runbook(runbook.id)}`);
		});
		expect(wrong.map((rule) => `${rule.name}: ${rule.annotations.runbook_url}`)).toEqual([]);
	});

	it('changes nothing when run again', () => {
		const before = snapshot(dir);
		const again = firebreak(IMPORT, dir);
		expect(again.status, again.output).toBe(0);
		expect(again.output).toContain(
			'108 runbooks (status needs-review) and 0 new services: 0 written, 0 updated, 108 unchanged, 0 kept'
		);
		expect(snapshot(dir)).toEqual(before);
	});
});

/**
 * Symptoms as an on-call engineer types them, taken from the runbooks' Meaning and Impact sections and the rules'
 * summaries (the words on the page they were just sent), never from the titles: the right runbook ranks first or second.
 */
const SYMPTOMS: [query: string, runbook: string][] = [
	['predicted to run out of space', 'node/nodefilesystemspacefillingup'],
	['crashlooping pod', 'kubernetes/kubepodcrashlooping'],
	['client certificate is about to expire', 'kubernetes/kubeclientcertificateexpiration'],
	['pod has been in a non-ready state', 'kubernetes/kubepodnotready'],
	['node is not ready', 'kubernetes/kubenodenotready'],
	['persistent volume is filling up', 'kubernetes/kubepersistentvolumefillingup'],
	['running out of inodes', 'node/nodefilesystemfilesfillingup'],
	['clock skew', 'node/nodeclockskewdetected'],
	['raid array degraded', 'node/noderaiddegraded'],
	['alertmanager failed to send notifications', 'alertmanager/alertmanagerfailedtosendalerts'],
	['etcd cluster has no leader', 'etcd/etcdnoleader'],
	['etcd db size exceeds quota', 'etcd/etcdbackendquotalowspace'],
	['job failed to complete', 'kubernetes/kubejobfailed'],
	['cpu throttling', 'kubernetes/cputhrottlinghigh'],
	['hpa running at max replicas', 'kubernetes/kubehpamaxedout'],
	[
		'deployment has not matched the expected number of replicas',
		'kubernetes/kubedeploymentreplicasmismatch',
	],
	['kubelet running at capacity of pods', 'kubernetes/kubelettoomanypods'],
	['failed to reload its configuration', 'prometheus/prometheusbadconfig'],
	['remote storage failing to send samples', 'prometheus/prometheusremotestoragefailures'],
	['targets are down', 'general/targetdown'],
	['network interface changing its up status often', 'general/nodenetworkinterfaceflapping'],
	['conntrack entries', 'node/nodehighnumberconntrackentriesused'],
	['file descriptors limit', 'node/nodefiledescriptorlimit'],
];

/**
 * What the engineer types in words the runbooks do not use ("disk" where they say filesystem, "full" where they say
 * filling up): found through the synonyms each runbook page lists.
 */
const SAID_OTHERWISE: [query: string, runbook: string][] = [
	['disk will fill', 'node/nodefilesystemspacefillingup'],
	['disk full', 'node/nodefilesystemalmostoutofspace'],
	['pvc full', 'kubernetes/kubepersistentvolumefillingup'],
	['pod keeps restarting', 'kubernetes/kubepodcrashlooping'],
	['too many open files', 'node/nodefiledescriptorlimit'],
	['etcd lost quorum', 'etcd/etcdnoleader'],
	['node clock out of sync', 'node/nodeclocknotsynchronising'],
];

describe('search over the imported corpus', () => {
	let search: SiteSearch;
	beforeAll(async () => {
		expect(built, 'the build test above ran').not.toBe('');
		search = await openSearch(built);
	});
	afterAll(() => search?.close());

	it('holds at least 20 symptom queries', () => {
		expect(SYMPTOMS.length).toBeGreaterThanOrEqual(20);
	});

	it.each([...SYMPTOMS, ...SAID_OTHERWISE])(
		'"%s" finds %s first or second',
		async (query, runbook) => {
			const results = await search.search(query);
			expect(results.slice(0, 2), JSON.stringify(results.slice(0, 5))).toContain(
				urls.runbook(runbook)
			);
		}
	);
});
