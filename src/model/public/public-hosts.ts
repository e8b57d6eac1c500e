/**
 * Public vocabulary for addresses: which hosts and emails may appear on the public site. Explicit, so that everything
 * else stays internal: the public site and its parent domains, hosts named by components, and the hosts under the
 * domains a team declares public (`redaction.publicDomains`, by default the public site's parent domain), except
 * those with an infrastructure label (`db.prod.acme.com`) and anything under an internal domain.
 */
import type { Handbook } from '../handbook.ts';
import { findHostnames, isInfrastructureHost, isUnder, registrableDomain } from './hostnames.ts';
import { plainText } from './normalize.ts';

/** @returns `redaction.publicDomains`, else the public site's parent domain (`status.acme.com` → `acme.com`). */
export function publicDomains(handbook: Handbook): string[] {
	const { redaction, sites } = handbook.config;
	return redaction.publicDomains ?? [registrableDomain(new URL(sites.public).hostname)];
}

const memo = new WeakMap<Handbook, Set<string>>();

/** @returns the hosts declared public by name: the public site, its parent domains, hosts named by components. */
export function declaredPublicHosts(handbook: Handbook): Set<string> {
	let hosts = memo.get(handbook);
	if (hosts) return hosts;
	const { config } = handbook;
	hosts = new Set<string>();
	const labels = new URL(config.sites.public).hostname.toLowerCase().split('.');
	for (let i = 0; i < labels.length - 1; i++) hosts.add(labels.slice(i).join('.'));
	const declared = [
		config.org.name,
		...config.components.flatMap((c) => [c.name, c.description ?? '', c.group ?? '']),
	].join('\n');
	for (const host of findHostnames(plainText(declared))) hosts.add(host.value.toLowerCase());
	memo.set(handbook, hosts);
	return hosts;
}

/** @returns whether a hostname may appear publicly (see the module comment). */
export function isPublicHost(handbook: Handbook, host: string): boolean {
	const { internalDomains } = handbook.config.redaction;
	if (
		internalDomains.some((domain) => isUnder(host, domain)) ||
		isUnder(host, new URL(handbook.config.sites.internal).hostname)
	)
		return false;
	if (declaredPublicHosts(handbook).has(host.toLowerCase())) return true;
	return (
		publicDomains(handbook).some((domain) => isUnder(host, domain)) &&
		!isInfrastructureHost(host, [], [])
	);
}
