/**
 * The secret scanner: a true positive for every rule, the forms the red team used, and no finding on real public text
 * or library code. Fake secrets are assembled at run time from a seeded generator, so that no secret-looking literal
 * is committed (push protection and other scanners would stop at it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SECRET_RULES } from './secret-rules.ts';
import { findSecrets, shannonEntropy } from './secrets.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

let seed = 20_261_202;
/** @returns `length` pseudo-random characters of `chars` (deterministic: xorshift32). */
function fake(chars: string, length: number): string {
	let out = '';
	for (let i = 0; i < length; i++) {
		seed ^= seed << 13;
		seed ^= seed >>> 17;
		seed ^= seed << 5;
		out += chars[(seed >>> 0) % chars.length];
	}
	return out;
}
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();
const DIGITS = '0123456789';
const HEX = DIGITS + 'abcdef';
const ALNUM = LOWER + UPPER + DIGITS;
const LOWER_ALNUM = LOWER + DIGITS;
const UPPER_ALNUM = UPPER + DIGITS;
const TOKEN = ALNUM + '_-';
const B64 = ALNUM + '+/';
const uuid = () => [8, 4, 4, 4, 12].map((n) => fake(HEX, n)).join('-');
const b64url = (text: string) =>
	btoa(text).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
/** Joins parts, so that no prefix of a real token format is one literal in this file. */
const cat = (...parts: string[]) => parts.join('');

function jwt(): string {
	const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
	const payload = b64url(
		JSON.stringify({ sub: fake(DIGITS, 10), name: 'Jane Doe', iat: 1_700_000_000 })
	);
	return `${header}.${payload}.${fake(TOKEN, 43)}`;
}

/** For each rule: a text holding a realistic fake secret, and the secret the rule must report in it. */
type Sample = [text: string, secret: string];
const keyed = (assignment: string, secret: string): Sample => [`${assignment}${secret}\n`, secret];
const bare = (secret: string): Sample => [`value ${secret} here`, secret];
const pemBody = () => Array.from({ length: 4 }, () => fake(B64, 64)).join('\n');

