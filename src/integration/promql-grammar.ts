/**
 * A small TextMate grammar for PromQL, which Shiki does not ship. Runbooks are full of PromQL; without it every block
 * renders unhighlighted and the build warns once per block.
 */
export const promqlGrammar = {
	name: 'promql',
	scopeName: 'source.promql',
	aliases: ['prometheus'],
	patterns: [
		{ match: '#.*$', name: 'comment.line.number-sign.promql' },
		{
			begin: '"',
			end: '"',
			name: 'string.quoted.double.promql',
			patterns: [{ match: '\\\\.', name: 'constant.character.escape.promql' }],
		},
		{ begin: "'", end: "'", name: 'string.quoted.single.promql' },
		{ begin: '`', end: '`', name: 'string.quoted.other.promql' },
		{
			match:
				'\\b(sum|min|max|avg|group|stddev|stdvar|count|count_values|bottomk|topk|quantile|limitk|limit_ratio)\\b',
			name: 'keyword.operator.aggregation.promql',
		},
		{
			match:
				'\\b(by|without|on|ignoring|group_left|group_right|offset|bool|and|or|unless|atan2)\\b',
			name: 'keyword.other.promql',
		},
		{ match: '\\b([a-z_]+)(?=\\s*\\()', name: 'support.function.promql' },
		{
			match: '\\[[0-9]+(ms|s|m|h|d|w|y)(:[0-9]*(ms|s|m|h|d|w|y)?)?\\]',
			name: 'constant.other.range.promql',
		},
		{ match: '\\b[0-9]+(\\.[0-9]+)?(e[+-]?[0-9]+)?\\b', name: 'constant.numeric.promql' },
		{ match: '(=~|!~|!=|==|<=|>=|=|<|>|\\+|-|\\*|/|%|\\^)', name: 'keyword.operator.promql' },
		{ match: '\\b[a-zA-Z_:][a-zA-Z0-9_:]*\\b', name: 'variable.other.metric.promql' },
	],
};
