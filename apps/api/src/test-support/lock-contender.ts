import { createInterface } from 'node:readline';
import { lockDataDir } from '../store/lock.js';

// One process contending for data-directory locks (store/lock.test.ts drives a dozen of these).
// On `lock <dir>` it tries once and answers `held`, `refused` or `error: …`; on `release` it lets go.

let release: (() => void) | undefined;
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const [command, dir] = line.split(' ');
  if (command === 'lock') {
    try {
      release = lockDataDir(dir!);
      console.log('held');
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      console.log(name === 'StoreLockedError' ? 'refused' : `error: ${String(error)}`);
    }
  } else if (command === 'release') {
    release?.();
    release = undefined;
    console.log('released');
  }
});
console.log('ready');
