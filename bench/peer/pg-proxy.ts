// A PostgreSQL wire-protocol proxy that counts the statements a server sends, whatever its driver: every
// simple Query ('Q') and every Execute ('E') of the extended protocol is one statement, recorded with the
// SQL of its prepared statement and its bound parameters (so it can be EXPLAINed later). Bytes are passed on
// untouched; only the client-to-server direction is read. Used in the check phase only: the timed runs
// connect straight to PostgreSQL, so the proxy's extra hop costs neither server anything there.
import { once } from "node:events";
import { connect, createServer, type Socket } from "node:net";

export interface Statement {
  sql: string;
  /** Text-format parameter values ($1, $2, …; null for SQL NULL). */
  params: (string | null)[];
  /** Parameter type OIDs given at Parse (0: left for the server to infer). */
  types: number[];
  /** A parameter was sent in binary format: the statement cannot be replayed from `params`. */
  binary: boolean;
}

export interface CountingProxy {
  port: number;
  /** `databaseUrl` with its host and port replaced by the proxy's. */
  urlFor(databaseUrl: string): string;
  /** Starts a new recording; statements seen before are forgotten. */
  mark(): void;
  /** The statements seen since mark(). */
  take(): Statement[];
  close(): Promise<void>;
}

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;

/** Reads a NUL-terminated string at `offset`; returns it and the offset after the NUL. */
function cstring(buffer: Buffer, offset: number): [string, number] {
  const end = buffer.indexOf(0, offset);
  return [buffer.toString("utf8", offset, end), end + 1];
}

/** The frontend half of one connection: reassembles messages and records statements. */
function frontendReader(record: (statement: Statement) => void, fail: (reason: string) => void) {
  const prepared = new Map<string, { sql: string; types: number[] }>();
  const portals = new Map<string, { statement: string; params: (string | null)[]; binary: boolean }>();
  let pending: Buffer = Buffer.alloc(0);
  let startup = true;

  const handle = (type: string, body: Buffer) => {
    if (type === "Q") {
      record({ sql: cstring(body, 0)[0], params: [], types: [], binary: false });
    } else if (type === "P") {
      const [name, afterName] = cstring(body, 0);
      const [sql, afterSql] = cstring(body, afterName);
      const count = body.readInt16BE(afterSql);
      const types = Array.from({ length: count }, (_, i) => body.readInt32BE(afterSql + 2 + i * 4));
      prepared.set(name, { sql, types });
    } else if (type === "B") {
      const [portal, afterPortal] = cstring(body, 0);
      const [statement, afterStatement] = cstring(body, afterPortal);
      let offset = afterStatement;
      const formatCount = body.readInt16BE(offset);
      const formats = Array.from({ length: formatCount }, (_, i) => body.readInt16BE(offset + 2 + i * 2));
      offset += 2 + formatCount * 2;
      const paramCount = body.readInt16BE(offset);
      offset += 2;
      const params: (string | null)[] = [];
      let binary = false;
      for (let i = 0; i < paramCount; i++) {
        const length = body.readInt32BE(offset);
        offset += 4;
        const format = formatCount === 1 ? formats[0] : (formats[i] ?? 0);
        if (length < 0) params.push(null);
        else {
          if (format === 1) binary = true;
          params.push(body.toString(format === 1 ? "hex" : "utf8", offset, offset + length));
          offset += length;
        }
      }
      portals.set(portal, { statement, params, binary });
    } else if (type === "E") {
      const portal = portals.get(cstring(body, 0)[0]);
      const statement = portal && prepared.get(portal.statement);
      if (!portal || !statement) return fail("Execute of an unknown portal");
      record({ sql: statement.sql, params: portal.params, types: statement.types, binary: portal.binary });
    } else if (type === "C") {
      const name = cstring(body, 1)[0];
      if (body[0] === 0x53 /* S */) prepared.delete(name);
      else portals.delete(name);
    }
  };

  return (chunk: Buffer) => {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    for (;;) {
      if (startup) {
        if (pending.length < 8) return;
        const length = pending.readInt32BE(0);
        if (pending.length < length) return;
        const code = pending.readInt32BE(4);
        pending = pending.subarray(length);
        if (code === SSL_REQUEST || code === GSSENC_REQUEST) continue; // the server answers N, startup follows
        startup = false;
        continue;
      }
      if (pending.length < 5) return;
      if (pending[0] === 0x16) return fail("the client negotiated TLS; statements cannot be counted");
      const length = pending.readInt32BE(1);
      if (pending.length < 1 + length) return;
      handle(String.fromCharCode(pending[0]), pending.subarray(5, 1 + length));
      pending = pending.subarray(1 + length);
    }
  };
}

/** A counting proxy on a free loopback port in front of the PostgreSQL server at `upstream`. */
export async function startCountingProxy(upstream: { host: string; port: number }): Promise<CountingProxy> {
  let recorded: Statement[] = [];
  let failure: string | undefined;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const backend = connect(upstream.port, upstream.host);
    sockets.add(client).add(backend);
    const read = frontendReader(
      (statement) => recorded.push(statement),
      (reason) => {
        failure ??= reason;
      },
    );
    client.on("data", (chunk: Buffer) => {
      read(chunk);
      backend.write(chunk);
    });
    backend.pipe(client);
    const close = () => {
      client.destroy();
      backend.destroy();
      sockets.delete(client);
      sockets.delete(backend);
    };
    client.on("close", close).on("error", close);
    backend.on("close", close).on("error", close);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  return {
    port,
    urlFor(databaseUrl) {
      const url = new URL(databaseUrl);
      url.hostname = "127.0.0.1";
      url.port = String(port);
      return url.toString();
    },
    mark() {
      recorded = [];
    },
    take() {
      if (failure) throw new Error(`statement counting proxy: ${failure}`);
      return recorded;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      server.close();
      await once(server, "close");
    },
  };
}
