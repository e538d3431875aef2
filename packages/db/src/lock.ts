import fs from 'node:fs';

/** Takes `<dir>.lock` for this process, or throws if a live process holds it. Returns the release function. */
export function lockDataDir(dir: string): () => void {
  const lock = `${dir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      const release = () => {
        try {
          if (fs.readFileSync(lock, 'utf8') === String(process.pid)) fs.unlinkSync(lock);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number(fs.readFileSync(lock, 'utf8'));
      if (pid && (pid === process.pid || isAlive(pid))) {
        throw new Error(
          `The embedded database ${dir} is in use by process ${pid}. Stop it first (two PGlite instances on one directory lose data).`,
        );
      }
      fs.unlinkSync(lock); // stale lock of a dead process
    }
  }
  throw new Error(`Could not lock ${dir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
