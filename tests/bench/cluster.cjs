// Starts N app processes on one port behind Node's cluster (PostgreSQL only: the API is stateless there).
//   node tests/bench/cluster.cjs <workers> <entry>
const cluster = require('node:cluster');
const [workers, entry] = [Number(process.argv[2]), process.argv[3]];
cluster.setupPrimary({ exec: entry, args: [] });
for (let i = 0; i < workers; i++) cluster.fork();
for (const sig of ['SIGTERM', 'SIGINT'])
  process.on(sig, () => {
    for (const w of Object.values(cluster.workers)) w.kill(sig);
    process.exit(0);
  });
