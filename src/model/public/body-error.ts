/** The refusal of a body the public site will not publish (kept apart so the parser and the renderer both throw it). */
import type { Problem } from '../problems.ts';

/** Thrown for a body the public site refuses to publish; carries the problem with file, field and line. */
export class PublicBodyError extends Error {
	readonly problem: Problem;
	constructor(problem: Problem) {
		super(
			`${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.expected}; found ${problem.found}`
		);
		this.name = 'PublicBodyError';
		this.problem = problem;
	}
}
