// Worker entry: load the TypeScript slip worker through tsx (workers do not inherit the loader).
import { tsImport } from 'tsx/esm/api';

await tsImport('./slip-worker.ts', import.meta.url);
