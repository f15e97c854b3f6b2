export function syntheticDocs(count: number): { path: string; text: string }[];
