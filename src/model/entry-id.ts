/**
 * The id of a file-based entry is its path inside its collection folder, without extension, lowercased:
 * `runbooks/payments/PaymentsApiHighErrorRate.mdx` → `payments/paymentsapihigherrorrate`. Astro's glob loaders use
 * this same function (`generateId`), so a page's collection entry and its model entry always share the id.
 */
export function entryId(relativePath: string): string {
	return relativePath
		.replace(/\\/g, '/')
		.replace(/\.(mdx|md|ya?ml)$/i, '')
		.split('/')
		.map((segment) =>
			segment
				.toLowerCase()
				.replace(/[^a-z0-9._-]+/g, '-')
				.replace(/^-+|-+$/g, '')
		)
		.filter(Boolean)
		.join('/');
}
