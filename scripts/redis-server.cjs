// Starts a throwaway redis-server (Debian's package) for the queue tests and the
// archive benchmark: loopback only, on a free port, no persistence, in its own
// folder. CommonJS so both the compiled tests and the .mjs benchmark can load it.
'use strict';
const { spawn } = require('node:child_process');
const net = require('node:net');

/** A port the kernel just handed out, free at that moment. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function startOnce(port, dir, timeoutMs) {
  return new Promise((resolve, reject) => {
    const child = spawn('redis-server', [
      '--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no',
      '--dir', dir, '--loglevel', 'warning', '--logfile', '',
    ], { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`redis-server did not answer on port ${port} within ${timeoutMs} ms:\n${log}`)); }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err.code === 'ENOENT' ? new Error('redis-server not found: install Debian\'s redis-server package (.ci/run does)') : err);
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`redis-server exited (code ${code}):\n${log}`)); });
    child.stdout.on('data', (d) => { log += d; });
    child.stderr.on('data', (d) => { log += d; });
    // Ready when it answers PING: the log line varies between versions.
    const poll = () => {
      const socket = net.connect(port, '127.0.0.1');
      socket.on('connect', () => socket.write('PING\r\n'));
      socket.on('data', (d) => {
        socket.destroy();
        if (String(d).startsWith('+PONG')) {
          clearTimeout(timer);
          child.removeAllListeners('exit');
          resolve(child);
        } else setTimeout(poll, 100);
      });
      socket.on('error', () => { socket.destroy(); setTimeout(poll, 100); });
    };
    poll();
  });
}

/** { url, pid, stop() }. Retries on a new port if another process took the one
 *  picked between our check and redis-server's bind. */
async function startRedis(dir, { timeoutMs = 20000 } = {}) {
  let last;
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    try {
      const child = await startOnce(port, dir, timeoutMs);
      return {
        url: `redis://127.0.0.1:${port}`,
        pid: child.pid,
        stop: () => new Promise((resolve) => {
          if (child.exitCode !== null) { resolve(); return; }
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 5000).unref();
        }),
      };
    } catch (err) {
      last = err;
      if (/not found/.test(String(err.message))) break;
    }
  }
  throw last;
}

module.exports = { startRedis };
