/** Every policy rule, by family. A new family exports its `Rule[]` from its own module and is listed here. */
import { actionItemRules } from './action-items.ts';
import { alertRules } from './alerts.ts';
import { calibrationRules } from './calibration.ts';
import { incidentRules } from './incidents.ts';
import { maintenanceRules } from './maintenance.ts';
import { postmortemRules } from './postmortems.ts';
import { publicReviewRules } from './public-review.ts';
import { recurrenceRules } from './recurrence.ts';
import { runbookRules } from './runbooks.ts';
import { siteRules } from './sites.ts';
import type { Rule } from './types.ts';
import { urlRules } from './urls.ts';

export const RULES: readonly Rule[] = [
	...actionItemRules,
	...postmortemRules,
	...publicReviewRules,
	...incidentRules,
	...maintenanceRules,
	...runbookRules,
	...recurrenceRules,
	...calibrationRules,
	...alertRules,
	...urlRules,
	...siteRules,
];
