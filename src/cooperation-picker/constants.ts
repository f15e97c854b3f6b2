/**
 * Constants shared by the schema (build time) and the engine, URL code and island (browser).
 * Kept free of zod so the island's bundle stays small.
 */

/** Answers to "is money needed?". Also the URL values of the `money` key. */
export const moneyAnswers = ['yes', 'no', 'unsure'] as const;
export type MoneyAnswer = (typeof moneyAnswers)[number];

export function isMoneyAnswer(value: unknown): value is MoneyAnswer {
	return typeof value === 'string' && (moneyAnswers as readonly string[]).includes(value);
}
