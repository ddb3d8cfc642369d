import { connect, type Socket } from 'node:net';
import { CoTParser } from '@tak-ps/node-cot';

type ParsedCot = ReturnType<typeof CoTParser.from_xml>;

/**
 * A TAK client on a real TCP connection to the CoT port: everything it receives is cut at `</event>` and read
 * by node-cot (an independent CoT implementation, which validates each event against its schema).
 */
export class TakClient {
  readonly received: ParsedCot[] = [];
  readonly refusedByNodeCot: string[] = [];
  closed = false;
  #buffer = '';

  private constructor(readonly socket: Socket) {
    socket.setEncoding('utf8');
    socket.on('data', (text: string) => {
      this.#buffer += text;
      for (let end = this.#buffer.indexOf('</event>'); end !== -1; end = this.#buffer.indexOf('</event>')) {
        const xml = this.#buffer.slice(0, end + '</event>'.length);
        this.#buffer = this.#buffer.slice(end + '</event>'.length);
        try {
          this.received.push(CoTParser.from_xml(xml));
        } catch {
          this.refusedByNodeCot.push(xml);
        }
      }
    });
    socket.on('close', () => {
      this.closed = true;
    });
    socket.on('error', () => undefined);
  }

  static async open(port: number): Promise<TakClient> {
    const socket = connect(port, '127.0.0.1');
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    return new TakClient(socket);
  }

  /** Sends TAK Server's plain-TCP authentication message. */
  auth(username: string, password: string, uid = 'ANDROID-test'): void {
    this.send(`<auth><cot username="${username}" password="${password}" uid="${uid}"/></auth>`);
  }

  send(xml: string): void {
    this.socket.write(xml);
  }

  uids(): string[] {
    return this.received.map((c) => c.raw.event._attributes.uid);
  }

  latest(uid: string): ParsedCot | undefined {
    return this.received.findLast((c) => c.raw.event._attributes.uid === uid);
  }

  close(): void {
    this.socket.destroy();
  }
}
