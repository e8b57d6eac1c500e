/**
 * What a red team got through, by class: values a real team plausibly writes into the fields written for customers
 * (publicTitle, updates, publicSummary, public action items) and into every construct of a public postmortem's body.
 * Planted into a copy of the example content, each class must be redacted on the way out; the leak scan, which never
 * uses the redactor, must find each class when it reaches an output file by another road.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanForLeaks } from '../../src/integration/leak-scan.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { confidentialValues, internalRuns } from '../../src/model/public/confidential.ts';
import { internalVocabulary } from '../../src/model/public/vocabulary.ts';
import { exampleCopy, tempFolder } from '../helpers/fixture.ts';
import { build, type RunResult } from '../helpers/run.ts';
import { findValues, freshOutDir, mainText, readOutput, type OutputFile } from './output.ts';

// Secrets are assembled at run time, so that no secret-shaped literal is committed.
const SENDGRID = [
	'SG',
	'q7Lm2xR9tZ4vN8pK3sW6yB',
	'c1D5fG9hJ2kL6mN0pQ4rS8tU3vW7xY1zA5bC9dE2fG6',
].join('.');
const GRAFANA = `${'glsa'}_${'Zx9Qw3Lm7Tn2Vb8Kp4Rs6Yd1Fg5Hj0Mc'}_${'3f9a1c7e'}`;
const BASIC = Buffer.from('deploy:Xq8vLp2mZr7tWc4N').toString('base64');
const ENCODED_AWS = Buffer.from(`${'AKIA'}${'Q3MZ2XK5RT6WPLJ7'}`).toString('base64');

/** Class → the values planted, each written as a careless author would; the test looks for `found` in the output. */
const CLASSES: { name: string; planted: string; found: string[] }[] = [
	{ name: "a customer's short name", planted: 'Brightwater saw declines', found: ['brightwater'] },
	{ name: 'a customer name joined by -', planted: 'the halden-foods checkout', found: ['halden'] },
	{
		name: 'a customer name joined by _',
		planted: 'batch norrsken_travel failed',
		found: ['norrsken'],
	},
	{
		name: 'a customer name written as one word',
		planted: 'for HaldenFoods only',
		found: ['haldenfoods'],
	},
	{
		name: 'a given name without its diacritics',
		planted: 'Anais rolled it back',
		found: ['anais'],
	},
	{
		name: 'a full name without its diacritics',
		planted: 'Kerem Yilmaz restarted it',
		found: ['kerem', 'yilmaz'],
	},
	{ name: 'a family name alone', planted: 'as Okafor noticed', found: ['okafor'] },
	{ name: 'a person id', planted: 'ask lbecker', found: ['lbecker'] },
	{
		name: 'a Kubernetes pod',
		planted: 'pod checkout-api-7d9f8b6c5d-x2x4k restarted',
		found: ['7d9f8b6c5d', 'x2x4k'],
	},
	{
		name: 'a replica set',
		planted: 'replica set ledger-writer-6c8d9f7b5 scaled',
		found: ['6c8d9f7b5'],
	},
	{
		name: 'a service-discovery host',
		planted: 'payments.service.consul timed out',
		found: ['service.consul'],
	},
	{
		name: 'a single-label host URL',
		planted: 'see http://jenkins/job/deploy-ledger/42',
		found: ['jenkins', 'deploy-ledger'],
	},
	{ name: 'a host and port', planted: 'open grafana:3000 for it', found: ['grafana:3000'] },
	{
		name: 'an S3 bucket URL',
		planted: 'exported to s3://lp-ledger-exports/2026/11/',
		found: ['lp-ledger-exports'],
	},
	{
		name: 'a GCS object URL',
		planted: 'in https://storage.googleapis.com/lp-audit-logs/day.csv',
		found: ['lp-audit-logs'],
	},
	{ name: 'a ticket key of the content', planted: 'tracked in LED-431', found: ['led-431'] },
	{ name: 'a ticket key of another tracker', planted: 'see OPS-7781', found: ['ops-7781'] },
	{ name: 'a phone number', planted: 'call +49 30 901820 55', found: ['901820'] },
	{
		name: 'a confidential term in a compound',
		planted: 'Kingfisher-era retries',
		found: ['kingfisher'],
	},
	{ name: 'a confidential term with a prefix', planted: 'the pre-Heron path', found: ['heron'] },
	{
		name: 'an internal hostname',
		planted: 'pg-ledger-02.lindenpay.internal lagged',
		found: ['pg-ledger-02', 'lindenpay.internal'],
	},
	{
		name: 'an ARN partly public',
		planted: 'arn:aws:rds:eu-central-1:318374625190:db:ledger-main-replica',
		found: ['318374625190', 'ledger-main-replica'],
	},
	{
		name: 'a webhook URL without its scheme',
		planted: 'hooks.slack.com/services/T04ABCDEF/B05GHIJKL/q8Xv2LmP4nR7sT1wY9zK3bC6',
		found: ['q8xv2lmp4nr7st1wy9zk3bc6', 't04abcdef'],
	},
	{
		name: 'credentials in a URL',
		planted: 'postgres://ledger:Vq7pLm2xR9tZ@db-7:5432/ledger',
		found: ['vq7plm2xr9tz'],
	},
	{ name: 'a team channel', planted: 'ask in #team-ledger', found: ['team-ledger'] },
	{ name: 'a SendGrid key', planted: `mail key ${SENDGRID}`, found: [SENDGRID.toLowerCase()] },
	{
		name: 'a Grafana service-account token',
		planted: `token ${GRAFANA}`,
		found: [GRAFANA.toLowerCase()],
	},
	{
		name: 'HTTP Basic credentials',
		planted: `sent Authorization: Basic ${BASIC}`,
		found: [BASIC.toLowerCase()],
	},
	{
		name: 'base64 of a known token',
		planted: `config blob ${ENCODED_AWS}`,
		found: [ENCODED_AWS.toLowerCase()],
	},
];

