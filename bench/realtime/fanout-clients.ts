/**
 * The receiving side of fanout.bench.ts, in its own process so that the sender's CPU time is the server's
 * alone. Opens `count` WebSocket connections to the URL it is given, either as Socket.IO clients (Engine.IO
 * v4 open, namespace connect with auth, ping/pong: just enough protocol, like bench/support/lean-socket.ts)
 * or as plain WebSocket clients, counts the messages and bytes they receive, and reports to its parent.
 *
 * Messages from the parent: {connect: {url, mode, count, agencies}} and {expect: n} (total messages across
 * all sockets); it answers {connected}, then {received: {messages, bytes}} once n have arrived.
 */
import WebSocket from 'ws';

type Mode = 'socket.io' | 'raw';
type Command =
  | { connect: { url: string; mode: Mode; count: number; agencies: readonly string[] } }
  | { expect: number }
  | { close: true };

const sockets: WebSocket[] = [];
let messages = 0;
let bytes = 0;
let target = Number.POSITIVE_INFINITY;

const send = (msg: unknown): void => {
  process.send?.(msg);
};

function check(): void {
  if (messages < target) return;
  target = Number.POSITIVE_INFINITY;
  send({ received: { messages, bytes } });
  messages = 0;
  bytes = 0;
}

function open(url: string, mode: Mode, agency: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(
      mode === 'raw' ? url : `${url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`,
    );
    sockets.push(ws);
    ws.on('error', reject);
    ws.on('message', (data: Buffer, isBinary) => {
      if (mode === 'raw') {
        if (isBinary) return;
        messages++;
        bytes += data.length;
        check();
        return;
      }
      const head = data.toString('latin1', 0, 2);
      if (head === '42') {
        messages++;
        bytes += data.length;
        check();
      } else if (head[0] === '2') ws.send('3');
      else if (head[0] === '0') ws.send(`40${JSON.stringify({ agency })}`);
      else if (head === '40') resolve();
      else if (head === '44') reject(new Error(`refused: ${data.toString()}`));
    });
    if (mode === 'raw') ws.on('open', () => resolve());
  });
}

process.on('message', (command: Command) => {
  if ('connect' in command) {
    const { url, mode, count, agencies } = command.connect;
    void Promise.all(
      Array.from({ length: count }, (_, i) => open(url, mode, agencies[i % agencies.length] ?? 'JCA')),
    ).then(
      () => send({ connected: sockets.length }),
      (err: unknown) => send({ error: String(err) }),
    );
  } else if ('expect' in command) {
    target = command.expect;
    check();
  } else {
    for (const ws of sockets) ws.close();
    process.exit(0);
  }
});
