// Loaded into a child process with NODE_OPTIONS=--import=<this file>: writes the URL of every
// module the process loads (ES modules, and the CommonJS packages they import) to
// $LUOT_TEST_MODULE_LOG, one per line. For tests of what a start loads and what it leaves.
import { register } from 'node:module';

if (process.env.LUOT_TEST_MODULE_LOG) {
  register(
    `data:text/javascript,${encodeURIComponent(`
      import { appendFileSync } from 'node:fs';
      const file = ${JSON.stringify(process.env.LUOT_TEST_MODULE_LOG)};
      export async function load(url, context, next) {
        appendFileSync(file, url + '\\n');
        return next(url, context);
      }
    `)}`,
  );
}
