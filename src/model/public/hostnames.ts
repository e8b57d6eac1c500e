/**
 * What looks like a hostname or an IP address in prose. Used twice with the same rules: redaction replaces such
 * tokens in public text, and the leak scan looks for every one found in the content. "Looks like" is deliberately
 * broad (deny-by-default) but needs a TLD-like last label, so file names (`values.yaml`), event names
 * (`payment.succeeded`) and versions (`v1.2.3`) are not hostnames.
 */

/** Dotted names: labels of letters, digits and `-`, the last one alphabetic (a TLD-like word). */
const DOTTED =
	/(?<![\p{L}\p{N}_.@-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z](?![\p{L}\p{N}_@-]|\.[\p{L}\p{N}])/giu;

/** Single-label machine names such as `pgbouncer-ledger-0` or `db-prod-3`: words joined by `-`, ending in a number. */
const NUMBERED_HOST =
	/(?<![\p{L}\p{N}_.@-])[a-z][a-z0-9]*(?:-[a-z0-9]+)+-\d+(?![\p{L}\p{N}_-]|\.[\p{L}\p{N}])/gu;

const IPV4 =
	/(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\/\d{1,2})?(?![\d]|\.\d)/g;

/** Full IPv6 (8 groups) or compressed (`::`) forms; plain clock times such as 10:02:00 never match. */
const IPV6 =
	/(?<![\p{L}\p{N}:])(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}|(?:[0-9a-f]{1,4}:){1,7}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})?|::(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6}|ffff:(?:\d{1,3}\.){3}\d{1,3}))(?:\/\d{1,3})?(?![\p{L}\p{N}:])/giu;

/**
 * Last labels that make a dotted token a hostname: every two-letter country code, the common generic TLDs, and the
 * suffixes teams use for private networks. Without this list `payment.succeeded` (an event name) or `values.yaml`
 * would read as hosts.
 */
const TLDS = new Set(
	(
		'com net org edu gov mil int io ai app dev cloud info biz name pro tech site online xyz page link live news blog shop store email ' +
		'systems services network digital solutions tools software host hosting website space run build codes engineering company ' +
		'global group inc ltd team works zone agency consulting finance financial money bank pay cash ' +
		'internal local localdomain lan corp intra intranet private priv home localhost test example invalid svc cluster consul ' +
		'prod production stg stage staging qa uat infra ops mgmt vpn office'
	).split(' ')
);

/** Two-letter labels that are file extensions far more often than country codes. */
const FILE_EXTENSIONS = new Set([
	'md',
	'js',
	'ts',
	'py',
	'go',
	'rs',
	'rb',
	'sh',
	'gz',
	'xz',
	'pl',
	'cc',
	'hh',
	'kt',
]);

/** @returns whether a label is a TLD-like last label (`com`, `internal`, `svc`). */
export function isHostSuffix(label: string): boolean {
	const last = label.toLowerCase();
	if (FILE_EXTENSIONS.has(last)) return false;
	return TLDS.has(last) || /^[a-z]{2}$/.test(last);
}

export interface Found {
	value: string;
	start: number;
	end: number;
}

function* matches(text: string, pattern: RegExp): Generator<Found> {
	for (const match of text.matchAll(pattern))
		yield { value: match[0], start: match.index, end: match.index + match[0].length };
}

/** @returns the hostname-looking tokens of `text` (see the module comment for what counts). */
export function findHostnames(text: string): Found[] {
	const found: Found[] = [];
	for (const match of matches(text, DOTTED)) {
		if (
			isHostSuffix(match.value.slice(match.value.lastIndexOf('.') + 1)) &&
			!isSentenceBreak(match.value)
		)
			found.push(match);
	}
	for (const match of matches(text, NUMBERED_HOST))
		if (!CLOUD_REGION.test(match.value)) found.push(match);
	return found;
}

/** `resolved.No further…`: a full stop without its space, the next sentence capitalized; hosts are written lowercase. */
function isSentenceBreak(value: string): boolean {
	return /[a-z]\.\p{Lu}\p{Ll}*$/u.test(value) && value.split('.').length === 2;
}

/** AWS-style region names (`eu-central-1`, `us-gov-west-1`): public geography, not machines. */
const CLOUD_REGION =
	/^[a-z]{2}(?:-gov|-iso[a-z]?)?-(?:north|south|east|west|central|northeast|southeast|northwest|southwest)-\d$/i;

/** @returns the IPv4 and IPv6 addresses (with an optional CIDR suffix) in `text`. */
export function findIpAddresses(text: string): Found[] {
	const v6 = [...matches(text, IPV6)].filter(
		(m) =>
			/[0-9a-f]/i.test(m.value.replace(/^:+|:+$/g, '')) && m.value.replace(/\/\d+$/, '') !== '::'
	);
	return [...matches(text, IPV4), ...v6];
}

/** Last labels of private networks: a host ending in one is never on the public internet. */
const PRIVATE_SUFFIXES = new Set(
	'internal local localdomain localhost lan corp intra intranet private priv home svc cluster consul test invalid'.split(
		' '
	)
);
/** Labels that mark a host as infrastructure when they appear before its last label (`db.prod.acme.com`). */
const INFRA_LABELS = new Set(
	'internal corp intra intranet private priv prod production stg stage staging dev qa uat int infra ops mgmt vpn svc cluster local k8s'.split(
		' '
	)
);

/**
 * @param host a hostname found in the content
 * @param internalDomains `redaction.internalDomains`
 * @param orgDomains the organisation's own registrable domains (of its two sites)
 * @returns whether the host names the organisation's infrastructure (and so must never be published), as opposed to
 * a public service the content merely mentions (github.com, a vendor's status page)
 */
/** @returns whether a label marks a host as infrastructure (`prod`, `corp`, `vpn`): generic, never distinctive alone. */
export function isInfrastructureLabel(label: string): boolean {
	return INFRA_LABELS.has(label.toLowerCase()) || PRIVATE_SUFFIXES.has(label.toLowerCase());
}

export function isInfrastructureHost(
	host: string,
	internalDomains: readonly string[],
	orgDomains: readonly string[]
): boolean {
	const labels = host.toLowerCase().split('.');
	if (labels.length === 1) return true; // a numbered machine name like pgbouncer-ledger-0
	if (PRIVATE_SUFFIXES.has(labels.at(-1)!)) return true;
	if (labels.slice(0, -1).some((label) => INFRA_LABELS.has(label))) return true;
	return [...internalDomains, ...orgDomains].some((domain) => isUnder(host, domain));
}

/** @returns the registrable domain of a host, roughly: `status.acme.com` → `acme.com`, `www.acme.co.uk` → `acme.co.uk`. */
export function registrableDomain(host: string): string {
	const labels = host.toLowerCase().split('.');
	const secondLevel =
		labels.length >= 3 && labels.at(-1)!.length === 2 && labels.at(-2)!.length <= 3;
	return labels.slice(secondLevel ? -3 : -2).join('.');
}

/** @returns whether `host` is `domain` or one of its subdomains (case-insensitive). */
export function isUnder(host: string, domain: string): boolean {
	const h = host.toLowerCase();
	const d = domain.toLowerCase().replace(/^\.+/, '');
	return h === d || h.endsWith(`.${d}`);
}
