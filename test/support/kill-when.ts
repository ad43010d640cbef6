// A child process of a crash test, read line by line until the test SIGKILLs it.
import type { ChildProcess } from 'node:child_process';

/**
 * Hands each line the child prints to onLine and SIGKILLs the child once onLine says so (the
 * lines already read still reach onLine). Resolves when the child dies of SIGKILL (also one sent
 * by the test itself); rejects, with its stderr, when it exits any other way.
 */
export function killWhen(child: ChildProcess, onLine: (line: string) => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.stdout?.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (onLine(line) && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`child exited without being killed: ${stderr}`)),
    );
  });
}
