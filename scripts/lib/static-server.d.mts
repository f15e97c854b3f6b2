export function fileFor(root: string, urlPath: string): string | null;
export function encodingFor(acceptEncoding: string | undefined | null): 'br' | 'gzip' | null;
export function serve(dir: string, port?: number): Promise<{ url: string; close: () => Promise<void> }>;
