/**
 * A static file server on 127.0.0.1 for built-site and browser tests: serves a `dist/<site>` folder like a plain host,
 * or like Netlify, with the site's `_headers` rules read by Netlify's own parser and applied.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.atom': 'application/atom+xml',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain',
};

export interface StaticServer {
	url: string;
	close(): Promise<void>;
}

export interface ServeOptions {
	/**
	 * Serve like Netlify: apply the rules of `<root>/_headers` to every response and publish neither `_headers` nor
	 * `_redirects`. A file Netlify's parser reports errors in fails here.
	 */
	hostHeaders?: boolean;
}

/** The files a host that reads them keeps to itself. */
const HOST_FILES = new Set(['/_headers', '/_redirects']);

/** @returns a server for `root` on a free loopback port; `/x/` serves `x/index.html`. */
export async function serve(root: string, options: ServeOptions = {}): Promise<StaticServer> {
	const rules = options.hostHeaders ? await headerRules(root) : undefined;
	const server: Server = createServer(async (request, response) => {
		const path = normalize(
			decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
		).replace(/^(\.\.[/\\])+/, '');
		let file = join(root, path);
		try {
			if (rules && HOST_FILES.has(path)) throw new Error('not published');
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
			const body = await readFile(file);
			response.writeHead(200, {
				'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
				...(rules ? headersFor(rules, path) : {}),
			});
			response.end(body);
		} catch {
			response.writeHead(404, { 'content-type': 'text/html' });
			response.end(await readFile(join(root, '404.html')).catch(() => 'not found'));
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (address === null || typeof address === 'string') throw new Error('no port');
	return {
		url: `http://127.0.0.1:${address.port}`,
		// Browsers keep connections alive: without closing them, `close()` waits for their idle timeout.
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}

/** @returns the rules of `<root>/_headers`, parsed by `@netlify/headers-parser`; throws on what it reports. */
async function headerRules(root: string): Promise<Header[]> {
	const { headers, errors } = await parseAllHeaders({
		headersFiles: [join(root, '_headers')],
		configHeaders: [],
		minimal: false,
	});
	if (errors.length > 0)
		throw new Error(`${join(root, '_headers')}:\n${errors.map((e) => e.message).join('\n')}`);
	return headers as Header[];
}

/**
 * @returns the headers of every rule matching `path`, a later rule's value replacing an earlier one's, as Netlify's
 * own engine (`@netlify/headers`, behind `netlify dev`) does; Cloudflare Pages joins them instead, which is why the
 * site's rules never overlap (tests/public/hosting-headers.test.ts)
 */
export function headersFor(rules: readonly Header[], path: string): Record<string, string> {
	return Object.assign(
		{},
		...rules.filter((rule) => rule.forRegExp.test(path)).map((rule) => rule.values)
	);
}
