/**
 * The fixed vocabulary of the benchmark's fictional company: teams, names, services, public components, failure
 * symptoms with their PromQL and regions. The generator combines these with a seeded random source.
 */

export const TEAMS = [
	{ id: 'platform', name: 'Platform & Reliability' },
	{ id: 'payments', name: 'Payments' },
	{ id: 'ledger', name: 'Ledger & Payouts' },
	{ id: 'accounts', name: 'Accounts & Messaging' },
	{ id: 'risk', name: 'Risk & Compliance' },
	{ id: 'data', name: 'Data Platform' },
] as const;

export const FIRST_NAMES = [
	'Alice',
	'Bilal',
	'Carmen',
	'Dmitri',
	'Esther',
	'Farid',
	'Greta',
	'Hiroshi',
	'Ines',
	'Jonas',
	'Keiko',
	'Lucas',
	'Maren',
	'Nadia',
	'Oskar',
	'Paula',
	'Quentin',
	'Rosa',
	'Stefan',
	'Tamar',
	'Ulrike',
	'Viktor',
	'Wanda',
	'Yusuf',
	'Zofia',
];
export const LAST_NAMES = [
	'Achterberg',
	'Brennan',
	'Castellano',
	'Dvorak',
	'Eriksen',
	'Fontaine',
	'Gallagher',
	'Haverkamp',
	'Iwasaki',
	'Jablonski',
	'Kowalczyk',
	'Lindqvist',
	'Moreau',
	'Nakamura',
	'Okonkwo',
	'Petrovic',
	'Quispe',
	'Rasmussen',
	'Szabo',
	'Tavares',
];

/** Public status components (name and description are public by declaration). */
export const COMPONENTS = [
	{
		id: 'api',
		name: 'Payments API',
		description: 'The public REST API used by merchant servers and our SDKs.',
		group: 'Developers',
	},
	{
		id: 'checkout',
		name: 'Hosted Checkout',
		description: 'Payment pages, card and wallet payments, 3-D Secure challenges.',
		group: 'Payments',
	},
	{
		id: 'dashboard',
		name: 'Merchant Dashboard',
		description: 'Login, reports, refunds and settings.',
		group: 'Merchants',
	},
	{
		id: 'webhooks',
		name: 'Webhooks',
		description: 'Event notifications sent to merchant endpoints.',
		group: 'Developers',
	},
	{
		id: 'payouts',
		name: 'Payouts',
		description: 'Transfers of settled funds to merchant bank accounts.',
		group: 'Payments',
	},
	{
		id: 'notifications',
		name: 'Email Notifications',
		description: 'Receipts to shoppers and account emails to merchants.',
		group: 'Merchants',
	},
] as const;

/** Internal services: owning team and the public component they are part of (none: invisible publicly). */
export const SERVICES: readonly { id: string; team: string; component?: string }[] = [
	{ id: 'checkout-api', team: 'payments', component: 'checkout' },
	{ id: 'payment-router', team: 'payments', component: 'checkout' },
	{ id: 'three-ds-server', team: 'payments', component: 'checkout' },
	{ id: 'card-vault', team: 'payments' },
	{ id: 'api-gateway', team: 'platform', component: 'api' },
	{ id: 'oauth-server', team: 'platform', component: 'api' },
	{ id: 'rate-limiter', team: 'platform' },
	{ id: 'service-mesh', team: 'platform' },
	{ id: 'ledger', team: 'ledger' },
	{ id: 'payout-scheduler', team: 'ledger', component: 'payouts' },
	{ id: 'settlement-batch', team: 'ledger', component: 'payouts' },
	{ id: 'fx-rates', team: 'ledger' },
	{ id: 'merchant-dashboard', team: 'accounts', component: 'dashboard' },
	{ id: 'auth', team: 'accounts', component: 'dashboard' },
	{ id: 'webhook-worker', team: 'accounts', component: 'webhooks' },
	{ id: 'email-sender', team: 'accounts', component: 'notifications' },
	{ id: 'fraud-scoring', team: 'risk' },
	{ id: 'kyc-checks', team: 'risk' },
	{ id: 'sanctions-screening', team: 'risk' },
	{ id: 'event-bus', team: 'data' },
	{ id: 'reporting-warehouse', team: 'data', component: 'dashboard' },
	{ id: 'search-index', team: 'data' },
];

export interface Symptom {
	/** Suffix of alert names: CheckoutApi + HighErrorRate. */
	key: string;
	/** Lowercase words for titles: "high error rate". */
	phrase: string;
	/** What customers see, for public titles and updates: "elevated error rates". */
	publicPhrase: string;
	expr: (job: string) => string;
	forDuration: string;
	meaning: string;
	cause: string;
}

