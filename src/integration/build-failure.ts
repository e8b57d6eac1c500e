/**
 * The error a Firebreak step throws to fail a build (or a page of the dev server): its message is the whole readable block (file, line, what was
 * expected). Astro prints a stack trace under any error that has one, which here would only bury the block.
 */
export class BuildFailure extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'BuildFailure';
		this.stack = '';
	}
}
