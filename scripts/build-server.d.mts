export function isServerStale(): boolean;
export function buildServerIfStale(options?: { force?: boolean; quiet?: boolean }): boolean;
