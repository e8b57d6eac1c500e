import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planRunbookImport, skipReason, type RunbookImportOptions } from './runbooks.ts';

const files = (tree: Record<string, string>) =>
	Object.entries(tree).map(([path, text]) => ({ path, read: () => text }));
const options = (overrides: Partial<RunbookImportOptions> = {}): RunbookImportOptions => ({
	service: { from: 'folder' },
	alertsFrom: 'filename',
	to: '',
	teamOf: (service) => (['node', 'kubernetes'].includes(service) ? 'sre' : undefined),
	...overrides,
});
const frontmatterOf = (text: string) =>
	parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, unknown>;
const bodyOf = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n\n/, '');

const HUGO = `---
title: Node Clock Skew Detected
weight: 20
draft: false
aliases:
  - /nodeclockskew/
  - legacy/clock/
---

# NodeClockSkewDetected

## Meaning

Clocks drift. See [RAID]({{< ref "./NodeRAIDDegraded.md" >}}), [also]({{% relref "kubernetes/KubeNodeNotReady.md#diagnosis" %}}) and [the pod page](../kubernetes/KubePodCrashLooping.md).

\`\`\`shell
kubectl get nodes -o template --template='{{range .items}}{{.metadata.name}}{{end}}'
\`\`\`

## Mitigation

Restart chrony.
`;

