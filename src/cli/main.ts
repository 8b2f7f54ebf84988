/** Entry point of the `verso` command (bundled to dist-cli/verso.js; bin/verso.js loads it). */
import { nodeIo } from './node-io.ts';
import { run } from './run.ts';

// `verso export … | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  // exitCode, not exit(): lets a large stdout write drain before Node quits.
  process.exitCode = await run(process.argv.slice(2), nodeIo());
} catch (error) {
  process.stderr.write(
    `verso: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
}
