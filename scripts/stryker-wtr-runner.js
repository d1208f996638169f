// A StrykerJS test runner (plugin "wtr") for `npm run mutation`: it keeps one
// web-test-runner and one Chromium alive for the whole run and re-runs the
// test files for each mutant, instead of starting both once per mutant
// (Stryker's `command` runner: about 25 s a mutant here, mostly start-up).
//
// Every mutant is compiled in at once (mutation switching); the test page
// picks the active one from globalThis.__stryker__, which
// web-test-runner.mutation.config.js writes into each page it serves.
//
// Coverage is per test file: each file runs in its own fresh page, so what
// the instrumented code recorded in that page (globalThis.__stryker__.mutantCoverage,
// read just before the page is left) is exactly what that file can see.
// Stryker then re-runs, for each mutant, only the files whose page reached
// it; a mutant no page reached is reported "no coverage" without a run.
import { declareClassPlugin, PluginKind } from '@stryker-mutator/api/plugin';
import { DryRunStatus, MutantRunStatus, TestStatus } from '@stryker-mutator/api/test-runner';
import { pathToFileURL } from 'node:url';
import { relative, resolve } from 'node:path';

/** A test file's id: its path in the project (the sandbox's own path changes every run, and incremental runs match ids). */
const idOf = (session) => relative(process.cwd(), session.testFile);

const CONFIG = 'web-test-runner.mutation.config.js';

/** How much later than Stryker's timeout this runner gives up on a mutant's run (see mutantRun). */
const LATER_THAN_STRYKER_MS = 5_000;

/** Calls `fn` at the next `event` only (web-test-runner's emitter has on/off, no once). */
function once(emitter, event, fn) {
  const handler = (value) => {
    emitter.off(event, handler);
    fn(value);
  };
  emitter.on(event, handler);
}

/** The first failing test of a session, or its first error, as one line for the report. */
function failureOf(session) {
  const failed = [];
  const walk = (suite, path) => {
    for (const test of suite?.tests ?? []) {
      if (!test.passed && !test.skipped)
        failed.push(`${[...path, test.name].join(' › ')}: ${test.error?.message ?? ''}`);
    }
    for (const child of suite?.suites ?? []) walk(child, [...path, child.name]);
  };
  walk(session.testResults, []);
  if (failed.length) return failed[0];
  const error = session.errors?.[0];
  return error ? (error.message ?? String(error)) : 'failed';
}

/** The sum of a file's test durations (ms). */
function testTime(suite) {
  if (!suite) return 0;
  let ms = 0;
  for (const test of suite.tests ?? []) ms += test.duration ?? 0;
  for (const child of suite.suites ?? []) ms += testTime(child);
  return ms;
}

class WtrTestRunner {
  static inject = [];

  /** Test file id → its time in the first run (ms): the order mutant runs take. */
  durations = new Map();

  capabilities() {
    // Every run loads fresh pages, so module-level ("static") mutants are reloaded too.
    return { reloadEnvironment: true };
  }

  async init() {
    await this.start();
  }

  /** Starts web-test-runner and Chromium and waits out their first run, with no mutant active. */
  async start() {
    process.env.BROWSERS = 'chromium';
    const url = pathToFileURL(resolve(CONFIG)).href;
    const { default: config, mutationState } = await import(url);
    this.state = mutationState;
    this.state.activeMutant = undefined;
    const { startTestRunner } = await import('@web/test-runner');
    this.runner = await startTestRunner({
      config: { ...config, reporters: [] },
      readCliArgs: false,
      readFileConfig: false,
      autoExitProcess: false,
    });
    if (!this.runner) throw new Error('web-test-runner did not start');
    // Keep the browser after a run, as watch mode does. (Watch mode itself
    // refuses a terminal that is not a TTY, as Stryker's worker is; the
    // scheduler reads this flag when a run ends, seconds from now.)
    this.runner.config.watch = true;
    // startTestRunner has begun a run of every file with no mutant active: the dry run.
    this.firstRun = new Promise((done) => once(this.runner, 'test-run-finished', done));
    // Ready only once that run is over. Stryker restarts a runner after a timeout and times
    // the next mutant from when init() returns: a runner still in its first run (about 20 s
    // with Chromium's start) made that mutant time out too, and the next, each counted as a
    // kill.
    await this.firstRun;
  }

  /** A file's time in this runner's first run (ms): its page's, else the sum of its tests'. */
  timeOf(session) {
    return this.state.wallTime.get(session.id) ?? testTime(session.testResults);
  }

