// Runs the CLI in-process in a folder (it prints paths relative to the current folder), capturing its output.
import { main } from '../../../src/cli/main';

export async function cliIn(dir: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
    return { code, out, err };
  } finally {
    process.chdir(cwd);
  }
}