export const SYMPTOMS: readonly Symptom[] = [
	{
		key: 'HighErrorRate',
		phrase: 'high error rate',
		publicPhrase: 'elevated error rates',
		forDuration: '5m',
		expr: (job) =>
			`sum(rate(http_requests_total{job="${job}", code=~"5.."}[5m]))\n  / sum(rate(http_requests_total{job="${job}"}[5m])) > 0.02`,
		meaning: 'More than 2% of requests returned a 5xx for five minutes',
		cause: 'a bad deploy, an exhausted connection pool or a failing dependency',
	},
	{
		key: 'LatencyHigh',
		phrase: 'latency high',
		publicPhrase: 'slow responses',
		forDuration: '10m',
		expr: (job) =>
			`histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{job="${job}"}[5m]))) > 2.5`,
		meaning: 'The p95 latency stayed above 2.5 seconds for ten minutes',
		cause: 'slow queries, garbage collection pauses or a saturated upstream',
	},
	{
		key: 'PodsCrashLooping',
		phrase: 'pods crash looping',
		publicPhrase: 'intermittent failures',
		forDuration: '15m',
		expr: (job) =>
			`increase(kube_pod_container_status_restarts_total{container="${job}"}[15m]) > 3`,
		meaning: 'Containers restarted more than three times in fifteen minutes',
		cause: 'an out-of-memory kill, a failing readiness probe or a missing secret',
	},
	{
		key: 'QueueBacklog',
		phrase: 'queue backlog growing',
		publicPhrase: 'delayed processing',
		forDuration: '10m',
		expr: (job) => `sum(kafka_consumergroup_lag{consumergroup="${job}"}) > 50000`,
		meaning: 'Consumer lag stayed above 50,000 messages for ten minutes',
		cause: 'slow consumers, a poison message or a partition rebalance loop',
	},
	{
		key: 'DiskFillingUp',
		phrase: 'disk filling up',
		publicPhrase: 'degraded performance',
		forDuration: '30m',
		expr: (job) => `predict_linear(node_filesystem_avail_bytes{job="${job}"}[6h], 4 * 3600) < 0`,
		meaning: 'At the current rate a volume is full within four hours',
		cause: 'log growth, a stuck compaction or a forgotten debug dump',
	},
	{
		key: 'CertificateExpiringSoon',
		phrase: 'certificate expiring soon',
		publicPhrase: 'connection errors',
		forDuration: '1h',
		expr: (job) => `probe_ssl_earliest_cert_expiry{job="${job}"} - time() < 14 * 86400`,
		meaning: 'A served certificate expires within fourteen days',
		cause: 'a renewal job that failed silently or a certificate outside cert-manager',
	},
	{
		key: 'ReplicaLag',
		phrase: 'replica lag',
		publicPhrase: 'stale data in reports',
		forDuration: '10m',
		expr: (job) => `max(pg_replication_lag_seconds{job="${job}"}) > 300`,
		meaning: 'A read replica is more than five minutes behind its primary',
		cause: 'a long-running transaction, vacuum pressure or network saturation',
	},
	{
		key: 'ConnectionPoolExhausted',
		phrase: 'connection pool exhausted',
		publicPhrase: 'failed requests',
		forDuration: '3m',
		expr: (job) => `sum(pgbouncer_pools_client_waiting_connections{job="${job}"}) > 20`,
		meaning: 'More than twenty clients waited for a database connection for three minutes',
		cause: 'a traffic spike, slow transactions holding connections or a pool sized for last year',
	},
	{
		key: 'MemoryPressure',
		phrase: 'memory pressure',
		publicPhrase: 'degraded performance',
		forDuration: '15m',
		expr: (job) =>
			`container_memory_working_set_bytes{container="${job}"} / container_spec_memory_limit_bytes > 0.9`,
		meaning: 'Containers used more than 90% of their memory limit for fifteen minutes',
		cause: 'a leak after a release, a cache without bounds or a large batch request',
	},
	{
		key: 'JobFailed',
		phrase: 'scheduled job failed',
		publicPhrase: 'delays',
		forDuration: '0m',
		expr: (job) => `kube_job_status_failed{job_name=~"${job}.*"} > 0`,
		meaning: 'A scheduled job ended in failure',
		cause: 'an expired credential, a schema change upstream or a timeout on a large run',
	},
	{
		key: 'TrafficDrop',
		phrase: 'traffic drop',
		publicPhrase: 'failed requests',
		forDuration: '10m',
		expr: (job) =>
			`sum(rate(http_requests_total{job="${job}"}[5m])) < 0.4 * sum(rate(http_requests_total{job="${job}"}[5m] offset 1w))`,
		meaning: 'Requests fell below 40% of the same time last week',
		cause: 'a DNS change, a broken load balancer rule or an upstream outage',
	},
	{
		key: 'SaturationHigh',
		phrase: 'CPU saturation',
		publicPhrase: 'slow responses',
		forDuration: '15m',
		expr: (job) =>
			`sum(rate(container_cpu_usage_seconds_total{container="${job}"}[5m])) / sum(kube_pod_container_resource_limits{container="${job}", resource="cpu"}) > 0.85`,
		meaning: 'CPU use stayed above 85% of the limit for fifteen minutes',
		cause: 'a traffic surge, a hot loop in a new release or noisy neighbours',
	},
];

export const REGIONS = [
	'eu-west-1',
	'eu-central-1',
	'us-east-1',
	'us-west-2',
	'ap-southeast-1',
	'sa-east-1',
	'eu-north-1',
	'ap-northeast-1',
];

/** Confidential words the handbook declares: code names and customer names appear only in internal text. */
export const CODE_NAMES = ['Kestrel', 'Osprey', 'Bluefin'];
export const CUSTOMERS = [
	'Brightwater Outfitters',
	'Norrsken Travel',
	'Halden Foods',
	'Tavola Kitchens',
];

/** @returns "checkout-api" as "CheckoutApi" (alert name prefix) */
export const pascal = (id: string) =>
	id
		.split('-')
		.map((part) => part.charAt(0).toUpperCase() + part.slice(1))
		.join('');
/** @returns "checkout-api" as "Checkout API"-like display name */
export const displayName = (id: string) =>
	id
		.split('-')
		.map((part) =>
			['api', 'fx', 'kyc', 'oauth'].includes(part)
				? part.toUpperCase()
				: part.charAt(0).toUpperCase() + part.slice(1)
		)
		.join(' ');
