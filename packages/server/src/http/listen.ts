/** Serving a fetch handler on loopback with an ephemeral port (benchmarks, tools). */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

export interface Listening {
  url: string;
  close(): Promise<void>;
}

export function listenOnLoopback(fetch: (request: Request) => Response | Promise<Response>): Promise<Listening> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      }),
    );
  });
}

/** The framework's floor: a bare hello-world route, served the same way as Betz. */
export function createHelloWorldApp(): Hono {
  return new Hono().get('/hello', (c) => c.text('Hello, world'));
}
