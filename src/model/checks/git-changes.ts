/**
 * The content files changed in git, for `firebreak check --changed`: what a pre-commit hook (changes against `HEAD`,
 * staged or not, and new files) and a pull request (changes since the merge base with `--base`) want checked. The
 * content folder may be a subfolder of the repository; paths come back relative to it. The only module that runs git.
 * File I/O: runs `git` in the content folder (the changed files are git's answer, not the content's).
 */
import { execFileSync } from 'node:child_process';
import { isAbsolute, resolve } from 'node:path';
import { didYouMean } from '../../schemas/did-you-mean.ts';

/** Git could not answer: not a repository, no git, an unknown `--base`. The message says which, for the person. */
export class GitError extends Error {}

/**
 * @param dir the content folder
 * @param base a branch, tag or commit: compare with the merge base of it and `HEAD` (default: `HEAD` itself)
 * @returns the content-relative paths of files changed since then (in the index or the work tree, deleted ones
 * included) and of untracked files that are not ignored, sorted
 */
export function changedFiles(dir: string, base?: string): string[] {
	const run = (args: string[], input?: string) => git(dir, args, input);
	if (run(['rev-parse', '--is-inside-work-tree']).trim() !== 'true')
		throw new GitError(`--changed needs a git work tree; ${dir} is not in one`);
	const since = base === undefined ? headOrEmptyTree(run) : mergeBase(run, base);
	// -z: paths exactly as they are (no quoting); --relative: only the content folder, relative to it.
	const changed = run(['diff', '--name-only', '-z', '--relative', '--no-renames', since]);
	const untracked = run(['ls-files', '--others', '--exclude-standard', '-z']);
	return [...new Set(`${changed}${untracked}`.split('\0').filter(Boolean))].sort();
}

/** @returns `HEAD`, or git's empty tree in a repository without a commit yet (every file is then new). */
function headOrEmptyTree(run: (args: string[], input?: string) => string): string {
	try {
		return run(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']).trim();
	} catch {
		return run(['hash-object', '-t', 'tree', '--stdin'], '').trim();
	}
}

function mergeBase(run: (args: string[]) => string, base: string): string {
	// Never an option of git's: `--base --output=x` names no commit.
	if (base.startsWith('-')) throw new GitError(`--base ${base} names no branch, tag or commit`);
	try {
		run(['rev-parse', '--verify', '--quiet', `${base}^{commit}`]);
	} catch {
		const refs = run(['for-each-ref', '--format=%(refname:short)']).split('\n').filter(Boolean);
		const hint = didYouMean(base, refs);
		throw new GitError(
			`--base ${base} names no branch, tag or commit of this repository${hint ? `; ${hint}` : ''}`
		);
	}
	try {
		return run(['merge-base', base, 'HEAD']).trim();
	} catch {
		throw new GitError(
			`--base ${base} shares no history with HEAD: there is no merge base to compare with`
		);
	}
}

/** Runs git in `cwd`; a hook's relative GIT_DIR or GIT_INDEX_FILE is made absolute first, since `cwd` may differ. */
function git(cwd: string, args: string[], input?: string): string {
	const env = { ...process.env };
	for (const name of [
		'GIT_DIR',
		'GIT_WORK_TREE',
		'GIT_INDEX_FILE',
		'GIT_COMMON_DIR',
		'GIT_OBJECT_DIRECTORY',
	] as const) {
		const value = env[name];
		if (value && !isAbsolute(value)) env[name] = resolve(value);
	}
	try {
		return execFileSync('git', args, {
			cwd,
			env,
			encoding: 'utf8',
			input,
			stdio: ['pipe', 'pipe', 'pipe'],
			maxBuffer: 256 * 1024 * 1024,
		});
	} catch (error) {
		const { code, stderr, status } = error as { code?: string; stderr?: string; status?: number };
		if (code === 'ENOENT')
			throw new GitError('--changed needs git, which is not installed (or not on PATH)');
		// `rev-parse --verify --quiet` fails silently: the callers above turn that into their own message.
		if (status === 1 && !stderr) throw error;
		const said = stderr?.trim().split('\n')[0] ?? String(error);
		throw new GitError(
			/not a git repository/.test(said)
				? `--changed needs a git work tree; ${cwd} is not in one`
				: `git ${args[0]} failed: ${said}`
		);
	}
}