/** A customer update that the internal timeline quotes word for word: posted text, so never a leak. */
const POSTED =
	'We have rolled back the change and payments are succeeding again for all merchants.';

/** A private incident that happens to share the title of a public one. */
const PRIVATE_SAME_TITLE = `---
title: Slow logins to the Merchant Dashboard
severity: sev4
services: [auth]
components: {}
startedAt: 2026-11-21 09:00
detectedAt: 2026-11-21 09:04
acknowledgedAt: 2026-11-21 09:06
resolvedAt: 2026-11-21 10:00
roles:
  tl: kyilmaz
public: false
updates: []
timeline:
  - at: 2026-11-21 09:04
    text: Paged.
---

Notes.
`;

const INCIDENT = `---
title: Card payments failing for one merchant group
severity: sev3
services: [checkout-api]
components:
  checkout: partial_outage
startedAt: 2026-11-20 09:00
detectedAt: 2026-11-20 09:04
acknowledgedAt: 2026-11-20 09:06
mitigatedAt: 2026-11-20 09:40
resolvedAt: 2026-11-20 10:00
roles:
  ic: lbecker
  tl: jkowalski
  comms: cribeiro
public: true
publicTitle: ${JSON.stringify(`Checkout errors for Norrsken and Thanh's pod checkout-api-7d9f8b6c5d-x2x4k`)}
updates:
${CLASSES.map((c, i) => `  - at: 2026-11-20 09:${String(10 + i).padStart(2, '0')}\n    status: ${i === CLASSES.length - 1 ? 'resolved' : 'investigating'}\n    body: ${JSON.stringify(`Update ${i + 1}: ${c.planted}.`)}`).join('\n')}
  - at: 2026-11-20 09:50
    status: resolved
    body: ${POSTED}
timeline:
  - at: 2026-11-20 09:04
    text: Paged.
  - at: 2026-11-20 09:51
    text: "Carla posted the last update: ${POSTED}"
---

