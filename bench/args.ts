/**
 * A benchmark's options: `--name value`, `--name=value`, or `--name` alone ("true"). bench/run.ts passes
 * on only the words that start with '-', so `npm run bench -- stall --flood-seconds=15` reaches them.
 */
export function benchArgs(argv: string[] = process.argv.slice(2)): Map<string, string> {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) continue;
    const eq = a.indexOf('=');
    const next = argv[i + 1];
    if (eq > 0) args.set(a.slice(2, eq), a.slice(eq + 1));
    else if (next !== undefined && !next.startsWith('--')) args.set(a.slice(2), argv[++i]);
    else args.set(a.slice(2), 'true');
  }
  return args;
}