const SAMPLES: Record<string, () => Sample> = {
	'private-key': () =>
		bare(
			cat('-----BEGIN ', 'RSA PRIVATE KEY-----\n', pemBody(), '\n-----END RSA PRIVATE KEY-----')
		),
	jwt: () => bare(jwt()),
	'jwt-base64': () => bare(btoa(jwt()).replace(/=+$/, '')),
	'aws-access-token': () => bare(cat('AK', 'IA', fake('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16))),
	'aws-secret-access-key': () => keyed('aws_secret_access_key = ', fake(ALNUM + '+/', 40)),
	'gcp-api-key': () => bare(cat('AI', 'za', fake(TOKEN, 35))),
	'gcp-service-account-key-id': () => keyed('"private_key_id": ', fake(HEX, 40)),
	'azure-ad-client-secret': () => bare(cat(fake(ALNUM, 3), '8Q', '~', fake(ALNUM, 34))),
	'azure-storage-account-key': () => {
		const key = `${fake(B64, 86)}==`;
		return [
			`DefaultEndpointsProtocol=https;AccountName=quokka;AccountKey=${key};EndpointSuffix=core.windows.net`,
			key,
		];
	},
	'azure-sas-token': () => {
		const sig = `${fake(ALNUM, 43)}%3D`;
		return [
			`https://quokka.blob.core.windows.net/logs/a.gz?sv=2022-11-02&ss=b&sp=r&se=2026-12-01&sig=${sig}`,
			sig,
		];
	},
	'digitalocean-access-token': () => bare(cat('do', 'o_v1_', fake(HEX, 64))),
	'digitalocean-pat': () => bare(cat('do', 'p_v1_', fake(HEX, 64))),
	'digitalocean-refresh-token': () => bare(cat('do', 'r_v1_', fake(HEX, 64))),
	'heroku-api-key': () => keyed('HEROKU_API_KEY=', uuid()),
	'heroku-api-key-v2': () => bare(cat('HRKU', '-AA', fake(TOKEN, 58))),
	'alibaba-access-key-id': () => bare(cat('LT', 'AI', fake(ALNUM, 20))),
	'alibaba-secret-key': () => keyed('alibaba_secret = ', fake(LOWER_ALNUM, 30)),
	'cloudflare-api-key': () => keyed('CLOUDFLARE_API_TOKEN=', fake(LOWER_ALNUM + '_-', 40)),
	'cloudflare-global-api-key': () => keyed('cloudflare_global_key: ', fake(HEX, 37)),
	'cloudflare-origin-ca-key': () => bare(cat('v1', '.0-', fake(HEX, 24), '-', fake(HEX, 146))),
	'flyio-access-token': () => bare(cat('fo', '1_', fake(TOKEN, 43))),
	'databricks-api-token': () => bare(cat('da', 'pi', fake(HEX, 32))),
	'fastly-api-token': () => keyed('FASTLY_API_TOKEN=', fake(LOWER_ALNUM, 32)),
	'netlify-access-token': () => keyed('NETLIFY_AUTH_TOKEN=', fake(LOWER_ALNUM, 43)),
	'github-pat': () => bare(cat('gh', 'p_', fake(ALNUM, 36))),
	'github-oauth': () => bare(cat('gh', 'o_', fake(ALNUM, 36))),
	'github-app-token': () => bare(cat('gh', 's_', fake(ALNUM, 36))),
	'github-refresh-token': () => bare(cat('gh', 'r_', fake(ALNUM, 36))),
	'github-fine-grained-pat': () => bare(cat('github', '_pat_', fake(ALNUM + '_', 82))),
	'gitlab-pat': () => bare(cat('gl', 'pat-', fake(TOKEN, 20))),
	'gitlab-pat-routable': () =>
		bare(cat('gl', 'pat-', fake(TOKEN, 36), '.01', fake(LOWER_ALNUM, 7))),
	'gitlab-cicd-job-token': () => bare(cat('gl', 'cbt-', fake(ALNUM, 2), '_', fake(TOKEN, 20))),
	'gitlab-deploy-token': () => bare(cat('gl', 'dt-', fake(TOKEN, 20))),
	'gitlab-feature-flag-client-token': () => bare(cat('gl', 'ffct-', fake(TOKEN, 20))),
	'gitlab-feed-token': () => bare(cat('gl', 'ft-', fake(TOKEN, 20))),
	'gitlab-incoming-mail-token': () => bare(cat('gl', 'imt-', fake(TOKEN, 25))),
	'gitlab-kubernetes-agent-token': () => bare(cat('gl', 'agent-', fake(TOKEN, 50))),
	'gitlab-oauth-app-secret': () => bare(cat('gl', 'oas-', fake(TOKEN, 64))),
	'gitlab-ptt': () => bare(cat('gl', 'ptt-', fake(HEX, 40))),
	'gitlab-rrt': () => bare(cat('GR13', '48941', fake(TOKEN, 20))),
	'gitlab-runner-authentication-token': () => bare(cat('gl', 'rt-', fake(TOKEN, 20))),
	'gitlab-runner-authentication-token-routable': () =>
		bare(cat('gl', 'rt-t1_', fake(TOKEN, 30), '.01', fake(LOWER_ALNUM, 7))),
	'gitlab-scim-token': () => bare(cat('gl', 'soat-', fake(TOKEN, 20))),
	'gitlab-session-cookie': () => keyed(cat('_gitlab', '_session='), fake(LOWER_ALNUM, 32)),
	'bitbucket-client-id': () => keyed('BITBUCKET_CLIENT_ID=', fake(LOWER_ALNUM, 32)),
	'bitbucket-client-secret': () => keyed('BITBUCKET_CLIENT_SECRET=', fake(LOWER_ALNUM, 64)),
	'bitbucket-app-password': () => bare(cat('AT', 'BB', fake(ALNUM, 32))),
	'circleci-token': () => bare(cat('CCIP', 'AT_', fake(ALNUM, 22), '_', fake(HEX, 40))),
	'circleci-api-token': () => keyed('CIRCLECI_TOKEN=', fake(HEX, 40)),
	'travisci-access-token': () => keyed('TRAVIS_TOKEN=', fake(LOWER_ALNUM, 22)),
	'atlassian-api-token': () => keyed('JIRA_API_TOKEN=', fake(LOWER_ALNUM, 20) + fake(HEX, 4)),
	'atlassian-api-token-v2': () => bare(cat('ATA', 'TT3', fake(TOKEN, 186))),
	'sonar-api-token': () => keyed('SONAR_TOKEN=', fake(LOWER_ALNUM, 40)),
	'sonarqube-token': () => bare(cat('sq', 'u_', fake(LOWER_ALNUM, 40))),
	'snyk-api-token': () => keyed('SNYK_TOKEN=', uuid()),
	'slack-bot-token': () =>
		bare(cat('xo', 'xb-', fake(DIGITS, 12), '-', fake(DIGITS, 12), '-', fake(ALNUM, 24))),
	'slack-user-token': () =>
		bare(
			cat(
				'xo',
				'xp-',
				fake(DIGITS, 12),
				'-',
				fake(DIGITS, 12),
				'-',
				fake(DIGITS, 12),
				'-',
				fake(HEX, 32)
			)
		),
	'slack-app-token': () =>
		bare(cat('xa', 'pp-1-A', fake(UPPER_ALNUM, 10), '-', fake(DIGITS, 13), '-', fake(HEX, 64))),
	'slack-config-access-token': () => bare(cat('xo', 'xe.xoxp-1-', fake(UPPER_ALNUM, 164))),
	'slack-config-refresh-token': () => bare(cat('xo', 'xe-1-', fake(UPPER_ALNUM, 146))),
	'slack-legacy-bot-token': () => bare(cat('xo', 'xb-', fake(DIGITS, 10), '-', fake(ALNUM, 24))),
	'slack-legacy-token': () =>
		bare(
			cat(
				'xo',
				'xs-',
				fake(DIGITS, 10),
				'-',
				fake(DIGITS, 10),
				'-',
				fake(DIGITS, 10),
				'-',
				fake(HEX, 64)
			)
		),
	'slack-legacy-workspace-token': () => bare(cat('xo', 'xa-2-', fake(ALNUM, 40))),
	'slack-webhook-url': () =>
		bare(
			cat(
				'https://hooks.',
				'slack.com/services/T',
				fake(UPPER_ALNUM, 8),
				'/B',
				fake(UPPER_ALNUM, 10),
				'/',
				fake(ALNUM, 24)
			)
		),
	'slack-webhook-path': () => [
		`the webhook path was /services/T${fake(UPPER_ALNUM, 8)}/B${fake(UPPER_ALNUM, 10)}/${fake(ALNUM, 24)} on the old host`,
		'',
	],
	'discord-api-token': () => keyed('DISCORD_BOT_KEY=', fake(HEX, 64)),
	'discord-client-secret': () => keyed('discord_client_secret: ', fake(TOKEN, 32)),
	'discord-bot-token': () =>
		bare(`${btoa(fake(DIGITS, 18)).replace(/=+$/, '')}.${fake(TOKEN, 6)}.${fake(TOKEN, 38)}`),
	'discord-webhook-url': () =>
		bare(
			cat('https://disc', 'ord.com/api/webhooks/', fake(DIGITS, 18), '/', fake(TOKEN, 68)).slice(8)
		),
	'microsoft-teams-webhook': () => {
		const id = () => uuid();
		return bare(
			cat(
				'https://quokka.webhook.office.com/',
				'webhookb2/',
				id(),
				'@',
				id(),
				'/IncomingWebhook/',
				fake(HEX, 32),
				'/',
				id()
			)
		);
	},
	'microsoft-teams-workflow-webhook': () =>
		bare(
			cat(
				'https://prod-12.westus.logic.azure.com:443/workflows/',
				fake(HEX, 32),
				'/triggers/manual/paths/invoke?api-version=2016-06-01&sv=1.0&sig=',
				fake(TOKEN, 43)
			)
		),
	'telegram-bot-api-token': () =>
		keyed('TELEGRAM_BOT_TOKEN=', `${fake(DIGITS, 10)}:A${fake(TOKEN, 34)}`),
	'telegram-bot-token': () => {
		const token = `${fake(DIGITS, 10)}:AA${fake(TOKEN, 33)}`;
		return [`curl https://api.telegram.org/bot${token}/sendMessage`, token];
	},
	'stripe-access-token': () => bare(cat('sk', '_live_', fake(ALNUM, 24))),
	'stripe-webhook-secret': () => bare(cat('wh', 'sec_', fake(ALNUM, 32))),
	'square-access-token': () => bare(cat('sq0', 'atp-', fake(TOKEN, 22))),
	'square-oauth-secret': () => bare(cat('sq0', 'csp-', fake(TOKEN, 43))),
	'shopify-access-token': () => bare(cat('sh', 'pat_', fake(HEX, 32))),
	'shopify-custom-access-token': () => bare(cat('sh', 'pca_', fake(HEX, 32))),
	'shopify-private-app-access-token': () => bare(cat('sh', 'ppa_', fake(HEX, 32))),
	'shopify-shared-secret': () => bare(cat('sh', 'pss_', fake(HEX, 32))),
	'paypal-braintree-access-token': () =>
		bare(cat('access_token', '$production$', fake(LOWER_ALNUM, 16), '$', fake(HEX, 32))),
	'gocardless-api-token': () =>
		keyed('GOCARDLESS_ACCESS_TOKEN=', cat('live', '_', fake(LOWER_ALNUM, 40))),
	'sendgrid-api-token': () => bare(cat('S', 'G.', fake(TOKEN, 22), '.', fake(TOKEN, 43))),
	'sendinblue-api-token': () => bare(cat('xkey', 'sib-', fake(HEX, 64), '-', fake(ALNUM, 16))),
	'mailgun-private-api-token': () => keyed('MAILGUN_API_KEY=', cat('key', '-', fake(HEX, 32))),
	'mailgun-pub-key': () => keyed('MAILGUN_PUBLIC_KEY=', cat('pubkey', '-', fake(HEX, 32))),
	'mailgun-signing-key': () =>
		keyed(
			'mailgun_signing_key: ',
			`${fake('abcdefgh0123456789', 32)}-${fake(HEX, 8)}-${fake(HEX, 8)}`
		),
	'mailchimp-api-key': () => keyed('MAILCHIMP_API_KEY=', `${fake(HEX, 32)}-us12`),
	'postmark-server-token': () => keyed('X-Postmark-Server-Token: ', uuid()),
	'twilio-api-key': () => bare(cat('S', 'K', fake(HEX, 32))),
	'twilio-auth-token': () => keyed('TWILIO_AUTH_TOKEN=', fake(HEX, 32)),
	'grafana-api-key': () => bare(cat('eyJrIj', 'oi', fake(ALNUM, 80))),
	'grafana-cloud-api-token': () => bare(cat('gl', 'c_', fake(B64, 60))),
	'grafana-service-account-token': () => bare(cat('gl', 'sa_', fake(ALNUM, 32), '_', fake(HEX, 8))),
	'datadog-access-token': () => keyed('DATADOG_APP_KEY=', fake(LOWER_ALNUM, 40)),
	'datadog-api-key': () => keyed('DD_API_KEY=', fake(HEX, 32)),
	'new-relic-user-api-key': () =>
		keyed('NEW_RELIC_API_KEY=', cat('NR', 'AK-', fake(UPPER_ALNUM, 27))),
	'new-relic-user-api-id': () => keyed('newrelic_user_id: ', fake(LOWER_ALNUM, 64)),
	'new-relic-browser-api-token': () =>
		keyed('NEW_RELIC_BROWSER_KEY=', cat('NR', 'JS-', fake(HEX, 19))),
	'new-relic-insert-key': () =>
		keyed('NEW_RELIC_INSERT_KEY=', cat('NR', 'II-', fake(LOWER_ALNUM + '-', 32))),
	'new-relic-prefixed-key': () => bare(cat('NR', 'AK-', fake(UPPER_ALNUM, 27))),
	'new-relic-license-key': () => bare(cat(fake(HEX, 36), 'NR', 'AL')),
	'sentry-access-token': () => keyed('SENTRY_AUTH_TOKEN=', fake(HEX, 64)),
	'sentry-org-token': () => {
		const claims = btoa(
			JSON.stringify({
				iat: 1_700_000_000,
				url: 'https://sentry.io',
				region_url: 'https://us.sentry.io',
				org: 'quokka',
			})
		).replace(/=+$/, '');
		return bare(cat('sntr', 'ys_', claims, '_', fake(B64, 43)));
	},
	'sentry-user-token': () => bare(cat('sntr', 'yu_', fake(HEX, 64))),
	'pagerduty-api-key': () => keyed('PAGERDUTY_TOKEN=', fake(ALNUM + '+', 20)),
	'honeycomb-api-key': () => keyed('HONEYCOMB_API_KEY=', fake(ALNUM, 22)),
	'honeycomb-ingest-key': () => bare(cat('hca', 'ik_', fake(LOWER_ALNUM, 58))),
	'dynatrace-api-token': () =>
		bare(cat('dt0', 'c01.', fake(UPPER_ALNUM, 24), '.', fake(ALNUM, 64))),
	'splunk-hec-token': () => keyed('SPLUNK_HEC_TOKEN=', uuid()),
	'npm-access-token': () => bare(cat('np', 'm_', fake(ALNUM, 36))),
	'pypi-upload-token': () => bare(cat('pypi-', 'AgEIcHlwaS5vcmc', fake(TOKEN, 60))),
	'rubygems-api-token': () => bare(cat('ruby', 'gems_', fake(HEX, 48))),
	'nuget-api-key': () => bare(cat('oy', '2', fake(LOWER_ALNUM, 43))),
	'nuget-config-password': () => {
		const password = fake(ALNUM, 12);
		return [`<add key="ClearTextPassword" value="${password}" />`, password];
	},
	'docker-hub-pat': () => bare(cat('dckr', '_pat_', fake(TOKEN, 27))),
	'artifactory-api-key': () => bare(cat('AK', 'Cp', fake(ALNUM, 69))),
	'artifactory-reference-token': () => bare(cat('cmV', 'md', fake(ALNUM, 59))),
	'openai-api-key': () =>
		bare(cat('sk-', 'proj-', fake(TOKEN, 74), 'T3Blbk', 'FJ', fake(TOKEN, 74))),
	'openai-project-key': () => bare(cat('sk-', 'proj-', fake(TOKEN, 120))),
	'anthropic-key': () => bare(cat('sk-', 'ant-', 'oat01-', fake(TOKEN, 90))),
	'anthropic-api-key': () => bare(cat('sk-', 'ant-api03-', fake(TOKEN, 93), 'AA')),
	'anthropic-admin-api-key': () => bare(cat('sk-', 'ant-admin01-', fake(TOKEN, 93), 'AA')),
	'huggingface-access-token': () => bare(cat('h', 'f_', fake(LOWER + UPPER, 34))),
	'huggingface-organization-api-token': () => bare(cat('api', '_org_', fake(LOWER + UPPER, 34))),
	'perplexity-api-key': () => bare(cat('pp', 'lx-', fake(ALNUM, 48))),
	'cohere-api-token': () => keyed('COHERE_API_KEY=', fake(ALNUM, 40)),
	'vault-service-token': () => bare(cat('hv', 's.', fake(TOKEN, 95))),
	'vault-batch-token': () => bare(cat('hv', 'b.', fake(TOKEN, 150))),
	'hashicorp-tf-api-token': () => bare(cat(fake(ALNUM, 14), '.atlas', 'v1.', fake(TOKEN, 65))),
	'1password-secret-key': () =>
		bare(
			cat(
				'A',
				'3-',
				fake(UPPER_ALNUM, 6),
				'-',
				fake(UPPER_ALNUM, 11),
				'-',
				fake(UPPER_ALNUM, 5),
				'-',
				fake(UPPER_ALNUM, 5),
				'-',
				fake(UPPER_ALNUM, 5)
			)
		),
	'1password-service-account-token': () => bare(cat('op', 's_eyJ', fake(B64, 260))),
	'doppler-api-token': () => bare(cat('dp', '.pt.', fake(ALNUM, 43))),
	'age-secret-key': () =>
		bare(cat('AGE-SECRET', '-KEY-1', fake('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58))),
	'linear-api-key': () => bare(cat('lin', '_api_', fake(ALNUM, 40))),
	'notion-api-token': () => bare(cat('nt', 'n_', fake(DIGITS, 11), fake(ALNUM, 35))),
	'postman-api-token': () => bare(cat('PM', 'AK-', fake(HEX, 24), '-', fake(HEX, 34))),
	'pulumi-api-token': () => bare(cat('pu', 'l-', fake(HEX, 40))),
	'prefect-api-token': () => bare(cat('pn', 'u_', fake(ALNUM, 36))),
	'planetscale-api-token': () => bare(cat('pscale', '_tkn_', fake(TOKEN, 43))),
	'planetscale-oauth-token': () => bare(cat('pscale', '_oauth_', fake(TOKEN, 43))),
	'planetscale-password': () => bare(cat('pscale', '_pw_', fake(TOKEN, 43))),
	'openshift-user-token': () => bare(cat('sha256', '~', fake(TOKEN, 43))),
	'okta-access-token': () => keyed('OKTA_API_TOKEN=', cat('00', fake(TOKEN, 40))),
	'launchdarkly-access-token': () => keyed('LAUNCHDARKLY_SDK_KEY=', fake(LOWER_ALNUM, 40)),
	'sidekiq-sensitive-url': () => {
		const credentials = `${fake(HEX, 8)}:${fake(HEX, 8)}`;
		return [`source "https://${credentials}@gems.contribsys.com/"`, credentials];
	},
	'url-credentials': () => {
		const password = fake(ALNUM, 14);
		return [`DATABASE_URL=postgres://ledger:${password}@db.quokka.corp:5432/ledger`, password];
	},
	'url-query-password': () => {
		const password = fake(ALNUM, 10);
		return [`mysql://db.quokka.corp:3306/ledger?user=app&password=${password}&ssl=true`, password];
	},
	'curl-auth-user': () => {
		const password = fake(ALNUM, 14);
		return [`curl -sf -u deploy:${password} https://ci.quokka.corp/job`, password];
	},
	'http-basic-auth': () => {
		const credentials = btoa(`deploy:${fake(ALNUM, 14)}`);
		return [`Authorization: Basic ${credentials}`, credentials];
	},
	'http-bearer-token': () => {
		const token = fake(TOKEN, 40);
		return [`-H "Authorization: Bearer ${token}"`, token];
	},
	'connection-string-password': () => {
		const password = fake(ALNUM, 12);
		return [
			`Server=tcp:sql.quokka.corp,1433;User ID=ledger;Password=${password};Encrypt=true`,
			password,
		];
	},
	'generic-api-key': () => keyed('api_key = ', fake(ALNUM, 24)),
};

const text = (s: { start: number; end: number }, t: string) => t.slice(s.start, s.end);

describe('findSecrets: every rule', () => {
	it('has a sample for every rule, and rule ids are unique', () => {
		const ids = SECRET_RULES.map((r) => r.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.filter((id) => !(id in SAMPLES))).toEqual([]);
		expect(Object.keys(SAMPLES).filter((id) => !ids.includes(id))).toEqual([]);
	});

	it.each(SECRET_RULES.map((r) => r.id))('%s finds its secret', (id) => {
		const [sample, expected] = SAMPLES[id]!();
		const found = findSecrets(sample).filter((s) => s.rule === id);
		expect(found.length, `${id} in ${sample}`).toBeGreaterThan(0);
		// The whole-value rules report a span inside the sample; the others exactly the expected secret.
		if (expected !== '') expect(found.map((s) => text(s, sample))).toContain(expected);
		// A rule with keywords runs only on texts with one of them, whatever their case.
		const { keywords } = SECRET_RULES.find((r) => r.id === id)!;
		expect(keywords.length === 0 || keywords.some((k) => sample.toLowerCase().includes(k))).toBe(
			true
		);
	});
});

describe('findSecrets: forms that got through before', () => {
	const only = (t: string) => findSecrets(t).map((s) => [s.rule, text(s, t)]);
	const pw = fake(ALNUM, 12);

	it('reads the password of every URL credential form', () => {
		for (const url of [
			`postgres://app:${pw}@db:5432/x`,
			`redis://:${pw}@cache:6379/0`,
			`amqps://svc:${pw}@mq.internal`,
			`https://user:p%40${pw}@git.example.net/repo.git`,
		]) {
			expect(
				only(url)
					.filter(([rule]) => rule === 'url-credentials')
					.map(([, s]) => s),
				url
			).toEqual([url.match(/:([^:@/]+)@/)![1]]);
		}
		expect(only('redis://:pass@host')).toEqual([['url-credentials', 'pass']]);
		expect(
			only(
				'see postgres://user:${DB_PASSWORD}@db/x, https://user:<password>@host and redis://:****@localhost'
			)
		).toEqual([]);
	});

	it('finds HTTP Basic credentials in headers and curl, and only base64 that decodes to user:password', () => {
		const basic = btoa(`ops:${pw}`);
		expect(only(`curl -H 'Authorization: Basic ${basic}' https://x`)).toContainEqual([
			'http-basic-auth',
			basic,
		]);
		expect(only(`curl --user ops:${pw} https://x`)).toContainEqual(['curl-auth-user', pw]);
		expect(only('Authorization: Basic dXNlcjpwYXNz and curl -u user:pass https://x')).toEqual([
			['http-basic-auth', 'dXNlcjpwYXNz'],
			['curl-auth-user', 'pass'],
		]);
		expect(
			only(
				'We use Basic authentication and Basic Authorization headers; curl -u $USER:$TOKEN https://x'
			)
		).toEqual([]);
	});

	it('finds a token hidden in base64 (one level), the whole encoded run being the secret', () => {
		const token = cat('gh', 'p_', fake(ALNUM, 36));
		for (const encoded of [btoa(`token: ${token}`), b64url(`{"t":"${token}"}`)]) {
			expect(only(`config ${encoded} end`)).toContainEqual(['base64:github-pat', encoded]);
		}
		expect(only(`twice ${btoa(btoa(token))}`)).toEqual([]);
	});

	it('finds SendGrid, Grafana service-account and Slack webhook paths without their host', () => {
		const sendgrid = cat('S', 'G.', fake(TOKEN, 22), '.', fake(TOKEN, 43));
		const grafana = cat('gl', 'sa_', fake(ALNUM, 32), '_', fake(HEX, 8));
		const path = `/services/T${fake(UPPER_ALNUM, 8)}/B${fake(UPPER_ALNUM, 10)}/${fake(ALNUM, 24)}`;
		expect(only(`SENDGRID=${sendgrid} grafana ${grafana} path ${path}.`)).toEqual([
			['sendgrid-api-token', sendgrid],
			['grafana-service-account-token', grafana],
			['slack-webhook-path', path],
		]);
	});

	it('finds a token that ends a sentence or sits in brackets', () => {
		const token = jwt();
		const stripe = cat('sk', '_live_', fake(ALNUM, 24));
		expect(only(`It was ${token}. Then (${stripe}), rotated.`)).toEqual([
			['jwt', token],
			['stripe-access-token', stripe],
		]);
	});

	it("finds a GCP service account's private_key, and a key pasted without its end line up to its last base64 line", () => {
		const pem = cat(
			'-----BEGIN ',
			'PRIVATE KEY-----\\n',
			fake(B64, 64),
			'\\n',
			fake(B64, 20),
			'\\n-----END PRIVATE KEY-----'
		);
		const json = JSON.stringify({ type: 'service_account', private_key_id: fake(HEX, 40) }).replace(
			'}',
			`,"private_key":"${pem}\\n"}`
		);
		expect(only(json).map(([rule]) => rule)).toEqual(['gcp-service-account-key-id', 'private-key']);
		expect(only(json)[1]![1]).toBe(pem);
		const truncated = cat(
			'-----BEGIN ',
			'OPENSSH PRIVATE KEY-----\n',
			fake(B64, 70),
			'\n',
			fake(B64, 30)
		);
		expect(only(`${truncated}\n\nWe rotated the key at 10:02.`)).toEqual([
			['private-key', truncated],
		]);
	});

	it("keeps gitleaks' entropy and allowlists for generic assignments", () => {
		expect(shannonEntropy('aaaaaaaaaa')).toBe(0);
		expect(
			only(
				'secret=aaaaaaaaaaaaaa password: hunter2hunter2 author=Jane.Doe-1985 key_id=4d3c2b1a9f8e7d6c'
			)
		).toEqual([]);
		expect(only('import { ApiKeys, UserI18nSchema } from "./i18n"')).toEqual([]);
		expect(only(`AWS_ACCESS_KEY_ID=${cat('AK', 'IA', 'IOSFODNN7EXAMPLE')}`)).toEqual([]);
	});
});

describe('findSecrets: no false positives', () => {
	it('on 323 real public status updates and 96 titles', () => {
		const corpus = JSON.parse(
			readFileSync(join(ROOT, 'tests/fixtures/public-text/updates.json'), 'utf8')
		) as { incidents: { name: string; updates: { body: string }[] }[] };
		const texts = corpus.incidents.flatMap((i) => [i.name, ...i.updates.map((u) => u.body)]);
		expect(texts.length).toBeGreaterThan(400);
		expect(
			texts.flatMap((t) => findSecrets(t).map((s) => `${s.rule}: ${text(s, t)} in ${t}`))
		).toEqual([]);
	});

	it("on the example content's text", () => {
		expect(scanTree(join(ROOT, 'content'), /\.(mdx?|ya?ml)$/)).toEqual([]);
	});

	it('on hashes, UUIDs, digests, versions and long words in prose', () => {
		const prose = [
			`Reverted ${fake(HEX, 40)} and ${fake(HEX, 40).toUpperCase()} (short ${fake(HEX, 7)}).`,
			`Request ${uuid()} failed; trace id ${fake(HEX, 32)}.`,
			`The image digest was sha256:${fake(HEX, 64)}, and the tarball's sha512-${fake(B64, 86)}==.`,
			'Upgraded from v1.24.3-rc.1+build.20261202 to 2.0.0-beta.17; API version 2024-06-01 and api-version=2023-11-15-preview.',
			'Internationalization, counterrevolutionaries, incomprehensibilities and electroencephalographically.',
			'The access token expired; the secret is rotated: all keys were revoked at 10:02:00 UTC.',
			'Bearer tokens and Basic auth are both supported; password reset links expire after 24 hours.',
			'Tracking API down: pg-tracking-01 disk full; Payments API degraded: checkout-v2 errors at 10:02.',
		];
		expect(prose.flatMap((t) => findSecrets(t).map((s) => `${s.rule}: ${text(s, t)}`))).toEqual([]);
	});

	it("on Starlight's and Pagefind's CSS and JavaScript", () => {
		expect(
			scanTree(join(ROOT, 'node_modules/@astrojs/starlight'), /\.(css|m?js|ts|astro)$/)
		).toEqual([]);
		expect(scanTree(join(ROOT, 'node_modules/pagefind'), /\.(css|m?js)$/)).toEqual([]);
	});
});

/** @returns each finding in the files under `dir` whose names match `names`, as `file rule: secret`. */
function scanTree(dir: string, names: RegExp): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && names.test(e.name))
		.flatMap((e) => {
			const file = join(e.parentPath, e.name);
			const content = readFileSync(file, 'utf8');
			return findSecrets(content).map((s) => `${file} ${s.rule}: ${text(s, content)}`);
		});
}