  /** Runs the given test files (all when none), with `mutant` active; resolves to their sessions. */
  async run(files, mutant, timeout) {
    await this.firstRun;
    const sessions = [...this.runner.sessions.all()].filter((s) => !files || files.includes(idOf(s)));
    const ids = new Set(sessions.map((s) => s.id));
    const deadline = Date.now() + timeout;
    // A run is over when each of its own pages has finished in it (their testRun), not at
    // web-test-runner's "test-run-finished". Waiting for that event, a full run reported
    // mutants a test plainly kills (load.ts 23, match.ts 47) as survivors, and run alone the
    // same mutants were killed: a mutant had read the results of a run that was not its own.
    // A run asked for while another is going only joins its queue, so wait for that first.
    while (this.runner.running) {
      if (Date.now() > deadline) return null;
      await new Promise((done) => setTimeout(done, 20));
    }
    this.state.activeMutant = mutant;
    this.state.coverage.clear();
    this.runner.runTests(sessions);
    // Its pages finish later, never within this call, so the listener below misses none.
    const testRun = this.runner.testRun;
    const ours = () => [...this.runner.sessions.all()].filter((s) => ids.has(s.id));
    let onUpdate;
    const finished = new Promise((done) => {
      onUpdate = () => ours().every((s) => s.testRun === testRun && s.status === 'FINISHED') && done('finished');
      this.runner.sessions.on('session-status-updated', onUpdate);
    });
    let timer;
    const timedOut = new Promise((done) => (timer = setTimeout(() => done('timeout'), deadline - Date.now())));
    const outcome = await Promise.race([finished, timedOut]);
    clearTimeout(timer);
    this.runner.sessions.off('session-status-updated', onUpdate);
    return outcome === 'timeout' ? null : ours();
  }

  async dryRun(options) {
    // The first run is the dry run. It gets a generous budget: it starts Chromium and compiles every module.
    let timer;
    const budget = Math.max(options.timeout, 5 * 60_000);
    const timedOut = new Promise((done) => (timer = setTimeout(() => done('timeout'), budget)));
    const outcome = await Promise.race([this.firstRun, timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout') return { status: DryRunStatus.Timeout, reason: 'the unmutated run did not finish' };
    const sessions = [...this.runner.sessions.all()];
    const perTest = {};
    const tests = sessions.map((session) => {
      const id = idOf(session);
      const hits = this.state.coverage.get(session.id);
      if (hits) {
        const merged = { ...hits.static };
        for (const byTest of Object.values(hits.perTest ?? {}))
          for (const [mutant, n] of Object.entries(byTest)) merged[mutant] = (merged[mutant] ?? 0) + n;
        perTest[id] = merged;
      }
      // Stryker's budget for a mutant is 1.5 × the time of the files that reached it, plus
      // timeoutMS. The sum of a file's test durations leaves out loading and compiling its
      // page, which is most of a short file's time: a mutant no test noticed, which runs
      // every file that reached it, then ran out of time and counted as a timeout, a kill.
      // So a file's time is its page's, from start to stop.
      const base = { id, name: id, fileName: id, timeSpentMs: this.timeOf(session) };
      return session.passed
        ? { ...base, status: TestStatus.Success }
        : { ...base, status: TestStatus.Failed, failureMessage: failureOf(session) };
    });
    return { status: DryRunStatus.Complete, tests, mutantCoverage: { static: {}, perTest } };
  }

  // The files that reached the mutant, quickest first, two at a time (the
  // config's concurrency); the first pair with a failure kills the mutant and
  // the rest are not run (unless Stryker asks for every killer).
  async mutantRun(options) {
    // From this runner's own first run: a runner Stryker restarts (after a timeout) gets no dry run.
    await this.firstRun;
    if (this.durations.size === 0)
      for (const session of this.runner.sessions.all()) this.durations.set(idOf(session), this.timeOf(session));
    const files = (options.testFilter ?? [...this.runner.sessions.all()].map(idOf)).toSorted(
      (a, b) => (this.durations.get(a) ?? 0) - (this.durations.get(b) ?? 0),
    );
    // Stryker times this call itself (options.timeout, from its own process) and, when that
    // runs out, restarts this worker: a new web-test-runner and a new Chromium, so a page the
    // mutant hung (an endless loop) is gone. Our own deadline is a little later, so Stryker's
    // always comes first. When both were the same, ours now and then came first and reported
    // a timeout with no restart, while the hung page still held the runner: the next mutant's
    // run then waited for it, ran out of time too, and so on until Stryker's timer happened
    // to win (16 mutants in a row after locale-controller.ts 41, each counted as a kill).
    const deadline = Date.now() + options.timeout + LATER_THAN_STRYKER_MS;
    const ran = [];
    for (let i = 0; i < files.length; i += 2) {
      const sessions = await this.run(files.slice(i, i + 2), options.activeMutant.id, deadline - Date.now());
      if (!sessions) {
        // Should Stryker's timer not have fired (a stalled parent), leave no hung page behind.
        await this.restart();
        return { status: MutantRunStatus.Timeout, reason: `no result within ${options.timeout} ms` };
      }
      ran.push(...sessions);
      if (!options.disableBail && ran.some((s) => !s.passed)) break;
    }
    const failed = ran.filter((s) => !s.passed);
    if (failed.length === 0) return { status: MutantRunStatus.Survived, nrOfTests: ran.length };
    return {
      status: MutantRunStatus.Killed,
      killedBy: failed.map(idOf),
      failureMessage: failureOf(failed[0]),
      nrOfTests: ran.length,
    };
  }

  /** A fresh web-test-runner and Chromium, as after Stryker's own restart. */
  async restart() {
    await this.runner?.stop();
    this.durations.clear();
    await this.start();
  }

  async dispose() {
    await this.runner?.stop();
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.TestRunner, 'wtr', WtrTestRunner)];
