/**
 * The false-positive side of the public boundary, on text nobody here wrote: every status update and incident title
 * of `tests/fixtures/public-text/updates.json` (real companies' Statuspage and status-history texts, sources listed in
 * the file) is planted into public incidents of a copy of the example content. Written for customers, each must be
 * published exactly as written, and the build (its leak scan included) must pass. Each company's domains stand for
 * the handbook's public domains, as they would on that company's own status page.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleCopy } from '../helpers/fixture.ts';
import { build, ROOT, type RunResult } from '../helpers/run.ts';
import { freshOutDir, mainText } from './output.ts';

interface CorpusIncident {
	company: string;
	name: string;
	updates: { status: string; body: string }[];
}

const corpus = JSON.parse(
	readFileSync(join(ROOT, 'tests/fixtures/public-text/updates.json'), 'utf8')
) as { sources: unknown[]; incidents: CorpusIncident[] };

/** The companies' own domains, declared public in the copy (`redaction.publicDomains`), beside the example's. */
const COMPANY_DOMAINS = [
	'github.com',
	'githubstatus.com',
	'myemma.com',
	'e2ma.net',
	'telerik.com',
	'discord.com',
	'discordstatus.com',
	'cloudflare.com',
	'cloudflarestatus.com',
];

/** Scheduled-maintenance states (Statuspage's) planted as the incident states they correspond to. */
const STATUS: Record<string, string> = {
	scheduled: 'investigating',
	in_progress: 'identified',
	verifying: 'monitoring',
	completed: 'resolved',
};

function incidentFile(incident: CorpusIncident, i: number): string {
	const start = new Date(Date.UTC(2025, 0, 1 + i * 2, 9, 0));
	const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000).toISOString();
	const updates = incident.updates.map(
		(update, k) =>
			`  - at: ${at(10 + k * 10)}\n    status: ${STATUS[update.status] ?? update.status}\n    body: ${JSON.stringify(update.body)}`
	);
	const end = 20 + incident.updates.length * 10;
	return `---
title: ${JSON.stringify(`Planted ${incident.company} incident ${i + 1}`)}
severity: sev4
services: [api-gateway]
components:
  api: degraded_performance
startedAt: ${start.toISOString()}
detectedAt: ${at(5)}
acknowledgedAt: ${at(6)}
mitigatedAt: ${at(end)}
resolvedAt: ${at(end)}
roles:
  tl: jkowalski
public: true
publicTitle: ${JSON.stringify(incident.name)}
updates:
${updates.join('\n')}
timeline:
  - at: ${at(5)}
    text: Paged.
---

Notes.
`;
}

let result: RunResult & { out: string };
let content: string;
beforeAll(() => {
	content = exampleCopy([
		{
			file: 'handbook.yaml',
			replace: [
				'redaction:\n',
				`redaction:\n  publicDomains: ${JSON.stringify(['lindenpay.com', ...COMPANY_DOMAINS])}\n`,
			],
		},
		...corpus.incidents.map((incident, i) => ({
			file: `incidents/2025-real-${String(i + 1).padStart(3, '0')}.mdx`,
			write: incidentFile(incident, i),
		})),
	]);
	result = build(content, { site: 'public', out: freshOutDir() });
});
afterAll(() => {
	rmSync(result.out, { recursive: true, force: true });
	rmSync(content, { recursive: true, force: true });
});

describe('real public status text, planted into public incidents', () => {
	const texts = new Set(
		corpus.incidents.flatMap((incident) => [incident.name, ...incident.updates.map((u) => u.body)])
	);

	it('holds at least 150 distinct texts written by real companies, with their sources', () => {
		expect(texts.size).toBeGreaterThanOrEqual(150);
		expect(corpus.sources.length).toBeGreaterThan(0);
	});

	it('builds, the leak scan passing', () => {
		expect(result.status, result.output.slice(-4000)).toBe(0);
		expect(result.output).toMatch(/Leak scan: \d+ files \(\d+ KiB\) clean/);
	});

	it('publishes every title and update exactly as written, in the API', () => {
		const api = join(result.out, 'public/api/v2/incidents.json');
		expect(existsSync(api)).toBe(true);
		const { incidents } = JSON.parse(readFileSync(api, 'utf8')) as {
			incidents: { name: string; incident_updates: { body: string }[] }[];
		};
		const published = new Set(
			incidents.flatMap((incident) => [
				incident.name,
				...incident.incident_updates.map((u) => u.body),
			])
		);
		expect([...texts].filter((text) => !published.has(text))).toEqual([]);
	});

	it('shows every update unchanged on its incident page', () => {
		const changed: string[] = [];
		const pages = new Map<string, string>();
		const { incidents } = JSON.parse(
			readFileSync(join(result.out, 'public/api/v2/incidents.json'), 'utf8')
		) as { incidents: { shortlink: string; incident_updates: { body: string }[] }[] };
		for (const incident of incidents) {
			const path = join(
				result.out,
				'public',
				decodeURIComponent(new URL(incident.shortlink).pathname),
				'index.html'
			);
			const text = pages.get(path) ?? mainText(readFileSync(path, 'utf8'));
			pages.set(path, text);
			for (const { body } of incident.incident_updates)
				if (!text.includes(body.replace(/\s+/g, ' ').trim())) changed.push(body);
		}
		expect(changed).toEqual([]);
	});
});
