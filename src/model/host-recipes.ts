/**
 * The site-wide headers of `site-headers.ts` written for hosts that do not read `_headers`: an nginx `server` block
 * and a CloudFront response headers policy. The manual's recipes (src/docs/deployment.md) are these blocks
 * (`scripts/update-docs.ts` writes them, `tests/docs/generated.test.ts` compares), so they never drift from `_headers`.
 */
import { siteWideHeaders, type SiteName } from './site-headers.ts';

/**
 * Stands for the inline-script hashes in the recipes: they change when a script does, so a deploy step copies the
 * `Content-Security-Policy` line of the built `dist/<site>/_headers` rather than the manual's.
 */
const HASHES_PLACEHOLDER = 'sha256-HASHES-FROM-DIST-_headers';

/** @returns `add_header` lines for a site's nginx `server` block */
function nginxHeaders(
	site: SiteName,
	scriptHashes: readonly string[] = [HASHES_PLACEHOLDER]
): string {
	// `always`: nginx adds headers to 2xx and 3xx answers only unless told; the 404 page needs the policy too.
	return Object.entries(siteWideHeaders(site, scriptHashes))
		.map(([name, value]) => `add_header ${name} "${value}" always;`)
		.join('\n');
}

/** @returns the `ResponseHeadersPolicyConfig` of `aws cloudfront create-response-headers-policy` for a site */
function cloudFrontPolicy(
	site: SiteName,
	scriptHashes: readonly string[] = [HASHES_PLACEHOLDER]
): object {
	const headers = siteWideHeaders(site, scriptHashes);
	const custom = ['Permissions-Policy', 'Cross-Origin-Opener-Policy', 'X-Robots-Tag'].filter(
		(name) => name in headers
	);
	return {
		Name: `firebreak-${site}`,
		SecurityHeadersConfig: {
			ContentSecurityPolicy: {
				ContentSecurityPolicy: headers['Content-Security-Policy'],
				Override: true,
			},
			ContentTypeOptions: { Override: true },
			FrameOptions: { FrameOption: headers['X-Frame-Options'], Override: true },
			ReferrerPolicy: { ReferrerPolicy: headers['Referrer-Policy'], Override: true },
			StrictTransportSecurity: {
				AccessControlMaxAgeSec: Number(
					/max-age=(\d+)/.exec(headers['Strict-Transport-Security']!)![1]
				),
				IncludeSubdomains: false,
				Preload: false,
				Override: true,
			},
		},
		CustomHeadersConfig: {
			Quantity: custom.length,
			Items: custom.map((name) => ({ Header: name, Value: headers[name], Override: true })),
		},
	};
}

/** @returns the manual's block of a site's recipes: nginx, then CloudFront */
export function recipesBlock(site: SiteName): string {
	return [
		'```nginx',
		nginxHeaders(site),
		'```',
		'',
		'```json',
		JSON.stringify(cloudFrontPolicy(site), null, 2),
		'```',
	].join('\n');
}
