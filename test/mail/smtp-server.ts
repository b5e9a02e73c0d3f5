/**
 * A real SMTP server on 127.0.0.1 for tests (the `smtp-server` package), plus a raw TCP
 * server that drops the connection in the middle of a message.
 */
import { once } from "node:events";
import { type AddressInfo, createServer, type Server } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface TestSmtp {
  readonly port: number;
  readonly received: ParsedMail[];
  close(): Promise<void>;
}

/** Accepts mail for anyone except `refuse`, with the login `user`/`pass`. */
export async function startSmtp(opts: {
  readonly user: string;
  readonly pass: string;
  readonly refuse: readonly string[];
}): Promise<TestSmtp> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    authMethods: ["PLAIN", "LOGIN"],
    logger: false,
    onAuth(auth, _session, cb) {
      if (auth.username === opts.user && auth.password === opts.pass)
        cb(null, { user: auth.username });
      else cb(Object.assign(new Error("Invalid username or password"), { responseCode: 535 }));
    },
    onRcptTo(address, _session, cb) {
      if (opts.refuse.includes(address.address.toLowerCase())) {
        cb(
          Object.assign(new Error(`5.1.1 <${address.address}>: Recipient address rejected`), {
            responseCode: 550,
          }),
        );
      } else cb();
    },
    onData(stream, _session, cb) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          cb();
        })
        .catch(cb);
    },
  });
  server.listen(0, "127.0.0.1");
  await once(server.server, "listening");
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Speaks just enough SMTP to be sent a message, then closes the socket without answering:
 * when the message begins, or (`at: "end"`) once all of it arrived, as a server that
 * crashes while delivering does.
 */
export async function startDroppingSmtp(
  opts: { readonly at?: "start" | "end" } = {},
): Promise<{ port: number; received: string[]; close(): Promise<void> }> {
  const received: string[] = [];
  const server: Server = createServer((socket) => {
    socket.write("220 127.0.0.1 ESMTP test\r\n");
    let buffer = "";
    let inData = false;
    socket.on("data", (chunk) => {
      buffer += chunk.toString("latin1");
      let i = buffer.indexOf("\r\n");
      while (i !== -1) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (inData && opts.at === "end") {
          if (line === ".") {
            socket.destroy();
            return;
          }
          received.push(line);
        } else if (verb === "EHLO" || verb === "HELO") socket.write("250 127.0.0.1\r\n");
        else if (verb === "MAIL" || verb === "RCPT") socket.write("250 OK\r\n");
        else if (verb === "DATA") {
          socket.write("354 go ahead\r\n");
          inData = true;
        } else {
          // The first line of the message itself: hang up without answering.
          socket.destroy();
          return;
        }
        i = buffer.indexOf("\r\n");
      }
    });
    socket.on("error", () => {});
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    port: (server.address() as AddressInfo).port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
