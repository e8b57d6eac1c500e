declare module 'virtual:firebreak/config' {
	const options: import('./integration/site-context.ts').BuildOptions;
	export default options;
}
