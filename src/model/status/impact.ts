/**
 * Statuspage's vocabulary of component status and incident impact, and how one is derived from the other
 * (https://developer.statuspage.io/ — component status, incident impact, page status indicator).
 */
import type { ComponentImpact } from '../../schemas/incident.ts';

export type ComponentStatus = 'operational' | ComponentImpact;
export type Indicator = 'none' | 'minor' | 'major' | 'critical';

/** Component statuses, best first. */
export const COMPONENT_STATUSES: readonly ComponentStatus[] = [
	'operational',
	'degraded_performance',
	'partial_outage',
	'major_outage',
];

const INDICATOR: Record<ComponentStatus, Indicator> = {
	operational: 'none',
	degraded_performance: 'minor',
	partial_outage: 'major',
	major_outage: 'critical',
};

const LABEL: Record<ComponentStatus, string> = {
	operational: 'Operational',
	degraded_performance: 'Degraded performance',
	partial_outage: 'Partial outage',
	major_outage: 'Major outage',
};

const PAGE_DESCRIPTION: Record<Indicator, string> = {
	none: 'All Systems Operational',
	minor: 'Partially Degraded Service',
	major: 'Partial System Outage',
	critical: 'Major System Outage',
};

/** @returns the worse of two statuses. */
export function worse(a: ComponentStatus, b: ComponentStatus): ComponentStatus {
	return COMPONENT_STATUSES.indexOf(a) >= COMPONENT_STATUSES.indexOf(b) ? a : b;
}

/** @returns the worst of the statuses, `operational` for none. */
export function worst(statuses: Iterable<ComponentStatus>): ComponentStatus {
	let result: ComponentStatus = 'operational';
	for (const status of statuses) result = worse(result, status);
	return result;
}

/** @returns Statuspage's impact/indicator for the worst component status (major outage → critical ...). */
export function indicatorOf(status: ComponentStatus): Indicator {
	return INDICATOR[status];
}

/** @returns a status as people read it: "Partial outage". */
export function statusLabel(status: ComponentStatus): string {
	return LABEL[status];
}

/** @returns the page-wide status line Statuspage shows for an indicator ("All Systems Operational" ...). */
export function indicatorDescription(indicator: Indicator): string {
	return PAGE_DESCRIPTION[indicator];
}
