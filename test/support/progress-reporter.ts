/**
 * A reporter for CI: appends a line to the file AMITY_TEST_PROGRESS when a test file starts and when it
 * ends, so that a run stopped by its time limit can say which files were still running.
 */
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export default class ProgressReporter implements Reporter {
  private readonly file = process.env.AMITY_TEST_PROGRESS;

  private log(event: 'start' | 'end', module: TestModule): void {
    if (!this.file) return;
    const name = path.relative(process.cwd(), module.moduleId);
    appendFileSync(this.file, `${new Date().toISOString()} ${event} ${name}\n`);
  }

  onTestModuleStart(module: TestModule): void {
    this.log('start', module);
  }

  onTestModuleEnd(module: TestModule): void {
    this.log('end', module);
  }
}
