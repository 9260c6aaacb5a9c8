import { type ChildProcess, spawn } from 'node:child_process';
import { utimesSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockDataDir, StoreLockedError } from './lock.js';

const contender = fileURLToPath(new URL('../test-support/lock-contender.ts', import.meta.url));
const STARTERS = 12;
const TRIALS = 10;

let parent: string;
beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'teletipo-lock-'));
});
afterAll(() => rm(parent, { recursive: true, force: true }));

/** A contender process and a way to send it a command and read its one-line answer. */
interface Contender {
  child: ChildProcess;
  ask(command: string): Promise<string>;
}

function startContender(): Contender {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions', 'source', contender], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines: Interface = createInterface({ input: child.stdout! });
  const waiting: ((line: string) => void)[] = [];
  const early: string[] = [];
  lines.on('line', (line) => {
    const next = waiting.shift();
    if (next) next(line);
    else early.push(line);
  });
  const answer = () =>
    new Promise<string>((resolve) => {
      const line = early.shift();
      if (line !== undefined) resolve(line);
      else waiting.push(resolve);
    });
  return {
    child,
    ask(command) {
      if (command) child.stdin!.write(`${command}\n`);
      return answer();
    },
  };
}

const deadPid = async () => {
  const dead = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  await new Promise((resolve) => dead.once('exit', resolve));
  return dead.pid!;
};

describe('the data-directory lock', () => {
  it(`is held by exactly one of ${STARTERS} processes starting at once, in each of ${TRIALS} trials`, async () => {
    const contenders = Array.from({ length: STARTERS }, startContender);
    try {
      expect(await Promise.all(contenders.map((c) => c.ask('')))).toEqual(contenders.map(() => 'ready'));
      const holdersPerTrial: number[] = [];
      for (let trial = 0; trial < TRIALS; trial++) {
        const dir = join(parent, `race-${trial}`);
        // Every other trial starts from a stale lock, so the takeover is raced too.
        if (trial % 2 === 1) writeFileSync(`${dir}.lock`, String(await deadPid()));
        const answers = await Promise.all(contenders.map((c) => c.ask(`lock ${dir}`)));
        expect(answers.filter((a) => a !== 'held' && a !== 'refused')).toEqual([]);
        holdersPerTrial.push(answers.filter((a) => a === 'held').length);
        await Promise.all(contenders.map((c) => c.ask('release')));
      }
      console.log(`lock holders per trial: ${holdersPerTrial.join(' ')}`);
      expect(holdersPerTrial).toEqual(Array.from({ length: TRIALS }, () => 1));
    } finally {
      for (const c of contenders) c.child.kill();
    }
  }, 120_000);

  it('is taken over from a process that died', async () => {
    const dir = join(parent, 'stale');
    writeFileSync(`${dir}.lock`, String(await deadPid()));
    const release = lockDataDir(dir);
    release();
  });

  it('refuses while a live process holds it, naming the pid', () => {
    const dir = join(parent, 'busy');
    writeFileSync(`${dir}.lock`, String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(StoreLockedError);
    expect(() => lockDataDir(dir)).toThrow(`pid ${process.ppid}`);
  });

  it('does not treat a young lock file without a pid as stale: its writer may be about to fill it', () => {
    for (const content of ['', 'basura']) {
      const dir = join(parent, `young-${content || 'empty'}`);
      writeFileSync(`${dir}.lock`, content);
      expect(() => lockDataDir(dir)).toThrow(StoreLockedError);
    }
  });

  it('takes over an old lock file without a pid', () => {
    const dir = join(parent, 'old-garbage');
    writeFileSync(`${dir}.lock`, '');
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(`${dir}.lock`, minuteAgo, minuteAgo);
    lockDataDir(dir)();
  });

  it('is free again once released', () => {
    const dir = join(parent, 'again');
    lockDataDir(dir)();
    lockDataDir(dir)();
  });
});
