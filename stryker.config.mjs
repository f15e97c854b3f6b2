// Mutation testing of the pure logic (`npm run mutate`); how to run it and read the report:
// docs/mutation-testing.md. Not part of `npm test`.
export default {
	testRunner: 'vitest',
	plugins: ['@stryker-mutator/vitest-runner'],
	vitest: { configFile: 'stryker.vitest.config.ts', related: true },
	coverageAnalysis: 'perTest',
	// The machine is shared: two workers at most.
	concurrency: 2,
	mutate: [
		'src/grant-check/{engine,flow,url}.ts',
		'src/cooperation-picker/{engine,url}.ts',
		'src/versions/{model,extract,compare,diff,rules-diff}.ts',
		'src/annual-cycle/{derive,resolve,calendar,ics}.ts',
		'src/ground-rules/{state,markdown}.ts',
		'src/question-kit/url-answers.ts',
		'src/i18n/{lang,fill,bilingual}.ts',
		'src/data/{load,sections}.ts',
	],
	// Kept on this machine only (reports/ is gitignored): see docs/adr/1000-mutation-testing-stryker.md.
	incremental: true,
	incrementalFile: 'reports/stryker-incremental.json',
	reporters: ['html', 'json', 'clear-text', 'progress'],
	htmlReporter: { fileName: 'reports/mutation/index.html' },
	jsonReporter: { fileName: 'reports/mutation/mutation.json' },
	clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
	ignorePatterns: ['dist', '.astro', 'tmp', 'reports', 'tests/browser', 'tests/built', 'public/pagefind'],
	timeoutMS: 60_000,
	thresholds: { high: 90, low: 80, break: null },
};
