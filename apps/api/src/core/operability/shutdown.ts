import type { Server } from 'node:http';

import { type BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';

/**
 * Graceful stop: Nest stops accepting and waits for in-flight requests (`server.close()`), then runs the shutdown
 * hooks that close the database. This bounds the wait: requests still running after GRASSROOTS_SHUTDOWN_TIMEOUT_MS
 * (default 10 s) have their connections closed so the process can exit.
 */
@Injectable()
export class ShutdownDrain implements BeforeApplicationShutdown {
  constructor(private readonly host: HttpAdapterHost) {}

  beforeApplicationShutdown(): void {
    const server = this.host.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server) return;
    const ms = Number(process.env.GRASSROOTS_SHUTDOWN_TIMEOUT_MS ?? 10_000);
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), ms).unref();
  }
}
