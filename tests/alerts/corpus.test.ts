/**
 * The real kube-prometheus rule files (../shared/corpora, beside the repository): every alert parses, and annotate
 * rewrites only their runbook_url lines. Skipped, with a message, only where the corpus folder is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planAnnotations } from '../../src/model/alerts/annotate.ts';
import { readRuleFile } from '../../src/model/alerts/read-rule-file.ts';
import { ROOT } from '../helpers/run.ts';

const CORPUS = resolve(ROOT, '../shared/corpora/kube-prometheus-rules');
const present = existsSync(CORPUS);
if (!present) console.warn(`⚠ ${CORPUS} is absent: the kube-prometheus corpus tests are skipped.`);
const files = present
	? readdirSync(CORPUS)
			.filter((name) => name.endsWith('.yaml'))
			.sort()
	: [];
const texts = new Map(files.map((file) => [file, readFileSync(join(CORPUS, file), 'utf8')]));
const read = (file: string, text = texts.get(file)!) => readRuleFile(text, `alerts/${file}`);

describe.skipIf(!present)(
	'kube-prometheus rule files (skipped when ../shared/corpora is absent)',
	() => {
		it('parse into 139 alerts with no problem, recording rules left out', () => {
			const alerts = files.flatMap((file) => {
				const { alerts, problems } = read(file);
				expect(problems, file).toEqual([]);
				return alerts;
			});
			expect(files).toHaveLength(8);
			expect(alerts).toHaveLength(139);
			expect(alerts.every((alert) => alert.expr.trim() !== '' && alert.labels.severity)).toBe(true);
			// Names repeat (a warning and a critical variant): the reader keeps each definition.
			expect(alerts.filter((alert) => alert.name === 'KubePersistentVolumeFillingUp')).toHaveLength(
				2
			);
			const failedReload = alerts.find((alert) => alert.name === 'AlertmanagerFailedReload')!;
			expect(failedReload).toMatchObject({
				file: 'alerts/alertmanager-prometheusRule.yaml',
				group: 'alertmanager.rules',
				for: '10m',
				line: 18,
			});
			expect(failedReload.annotations.description).toBe(
				'Configuration has failed to load for {{ $labels.namespace }}/{{ $labels.pod}}.'
			);
			expect(failedReload.expr).toMatch(/^# Without max_over_time/);
		});

		it('annotate --force rewrites exactly one runbook_url line per alert and nothing else', () => {
			for (const file of files) {
				const text = texts.get(file)!;
				const { plan, problems } = planAnnotations(text, `alerts/${file}`, {
					linkOf: (name) => `https://runbooks.kubeops.internal/alerts/${name}/`,
					ownBase: 'https://runbooks.kubeops.internal/',
					force: true,
				});
				expect(problems, file).toEqual([]);
				const before = text.split('\n');
				const after = plan!.after.split('\n');
				expect(after.length, file).toBe(before.length);
				const changed = before.flatMap((line, i): [string, string][] =>
					line === after[i] ? [] : [[line, after[i]!]]
				);
				expect(changed.length, file).toBe(read(file).alerts.length);
				for (const [old, now] of changed) {
					expect(old, file).toMatch(
						/^\s+runbook_url: https:\/\/runbooks\.prometheus-operator\.dev\//
					);
					expect(now, file).toMatch(
						/^\s+runbook_url: https:\/\/runbooks\.kubeops\.internal\/alerts\/\w+\/$/
					);
					expect(now.indexOf('runbook_url'), file).toBe(old.indexOf('runbook_url'));
				}
				// Read back, every alert is the same apart from its link.
				const strip = (alerts: ReturnType<typeof read>['alerts']) =>
					alerts.map(({ annotations: { runbook_url: _, ...rest }, ...alert }) => ({
						...alert,
						annotations: rest,
					}));
				const reread = read(file, plan!.after);
				expect(strip(reread.alerts)).toEqual(strip(read(file).alerts));
				expect(
					reread.alerts.every(
						(alert) =>
							alert.annotations.runbook_url ===
							`https://runbooks.kubeops.internal/alerts/${alert.name}/`
					)
				).toBe(true);
			}
		});
	}
);
