/**
 * `content/public-reviews.lock`: the public version of each postmortem that a person other than its authors approved
 * (written by `firebreak public approve`). Keyed by postmortem id; `text` is the approved version as readable text, so
 * a later change can be shown as a diff.
 */
import { z } from 'zod';
import { id, isoDate } from './primitives.ts';

const approvalSchema = z.strictObject({
	hash: z.string().regex(/^sha256:[0-9a-f]{64}$/, {
		error: 'sha256: and 64 hex digits, as `firebreak public approve` writes it',
	}),
	/** The approver: a person of people.yaml. */
	by: id,
	/** The day of the approval. */
	at: isoDate,
	text: z.string(),
});

export const publicReviewsSchema = z.record(
	z.string().regex(/^[a-z0-9][a-z0-9._/-]*$/, { error: 'a postmortem id' }),
	approvalSchema
);

export type Approval = z.output<typeof approvalSchema>;
