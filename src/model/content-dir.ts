/** Where the content lives: `FIREBREAK_CONTENT` when set (a team's own repository, a test fixture), else `./content`. */
import { resolve } from 'node:path';

export function contentDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
	return resolve(cwd, env.FIREBREAK_CONTENT || 'content');
}
