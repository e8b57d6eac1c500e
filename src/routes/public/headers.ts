/** `_headers`: CORS and cache lifetimes of the public site, for Netlify and Cloudflare Pages (`model/public/headers.ts`). */
import { headersFile, publicHeaderRules } from '../../model/public/headers.ts';

export const GET = () => new Response(headersFile(publicHeaderRules()), { headers: { 'content-type': 'text/plain' } });
