// Ports free on 127.0.0.1, asked of the system, so two test runs on one machine never collide.
import { spawnSync } from 'node:child_process';

/** `count` distinct free ports. Synchronous (a child process asks), for configuration files. */
export function freePorts(count) {
  const ask = `const net = require('node:net');
    const servers = Array.from({ length: ${count} }, () => net.createServer());
    Promise.all(servers.map((s) => new Promise((r) => s.listen(0, '127.0.0.1', () => r(s.address().port)))))
      .then((ports) => { console.log(ports.join(',')); servers.forEach((s) => s.close()); });`;
  const result = spawnSync(process.execPath, ['-e', ask], { encoding: 'utf8' });
  const ports = result.stdout.trim().split(',').map(Number);
  if (ports.length !== count || ports.some((port) => !(port > 0)))
    throw new Error(`could not find ${count} free ports: ${result.stderr.trim()}`);
  return ports;
}
