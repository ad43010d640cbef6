export function isStale(): boolean;
export function buildIfStale(options?: { force?: boolean; quiet?: boolean }): Promise<boolean>;
