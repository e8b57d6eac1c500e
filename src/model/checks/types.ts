/**
 * The shape of a policy check. Each family of rules (action items, postmortems, incidents, runbooks, alerts, URLs)
 * lives in its own module of this folder and exports `Rule`s; `run-checks.ts` runs them all and applies the levels
 * set in handbook.yaml `checks:`.
 */
import type { CheckLevel } from '../../schemas/handbook.ts';
import type { Handbook } from '../handbook.ts';

/** What a finding is about, so pages can link to it and show it in a banner. */
export type EntryKind =
	'runbook' | 'incident' | 'postmortem' | 'maintenance' | 'service' | 'alert' | 'handbook';

export interface Finding {
	/** Rule id, like `action-item-owner`. */
	rule: string;
	level: Exclude<CheckLevel, 'off'>;
	/** Path relative to the content folder. */
	file: string;
	/** Dotted field path, like `actionItems.2.due`. */
	field: string;
	message: string;
	entry?: { kind: EntryKind; id: string };
}

/** A finding as a rule reports it; the runner adds the rule id and level. */
export type RawFinding = Omit<Finding, 'rule' | 'level'>;

export interface CheckContext {
	handbook: Handbook;
	/** `YYYY-MM-DD`, from the injected clock. */
	today: string;
}

export interface Rule {
	id: string;
	defaultLevel: Exclude<CheckLevel, 'off'>;
	/** One line: what the rule checks (the README's rules table is generated from this). */
	summary: string;
	/** One line: how to fix a finding. */
	fix: string;
	check(context: CheckContext): RawFinding[];
}