Notes.
`;

const POSTMORTEM = `---
incident: 2026-11-20-red-team
title: "Postmortem: checkout errors for halden-foods"
status: published
publishedAt: 2026-11-22
authors: [jkowalski]
visibility: public
summary: Internal summary.
publicSummary: ${JSON.stringify(`Payments failed for some merchants. ${CLASSES.map((c) => c.planted).join('; ')}.`)}
rootCause: A bad deploy.
contributingFactors: [A missing check]
actionItems:
${[
	'Fix the pre-Heron path for norrsken_travel',
	'Alert on LED-431 regressions',
	'Document grafana:3000 access',
]
	.map(
		(title, i) => `  - id: pm-red-team-${i + 1}
    title: ${JSON.stringify(title)}
    type: prevent
    owner: jkowalski
    priority: P2
    createdAt: 2026-11-21
    due: 2026-12-20
    status: open
    public: true`
	)
	.join('\n')}
---

## What happened to ${CLASSES[0]!.planted}

${CLASSES.map((c) => `${c.planted} in a paragraph.`).join('\n\n')}

- ${CLASSES.map((c) => c.planted).join('\n- ')}

| What | Where |
| --- | --- |
${CLASSES.map((c) => `| ${c.name} | ${c.planted} |`).join('\n')}

> ${CLASSES.map((c) => c.planted).join(' and ')}

A split word: pgbouncer-**ledger**-1 and *Brightwater* _Outfitters_.

