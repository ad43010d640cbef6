// The counter's dialogs (finish, transfer, call, pause, keys) open on a key or a click, never at
// first paint: they are not in the counter's first load (its JS budget) but fetched once, after
// the workspace is up or when one is first asked for.
let loading: Promise<unknown> | null = null;

export function loadDialogs(): Promise<unknown> {
  loading ??= Promise.all([
    import('./call-dialog.js'),
    import('./finish-dialog.js'),
    import('./keys-dialog.js'),
    import('./pause-dialog.js'),
    import('./transfer-dialog.js'),
  ]);
  return loading;
}
