/** Where a finding leads: the page of the entry it is about. */
import { urls } from '../urls.ts';
import type { Finding } from './types.ts';

/** @returns the internal-site path of a finding's entry; absent for findings about handbook.yaml itself. */
export function entryUrl(entry: Finding['entry']): string | undefined {
	if (!entry) return undefined;
	switch (entry.kind) {
		case 'runbook':
			return urls.runbook(entry.id);
		case 'incident':
			return urls.incident(entry.id);
		case 'postmortem':
			return urls.postmortem(entry.id);
		case 'service':
			return urls.service(entry.id);
		case 'alert':
			// The alert's row on the index: `/alerts/<name>/` exists only for alerts a runbook covers.
			return `${urls.alerts()}#${entry.id}`;
		// Maintenance windows have no page of their own on the internal site yet.
		case 'maintenance':
		case 'handbook':
			return undefined;
	}
}
