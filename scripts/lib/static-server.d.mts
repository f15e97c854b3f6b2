export function fileFor(root: string, urlPath: string): string | null;
export function serve(dir: string, port?: number): Promise<{ url: string; close: () => Promise<void> }>;
