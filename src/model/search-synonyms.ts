/**
 * Words an on-call engineer types for what a runbook's alerts call by another name: "disk" for a filesystem or a
 * PersistentVolume, "will fill" for "filling up", "cert" for "certificate". Pagefind matches only the words a page
 * holds (every word of the query, stemmed), so a runbook page lists the other words of each group its own words
 * touch, and `search.synonyms` in handbook.yaml adds a team's groups.
 */
import stem from 'wink-porter2-stemmer';

/** Each group: names of one thing, any of which on a runbook brings in the others. Phrases match word by word. */
export const SRE_SYNONYMS: readonly (readonly string[])[] = [
	['disk', 'filesystem', 'file system', 'volume', 'partition'],
	['persistent volume', 'pv', 'pvc', 'persistent volume claim'],
	[
		'full',
		'filling up',
		'fill up',
		'will fill',
		'out of space',
		'run out of space',
		'no space left',
		'low space',
	],
	['inode', 'out of inodes', 'file count'],
	['file descriptor', 'fd', 'open files', 'too many open files', 'ulimit'],
	['memory', 'ram', 'oom', 'out of memory', 'oom killed', 'oomkilled', 'memory pressure'],
	['cpu', 'processor', 'high load', 'load average'],
	['throttling', 'throttled', 'rate limited'],
	['crashloop', 'crash loop', 'crashloopbackoff', 'restarting', 'keeps restarting', 'restart loop'],
	['not ready', 'unready', 'notready', 'unhealthy'],
	['pending', 'unschedulable', 'cannot be scheduled', 'failed scheduling'],
	['certificate', 'cert', 'tls', 'ssl', 'x509'],
	['expiration', 'expiry', 'expire', 'expired', 'about to expire'],
	['latency', 'slow', 'slowness', 'response time'],
	['timeout', 'timed out', 'deadline exceeded'],
	['down', 'unreachable', 'unavailable', 'not responding', 'offline'],
	['5xx', '500s', 'server errors', 'error rate'],
	['flapping', 'flaps', 'unstable', 'up and down'],
	['no leader', 'leader election', 'lost quorum', 'split brain'],
	['replicas mismatch', 'missing replicas', 'not enough replicas', 'unavailable replicas'],
	['max replicas', 'maxed out', 'at capacity', 'cannot scale'],
	['hpa', 'horizontal pod autoscaler', 'autoscaler'],
	['clock skew', 'clock drift', 'time drift', 'ntp', 'clock out of sync'],
	['dns', 'name resolution', 'nxdomain'],
	['packet loss', 'dropped packets', 'network errors', 'connectivity'],
	['conntrack', 'connection tracking'],
	['config', 'configuration', 'misconfiguration', 'bad config'],
	['notification', 'notify', 'alerts not delivered', 'pages not sent'],
	['queue', 'backlog', 'consumer lag', 'queue depth'],
	['apiserver', 'api server', 'control plane'],
	['database', 'db', 'datastore'],
	['error budget', 'burn rate', 'slo'],
	['raid', 'degraded array', 'mdadm'],
];

/** @returns the stemmed words of a text, camel case split: "KubePodCrashLooping" → kube, pod, crash, loop. */
function stems(text: string): string[] {
	return text
		.replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
		.replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean)
		.map((word) => stem(word));
}

/** @returns whether `phrase` (stemmed) occurs in `words` (stemmed) as consecutive words. */
function occurs(
	phrase: readonly string[],
	words: readonly string[],
	joined: ReadonlySet<string>
): boolean {
	if (phrase.length === 1) return joined.has(phrase[0]!);
	return words.some((_, i) => phrase.every((word, j) => words[i + j] === word));
}

/**
 * @returns the synonyms a page's texts call for: every other member of each group that one of the texts mentions,
 * minus what the texts already say, in group order
 */
export function synonymsFor(
	texts: readonly string[],
	groups: readonly (readonly string[])[] = SRE_SYNONYMS
): string[] {
	const words = texts.flatMap((text) => [...stems(text), '']);
	// A one-word member also matches words the text writes as one ("crashlooping", "filesystem").
	const present = new Set([
		...words,
		...texts.flatMap((text) => stems(text.replace(/[\p{Lu}]/gu, (c) => c.toLowerCase()))),
	]);
	const found = new Set<string>();
	for (const group of groups) {
		const members = group.map((member) => ({ member, phrase: stems(member) }));
		if (!members.some(({ phrase }) => occurs(phrase, words, present))) continue;
		for (const { member, phrase } of members)
			if (!occurs(phrase, words, present)) found.add(member);
	}
	return [...found];
}
