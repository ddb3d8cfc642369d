/**
 * The TAK clients of the CoT benchmark, in a process of their own so their reading does not count as the
 * server's CPU: `count` TCP connections to `port` that read and discard, as a TAK client's socket would. On
 * `report` (IPC) answers how many bytes all of them have read.
 */
import { connect } from 'node:net';

const port = Number(process.argv[2]);
const count = Number(process.argv[3]);
let bytes = 0;
let connected = 0;
for (let i = 0; i < count; i++) {
  const socket = connect(port, '127.0.0.1', () => {
    connected++;
    if (connected === count) process.send?.({ kind: 'connected' });
  });
  socket.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
  });
  socket.on('error', () => undefined);
}
process.on('message', (msg: { kind: string }) => {
  if (msg.kind === 'report') process.send?.({ kind: 'bytes', bytes });
  if (msg.kind === 'exit') process.exit(0);
});
