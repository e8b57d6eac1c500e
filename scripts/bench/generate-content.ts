#!/usr/bin/env node
/**
 * Writes a synthetic content folder for benchmarks: runbooks, incidents and postmortems (5 action items each), all
 * valid, deterministic from a seed. `node scripts/bench/generate-content.ts <dir> [--entries 10000] [--seed 1]`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';

export interface GenerateOptions {
	/** Runbooks + incidents + postmortems. */
	entries: number;
	seed: number;
}

/** mulberry32: small, fast, and the same sequence on every machine for a seed. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

const WORDS = ['latency', 'pool', 'queue', 'replica', 'certificate', 'deploy', 'cache', 'disk', 'timeout', 'retry', 'dns', 'quota'];
const FACTORS = ['Connection pool size not tuned after traffic growth', 'No canary stage for config changes', 'Alert threshold too high', 'Runbook out of date', 'Capacity not forecast'];

/** Writes the content folder `dir` (replacing it) and returns how many files of each kind it holds. */
export function generateContent(dir: string, options: GenerateOptions): { runbooks: number; incidents: number; postmortems: number } {
	const next = random(options.seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
	const day = (offset: number) => new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
	rmSync(dir, { recursive: true, force: true });
	for (const folder of ['services', 'runbooks', 'incidents', 'postmortems']) mkdirSync(join(dir, folder), { recursive: true });

	const teams = Array.from({ length: 5 }, (_, i) => ({ id: `team-${i}`, name: `Team ${i}` }));
	const people = Array.from({ length: 60 }, (_, i) => ({ id: `person-${i}`, name: `Person Number${i}`, handles: [`@person${i}`], team: teams[i % teams.length]!.id }));
	const services = Array.from({ length: 20 }, (_, i) => ({ id: `service-${i}`, name: `Service ${i}`, team: teams[i % teams.length]!.id, tier: (i % 3) + 1 }));
	writeFileSync(
		join(dir, 'handbook.yaml'),
		stringify({
			org: { name: 'Bench Co', timezone: 'Europe/Berlin' },
			sites: { internal: 'https://handbook.bench.internal', public: 'https://status.bench.example' },
			severities: [1, 2, 3].map((n) => ({ id: `sev${n}`, label: `Sev-${n}`, definition: `Level ${n}.`, ackMinutes: 5 * n, updateCadenceMinutes: 30 * n, declaredBy: 'anyone', icRequired: n < 3, postmortem: n < 3 ? { required: true, dueBusinessDays: 5 * n } : { required: false } })),
			holidays: ['2025-12-25', '2026-01-01'],
		}),
	);
	writeFileSync(join(dir, 'people.yaml'), stringify({ teams, people }));
	for (const service of services) writeFileSync(join(dir, 'services', `${service.id}.yaml`), stringify(service));

	const runbooks = Math.round(options.entries * 0.3);
	const incidents = Math.floor((options.entries - runbooks) / 2);
	const postmortems = options.entries - runbooks - incidents;
	const mdx = (data: unknown, body: string) => `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n`;

	for (let i = 0; i < runbooks; i++) {
		const service = services[i % services.length]!;
		const sections = ['Meaning', 'Impact', 'Diagnosis', 'Mitigation', 'Escalation'].filter((s) => s !== 'Mitigation' || next() > 0.05);
		const data = { title: `${service.name} ${pick(WORDS)} ${i}`, service: service.id, alerts: [`Bench${i}Alert`], owner: service.team, lastReviewed: day(700 + Math.floor(next() * 330)), status: 'reviewed' };
		mkdirSync(join(dir, 'runbooks', service.id), { recursive: true });
		writeFileSync(join(dir, 'runbooks', service.id, `Bench${i}Alert.mdx`), mdx(data, sections.map((s) => `## ${s}\n\nSteps for ${s.toLowerCase()} of ${pick(WORDS)} problems.\n`).join('\n')));
	}
	for (let i = 0; i < incidents; i++) {
		const start = Date.UTC(2024, 0, 1) + Math.floor(next() * 1000) * 86_400_000 + Math.floor(next() * 86_400) * 1000;
		const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
		const ic = pick(people).id;
		const data = {
			title: `Incident ${i}: ${pick(WORDS)} trouble`,
			severity: pick(['sev1', 'sev2', 'sev3']),
			services: [pick(services).id],
			startedAt: at(0),
			detectedAt: at(5),
			acknowledgedAt: at(8),
			mitigatedAt: at(40),
			resolvedAt: at(70),
			roles: { ic, tl: next() > 0.02 ? pick(people).id : ic },
			public: next() > 0.7,
			updates: [at(15), at(40), at(70)].map((time, n) => ({ at: time, status: ['investigating', 'monitoring', 'resolved'][n], body: 'Update for customers.' })),
		};
		writeFileSync(join(dir, 'incidents', `inc-${i}.mdx`), mdx(data, 'Internal notes.'));
		if (i >= postmortems) continue;
		const created = Math.floor((start - Date.UTC(2024, 0, 1)) / 86_400_000) + 3;
		const pm = {
			incident: `inc-${i}`,
			title: `Postmortem of incident ${i}`,
			status: 'published',
			publishedAt: day(created + Math.floor(next() * 10)),
			authors: [ic],
			summary: 'What happened.',
			rootCause: `The ${pick(WORDS)} was misconfigured.`,
			contributingFactors: [pick(FACTORS), `Factor ${i}`],
			actionItems: Array.from({ length: 5 }, (_, n) => {
				const status = pick(['open', 'in-progress', 'done', 'done']);
				return {
					id: `pm-${i}-${n}`,
					title: `Fix ${pick(WORDS)} ${n}`,
					type: pick(['prevent', 'detect', 'mitigate', 'process']),
					owner: pick(people).id,
					priority: pick(['P1', 'P2', 'P3']),
					createdAt: day(created),
					due: day(created + 14 + Math.floor(next() * 90)),
					status,
					...(status === 'done' ? { closedAt: day(created + Math.floor(next() * 100)) } : {}),
				};
			}),
		};
		writeFileSync(join(dir, 'postmortems', `inc-${i}.mdx`), mdx(pm, '## What happened\n\nThe narrative.\n'));
	}
	return { runbooks, incidents, postmortems };
}

if (import.meta.main) {
	const { values, positionals } = parseArgs({ options: { entries: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' } }, allowPositionals: true });
	const dir = positionals[0];
	if (!dir) {
		console.error('usage: node scripts/bench/generate-content.ts <dir> [--entries 10000] [--seed 1]');
		process.exit(2);
	}
	const counts = generateContent(dir, { entries: Number(values.entries), seed: Number(values.seed) });
	console.log(`wrote ${dir}: ${counts.runbooks} runbooks, ${counts.incidents} incidents, ${counts.postmortems} postmortems`);
}
