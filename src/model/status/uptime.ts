/**
 * Uptime and daily status of a component from the spans during which incidents impacted it. Days are calendar days in
 * the handbook's timezone. Uptime follows Statuspage: a major outage minute counts fully as downtime, a partial
 * outage minute at 30%, degraded performance not at all; overlapping incidents count once, at the worst impact;
 * time under planned maintenance is not counted against uptime.
 */
import { DateTime } from 'luxon';
import type { ComponentImpact } from '../../schemas/incident.ts';
import { endOfDay, nextDay, startOfDay } from '../time.ts';
import { worse, type ComponentStatus } from './impact.ts';

/** Share of each minute that counts as downtime (Statuspage's weighting). */
const DOWNTIME_WEIGHT: Readonly<Record<ComponentImpact, number>> = {
	major_outage: 1,
	partial_outage: 0.3,
	degraded_performance: 0,
};

export interface ImpactSpan {
	start: Date;
	/** For an unresolved incident, the build's "now". */
	end: Date;
	impact: ComponentImpact;
	/** What caused it (a public incident id), listed in the day's tooltip. */
	ref: string;
}

/** @returns the `count` calendar days ending with `today`, oldest first. */
export function lastDays(today: string, count: number): string[] {
	const end = DateTime.fromISO(today, { zone: 'UTC' });
	return Array.from({ length: count }, (_, i) => end.minus({ days: count - 1 - i }).toISODate()!);
}

/** A stretch of time that does not count against uptime: a component's planned maintenance. */
export interface ExcludedSpan {
	start: Date;
	end: Date;
}

/**
 * @param excluded stretches that count as up whatever the incidents say (maintenance windows)
 * @returns weighted downtime minutes between `from` and `to`: at every moment only the worst impact among the spans
 * active then counts, so two overlapping incidents are not counted twice.
 */
export function downtimeMinutes(
	spans: readonly ImpactSpan[],
	from: Date,
	to: Date,
	excluded: readonly ExcludedSpan[] = []
): number {
	const lo = from.getTime();
	const hi = to.getTime();
	const inWindow = spans.filter((s) => s.end.getTime() > lo && s.start.getTime() < hi);
	const skipped = excluded.filter((s) => s.end.getTime() > lo && s.start.getTime() < hi);
	const points = [
		...new Set([
			lo,
			hi,
			...[...inWindow, ...skipped].flatMap((s) => [s.start.getTime(), s.end.getTime()]),
		]),
	]
		.filter((t) => t >= lo && t <= hi)
		.sort((a, b) => a - b);
	let minutes = 0;
	for (let i = 0; i + 1 < points.length; i++) {
		const a = points[i]!;
		const b = points[i + 1]!;
		if (skipped.some((s) => s.start.getTime() <= a && s.end.getTime() >= b)) continue;
		let status: ComponentStatus = 'operational';
		for (const span of inWindow)
			if (span.start.getTime() <= a && span.end.getTime() >= b) status = worse(status, span.impact);
		if (status !== 'operational') minutes += ((b - a) / 60_000) * DOWNTIME_WEIGHT[status];
	}
	return minutes;
}

/** @returns uptime in percent between `from` and `to` (100 when the window is empty). */
export function uptimePercent(
	spans: readonly ImpactSpan[],
	from: Date,
	to: Date,
	excluded: readonly ExcludedSpan[] = []
): number {
	const total = (to.getTime() - from.getTime()) / 60_000;
	if (total <= 0) return 100;
	return 100 * (1 - downtimeMinutes(spans, from, to, excluded) / total);
}

/** @returns uptime over the `days` calendar days ending with `today`, in `zone`. */
export function uptimeOverDays(
	spans: readonly ImpactSpan[],
	today: string,
	days: number,
	zone: string,
	excluded: readonly ExcludedSpan[] = []
): number {
	const [first] = lastDays(today, days);
	return uptimePercent(spans, startOfDay(first!, zone), endOfDay(today, zone), excluded);
}

export interface DayStatus {
	day: string;
	/** The worst impact at any moment of the day. */
	status: ComponentStatus;
	/** Refs of the spans that touched the day, in order of start. */
	refs: string[];
}

/** @returns for each day, the worst impact of any span that overlaps it and the spans that did. */
export function dailyStatus(
	spans: readonly ImpactSpan[],
	days: readonly string[],
	zone: string
): DayStatus[] {
	const sorted = [...spans].sort((a, b) => a.start.getTime() - b.start.getTime());
	return days.map((day) => {
		const from = startOfDay(day, zone).getTime();
		const to = startOfDay(nextDay(day), zone).getTime();
		let status: ComponentStatus = 'operational';
		const refs: string[] = [];
		for (const span of sorted) {
			const start = span.start.getTime();
			const end = span.end.getTime();
			// A zero-length span still belongs to the day it happened on.
			const touches = start < to && (end > from || (end === start && start >= from));
			if (!touches) continue;
			status = worse(status, span.impact);
			if (!refs.includes(span.ref)) refs.push(span.ref);
		}
		return { day, status, refs };
	});
}
