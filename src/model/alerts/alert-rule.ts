/** One alerting rule as read from a rule file in `content/alerts/`. */
export interface AlertRule {
	/** The `alert:` name, the key that links an alert to its runbook. */
	name: string;
	/** Path of the rule file, relative to the content folder. */
	file: string;
	/**
	 * Where the rule sits in its file, like `spec.groups.0.rules.3`; files with several YAML documents prefix the
	 * document (`documents.1.spec.groups.0.rules.3`).
	 */
	field: string;
	/** 1-based line of the rule's `alert:` key. */
	line: number;
	/** The `name` of the rule group. */
	group: string;
	/** The PromQL expression, exactly as written. */
	expr: string;
	/** The `for:` duration, when the rule has one. */
	for?: string;
	/** Labels and annotations as written: Go templates such as `{{ $labels.pod }}` are kept, never expanded. */
	labels: Readonly<Record<string, string>>;
	annotations: Readonly<Record<string, string>>;
}
