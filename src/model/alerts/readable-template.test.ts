import { describe, expect, it } from 'vitest';
import { readableTemplate, titleFromSummary } from './readable-template.ts';

describe('readableTemplate', () => {
	it('names the values a template fills in and drops control actions', () => {
		expect(readableTemplate('Pod {{ $labels.namespace }}/{{ $labels.pod }} is crash looping')).toBe(
			'Pod <namespace>/<pod> is crash looping'
		);
		expect(
			readableTemplate('Replica {{ .Labels.instance }} is {{ $value | humanizeDuration }} behind')
		).toBe('Replica <instance> is <value> behind');
		expect(
			readableTemplate('Disk {{ index $labels "mount point" }} at {{ printf "%.0f" $value }}%')
		).toBe('Disk <mount point> at <value>%');
		expect(
			readableTemplate('Volume {{ with $labels.cluster -}} on {{ . }} {{- end }} is full')
		).toBe('Volume on is full');
	});

	it('leaves text without templates alone, whitespace collapsed', () => {
		expect(readableTemplate('  Reloading an Alertmanager\n configuration has failed. ')).toBe(
			'Reloading an Alertmanager configuration has failed.'
		);
	});
});

describe('titleFromSummary', () => {
	it('is the readable summary without its closing period, or undefined when nothing readable is left', () => {
		expect(titleFromSummary('Pod {{ $labels.pod }} is crash looping.')).toBe(
			'Pod <pod> is crash looping'
		);
		expect(titleFromSummary('{{ $labels.summary }}')).toBe('<summary>');
		expect(titleFromSummary('{{ if true }}{{ end }}')).toBeUndefined();
		expect(titleFromSummary(undefined)).toBeUndefined();
	});
});
