import type { AddressInfo } from "node:net";
import { connect, createServer, type Server, type Socket } from "node:net";

/**
 * A TCP proxy between the bot and its database, for outage tests: `cut()` drops every open
 * connection and refuses new ones (a restart or a failover as the client sees it), `silence()`
 * accepts connections but never forwards a byte (a black-holed network), `restore()` forwards
 * again. Local only: it listens on 127.0.0.1.
 */
export class TcpProxy {
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private mode: "forward" | "cut" | "silent" = "forward";

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {
    this.server = createServer((client) => this.accept(client));
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return (this.server.address() as AddressInfo).port;
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.once("close", () => this.sockets.delete(socket));
    socket.on("error", () => socket.destroy());
  }

  private accept(client: Socket): void {
    this.track(client);
    if (this.mode === "cut") {
      client.destroy();
      return;
    }
    if (this.mode === "silent") return;
    const upstream = connect(this.targetPort, this.targetHost);
    this.track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.once("close", end);
    upstream.once("close", end);
  }

  /** Every connection dropped, new ones refused (reset at once). */
  cut(): void {
    this.mode = "cut";
    for (const s of this.sockets) s.destroy();
  }

  /** New connections hang: accepted, never answered. */
  silence(): void {
    this.mode = "silent";
    for (const s of this.sockets) s.destroy();
  }

  restore(): void {
    this.mode = "forward";
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** A PostgreSQL URL pointing at the proxy instead of the server. */
export function viaProxy(databaseUrl: string, port: number): string {
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  return url.toString();
}