A [link to the dashboard](http://grafana.lindenpay.internal/d/ledger), a [public page that names a customer](https://status.lindenpay.com/customers/halden-foods/),
and a [status page](https://status.lindenpay.com/).

### ${CLASSES.slice(0, 8)
	.map((c) => c.planted)
	.join(', ')}

Recovered.
`;

let result: RunResult & { out: string };
let files: OutputFile[];
let content: string;
beforeAll(() => {
	content = exampleCopy([
		// The planted postmortem is published without a reviewer's approval: this test is about what redaction does.
		{
			file: 'handbook.yaml',
			replace: ['redaction:\n', 'publicReview:\n  required: false\nredaction:\n'],
		},
		{ file: 'incidents/2026-11-20-red-team.mdx', write: INCIDENT },
		{ file: 'postmortems/2026-11-20-red-team.mdx', write: POSTMORTEM },
		{ file: 'incidents/2026-11-21-private-same-title.mdx', write: PRIVATE_SAME_TITLE },
	]);
	result = build(content, { site: 'public', out: freshOutDir() });
	files = existsSync(join(result.out, 'public')) ? readOutput(join(result.out, 'public')) : [];
});
afterAll(() => {
	rmSync(result.out, { recursive: true, force: true });
	rmSync(content, { recursive: true, force: true });
});

describe('values of every red-team class, planted in every public field and body construct', () => {
	it('builds, the leak scan passing: the redactor closed every class; a quoted customer update and a shared title are no leak', () => {
		expect(result.status, result.output.slice(-4000)).toBe(0);
		expect(result.output).toMatch(/Leak scan: \d+ files \(\d+ KiB\) clean/);
	});

	it('publishes the planted incident and postmortem, redacted, with their other words', () => {
		const pages = files.filter(
			(f) =>
				f.file.endsWith('index.html') && f.readable.includes('payments failed for some merchants')
		);
		expect(pages.length).toBeGreaterThan(0);
		const postmortem = files.find((f) =>
			/^postmortems\/2026-11-20-[^/]+\/index\.html$/.test(f.file)
		);
		expect(postmortem, files.map((f) => f.file).join('\n')).toBeDefined();
		const text = mainText(readFileSync(join(result.out, 'public', postmortem!.file), 'utf8'));
		expect(text).toContain('A customer saw declines');
		expect(text).toContain('an internal project-era retries');
		expect(text).toContain('a status page');
	});

	it.each(CLASSES)('never publishes $name, in any file, path or Pagefind fragment', ({ found }) => {
		expect(files.some((f) => f.file.endsWith('.pf_fragment'))).toBe(true);
		expect(findValues(files, found)).toEqual([]);
		expect(
			files.filter((f) => found.some((value) => f.file.toLowerCase().includes(value)))
		).toEqual([]);
	});

	it('keeps the link to the public page only when its path names nothing internal', () => {
		const raw = files.map((f) => f.raw).join('\n');
		expect(raw).toContain('href="https://status.lindenpay.com/"');
		expect(raw).not.toContain('/customers/');
		expect(raw).not.toContain('grafana.lindenpay.internal');
	});
});

describe('the leak scan, on its own', () => {
	const handbook = openHandbook(join(import.meta.dirname, '../../content')).handbook!;
	const scan = (files: Record<string, string>, derived: { file: string; text: string }[] = []) =>
		scanForLeaks(tempFolder(files), confidentialValues(handbook), internalRuns(handbook), {
			vocabulary: internalVocabulary(handbook),
			derived,
		}).leaks;

	it.each([
		[
			'a customer short name in a title',
			'incidents/x/index.html',
			'<title>Outage for Brightwater | Lindenpay Status</title>',
		],
		[
			'a customer slug in a URL path',
			'sitemap-0.xml',
			'<loc>https://status.lindenpay.com/incidents/2026-11-20-halden-foods-down/</loc>',
		],
		[
			'a given name without diacritics in a feed',
			'feed.xml',
			'<item><title>Anais fixed it</title></item>',
		],
		[
			'a term in a compound, in og:image:alt',
			'a/index.html',
			'<meta property="og:image:alt" content="Kingfisher-era checkout">',
		],
		['a name split by emphasis', 'b/index.html', '<p>Halden<strong>Foods</strong></p>'],
		['a host label with emphasis inside', 'c/index.html', '<p>pgbouncer-<em>ledger</em>-1</p>'],
		[
			'an internal ticket key in an API shortlink',
			'api/v2/incidents.json',
			'{"shortlink":"https://status.lindenpay.com/LED-431"}',
		],
		['a person id in a guid', 'feeds/checkout.xml', '<guid>lbecker-2026</guid>'],
		[
			'a secret the content never declared',
			'd/index.html',
			`<p>token ${'ghp_'}${'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'}</p>`,
		],
	])('finds %s', (_, file, text) => {
		const leaks = scan({ [file]: text });
		expect(new Set(leaks.map((l) => l.file))).toEqual(new Set([file]));
	});

	it('finds a value in a file name and in the text a card is drawn from', () => {
		expect(
			new Set(
				scan({ 'incidents/2026-11-20-norrsken-down/index.html': '<p>fine</p>' }).map((l) => l.file)
			)
		).toEqual(new Set(['incidents/2026-11-20-norrsken-down/index.html']));
		const card = {
			file: 'og/incidents/x.png (the text drawn on the card)',
			text: 'Incident\nCheckout down for Halden Foods',
		};
		expect(new Set(scan({ 'index.html': '<p>fine</p>' }, [card]).map((l) => l.file))).toEqual(
			new Set([card.file])
		);
	});

	it('says where the content declares the value internal, and never prints a secret whole', () => {
		const [customer] = scan({ 'a.html': '<p>Brightwater</p>' });
		expect(customer!.source).toBe(
			'customer "Brightwater Outfitters" from handbook.yaml (redaction.customers.0)'
		);
		const secret = `${'ghp_'}${'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'}`;
		const [found] = scan({ 'b.html': `<p>${secret}</p>` });
		expect(found!.value).not.toContain(secret);
		expect(found!.source).toMatch(/^a secret \(rule [\w-]+\)/);
	});

	it('passes public vocabulary: months, weekdays, regions, status words, the public domain and component names', () => {
		const text =
			'<p>On Monday 21 April 2026 the Hosted Checkout and Payments API in eu-central-1 were degraded; write to support@lindenpay.com or see docs.lindenpay.com. Resolved.No further impact.</p>';
		expect(scan({ 'a.html': text })).toEqual([]);
	});
});
