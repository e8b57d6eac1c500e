/**
 * The example content's timelines mention Slack channels (`#incidents`); unquoted, YAML read everything from " #" on
 * as a comment and published "Thanh declared Sev-1 in". They are quoted now, and the loader refuses a cut value.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { urls } from '../../src/model/urls.ts';
import { EXAMPLE_INTERNAL } from '../helpers/example-site.ts';
import { ROOT } from '../helpers/run.ts';

const ID = '2026-03-04-checkout-outage-ledger-pool';
const WHOLE =
	'Thanh declared Sev-1 in #incidents. Lena Becker took IC, opened #inc-20260304-checkout, Carla Ribeiro took comms.';

describe('the example timeline entry with channel names', () => {
	it('is read whole by the model', () => {
		const { handbook, problems } = openHandbook(join(ROOT, 'content'));
		expect(problems).toEqual([]);
		expect(handbook!.incidents.get(ID)!.data.timeline.map((entry) => entry.text)).toContain(WHOLE);
	});

	it('is shown whole on the internal incident page', () => {
		const html = readFileSync(join(EXAMPLE_INTERNAL, urls.incident(ID), 'index.html'), 'utf8');
		expect(html).toContain(WHOLE);
	});
});