describe('planRunbookImport', () => {
	const plan = planRunbookImport(
		files({
			'node/NodeClockSkewDetected.md': HUGO,
			'node/NodeRAIDDegraded.md': '# NodeRAIDDegraded\n\n## Diagnosis\n\nCheck mdadm.\n',
			'kubernetes/KubeNodeNotReady.md':
				'---\ntitle: Kube Node Not Ready\nmenu: main\n---\n\nText.\n',
			'kubernetes/KubePodCrashLooping.md':
				'---\ntitle: Kube Pod Crash Looping\ndescription: Pods restart.\nweight: 3\n---\n\n## Meaning\n\nCrash.\n\n# Second H1\n\nMore.\n',
			'node/_index.md': '---\ntitle: Node exporter\n---\n',
			'_index.md': '---\nbookHidden: true\n---\n',
			LICENSE: 'Apache',
			'README.md': '# Runbooks',
			'node/NodeSyncFailed': 'no extension',
			'etcd/etcdNoLeader.md': '# etcdNoLeader\n\n## Meaning\n\nNo leader.\n',
		}),
		options()
	);
	const byFile = new Map(plan.runbooks.map((runbook) => [runbook.file, runbook.text]));
	const clock = byFile.get('runbooks/node/NodeClockSkewDetected.md')!;

	it('keeps title and aliases, drops layout fields once each, and marks the runbook needs-review without lastReviewed', () => {
		expect(frontmatterOf(clock)).toEqual({
			title: 'Node Clock Skew Detected',
			service: 'node',
			alerts: ['NodeClockSkewDetected'],
			owner: 'sre',
			status: 'needs-review',
			aliases: ['/nodeclockskew/', '/legacy/clock/'],
		});
		expect(frontmatterOf(byFile.get('runbooks/kubernetes/KubePodCrashLooping.md')!)).toMatchObject({
			description: 'Pods restart.',
		});
		expect(Object.fromEntries(plan.dropped)).toEqual({ weight: 2, draft: 1, menu: 1 });
	});

	it('takes the title from the first H1 when the front matter has none, and leaves no H1 in the body', () => {
		const raid = byFile.get('runbooks/node/NodeRAIDDegraded.md')!;
		expect(frontmatterOf(raid).title).toBe('NodeRAIDDegraded');
		expect(bodyOf(raid)).toBe('## Diagnosis\n\nCheck mdadm.\n');
		expect(bodyOf(clock)).toMatch(/^## Meaning\n/);
		expect(bodyOf(byFile.get('runbooks/kubernetes/KubePodCrashLooping.md')!)).toContain(
			'\n## Second H1\n'
		);
	});

	it('points ref and relref shortcodes and relative .md links at the imported pages, and leaves code alone', () => {
		expect(bodyOf(clock)).toContain(
			'See [RAID](/runbooks/node/noderaiddegraded/), [also](/runbooks/kubernetes/kubenodenotready/#diagnosis) and [the pod page](/runbooks/kubernetes/kubepodcrashlooping/).'
		);
		expect(bodyOf(clock)).toContain("--template='{{range .items}}{{.metadata.name}}{{end}}'");
		expect(plan.converted.map(({ source, line, to }) => [source, line, to])).toEqual([
			['node/NodeClockSkewDetected.md', 14, '/runbooks/node/noderaiddegraded/'],
			['node/NodeClockSkewDetected.md', 14, '/runbooks/kubernetes/kubenodenotready/#diagnosis'],
			['node/NodeClockSkewDetected.md', 14, '/runbooks/kubernetes/kubepodcrashlooping/'],
		]);
		expect(plan.leftOver).toEqual([]);
	});

	it('lists every file it leaves out, with the reason', () => {
		expect(plan.skipped).toEqual([
			{ source: '_index.md', reason: 'a section index page, not a runbook' },
			{ source: 'LICENSE', reason: 'not a runbook (README, LICENSE and the like)' },
			{ source: 'node/_index.md', reason: 'a section index page, not a runbook' },
			{ source: 'node/NodeSyncFailed', reason: 'not a Markdown file' },
			{ source: 'README.md', reason: 'not a runbook (README, LICENSE and the like)' },
		]);
	});

	it('names the services the handbook lacks, and does not import a runbook nobody owns', () => {
		expect([...plan.missingServices]).toEqual([['etcd', 'etcd']]);
		expect(plan.runbooks.map((runbook) => runbook.service)).not.toContain('etcd');
		expect(plan.problems).toEqual([]);
		const owned = planRunbookImport(
			files({
				'etcd/etcdNoLeader.md': '# etcdNoLeader\n',
				'etcd/_index.md': '---\ntitle: etcd cluster\n---\n',
			}),
			options({ owner: 'dba' })
		);
		expect([...owned.missingServices]).toEqual([['etcd', 'etcd cluster']]);
		expect(frontmatterOf(owned.runbooks[0]!.text)).toMatchObject({ service: 'etcd', owner: 'dba' });
	});

	it('reports links to pages it did not import and template syntax it does not know, with their lines', () => {
		const left = planRunbookImport(
			files({
				'node/A.md':
					'---\ntitle: A\n---\n\nSee [x]({{< ref "Gone.md" >}}) and [y](./Gone.md).\n\n{{< hint warning >}}\nCareful.\n{{< /hint >}}\n',
			}),
			options()
		);
		expect(left.leftOver.map(({ line, text }) => [line, text])).toEqual([
			[5, '{{< ref "Gone.md" >}}'],
			[5, './Gone.md'],
			[7, '{{< hint warning >}}'],
			[9, '{{< /hint >}}'],
		]);
	});

	it('writes the same text from the same folder, and into --to, under one service with --service', () => {
		const again = planRunbookImport(
			files({ 'x/Foo.md': HUGO }),
			options({ service: { id: 'kubernetes' }, to: 'imported' })
		);
		expect(again.runbooks.map((r) => [r.file, r.service])).toEqual([
			['runbooks/imported/x/Foo.md', 'kubernetes'],
		]);
		expect(
			planRunbookImport(
				files({ 'x/Foo.md': HUGO }),
				options({ service: { id: 'kubernetes' }, to: 'imported' })
			).runbooks[0]!.text
		).toBe(again.runbooks[0]!.text);
	});

	it('refuses a file name that is not an alert name when alerts come from file names', () => {
		const bad = planRunbookImport(files({ 'node/disk full.md': '# Disk\n' }), options());
		expect(bad.problems).toMatchObject([
			{ file: 'node/disk full.md', field: 'alerts', found: 'disk full' },
		]);
		expect(bad.runbooks).toEqual([]);
	});
});

describe('planRunbookImport on broken front matter', () => {
	it('reports the file and line, and imports nothing from it', () => {
		const broken = planRunbookImport(
			files({ 'node/Bad.md': '---\ntitle: [unclosed\n---\n\n## Diagnosis\n' }),
			options()
		);
		expect(broken.problems).toMatchObject([
			{ file: 'node/Bad.md', field: '(YAML syntax) in title', line: 2, expected: 'valid YAML' },
		]); // where the unclosed list opens
		expect(broken.runbooks).toEqual([]);
	});
});

describe('skipReason', () => {
	it('keeps Markdown runbooks and leaves out the rest', () => {
		expect(skipReason('node/NodeDown.md')).toBeUndefined();
		expect(skipReason('docs/disk-full.markdown')).toBeUndefined();
		expect(skipReason('mkdocs.yml')).toBe('not a Markdown file');
		expect(skipReason('CONTRIBUTING.md')).toBe('not a runbook (README, LICENSE and the like)');
		expect(skipReason('.github/PULL_REQUEST_TEMPLATE.md')).toBe('hidden file');
		expect(skipReason('docs/index.md')).toBe('a section index page, not a runbook');
	});
});
