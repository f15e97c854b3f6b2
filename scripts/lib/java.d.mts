export function ensureJava(): string;
