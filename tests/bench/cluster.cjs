// Starts N app processes on one port behind Node's cluster (PostgreSQL only: the API is stateless there).
//   node tests/bench/cluster.cjs <workers> <entry>
const cluster = require('node:cluster');
const [workers, entry] = [Number(process.argv[2]), process.argv[3]];
cluster.setupPrimary({ exec: entry, args: [] });
for (let i = 0; i < workers; i++) cluster.fork();
// Stop: signal each worker and wait for it (a primary gone first leaves workers writing to a closed channel, EPIPE).
for (const sig of ['SIGTERM', 'SIGINT'])
  process.on(sig, () => {
    const left = Object.values(cluster.workers);
    if (left.length === 0) process.exit(0);
    let running = left.length;
    for (const w of left) {
      w.once('exit', () => --running === 0 && process.exit(0));
      w.process.kill(sig);
    }
  });
