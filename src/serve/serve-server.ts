// `tov serve`: listens with the app of serve-app.ts on this computer (127.0.0.1 unless told otherwise). The
// config is read and a checker for it warmed before the address is handed out, so that a broken config is
// one line at the start and the first keystroke on the page is as fast as the hundredth. No console output:
// the CLI says where the server listens.
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { configForEntry, createChecker, loadConfig, TovError } from '../index.js'
import { createServeApp, replyName, requestTimeLimit, type ServeOptions } from './serve-app.js'

export { createServeApp, type ServeOptions } from './serve-app.js'

export interface RunningServer {
  /** Where the page is, such as "http://127.0.0.1:8787". */
  url: string
  /** The port listened on (the one the system chose, for port 0). */
  port: number
  /** Stops listening; requests in progress are answered first (at most 2 seconds). */
  close(): Promise<void>
}

export const defaultPort = 8787
export const defaultHost = '127.0.0.1'

/** How long requests in progress may take to finish once the server closes. */
const closeGrace = 2000

/** The host as a URL writes it: an IPv6 address in brackets; an address that means every interface as this computer. */
function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1'
  if (host === '::' || host === '[::]') return '[::1]'
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host
}

/** A listening error in one Dutch line: the port taken, not allowed, or an address not of this computer. */
function listenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  switch (error.code) {
    case 'EADDRINUSE':
      return new TovError('USAGE', `Poort ${port} is al in gebruik; kies een andere met --port.`)
    case 'EACCES':
      return new TovError('USAGE', `Poort ${port} mag tov niet gebruiken; kies een poort vanaf 1024 met --port.`)
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new TovError('USAGE', `Op adres "${host}" kan tov niet luisteren: het is geen adres van deze computer; kies een ander met --host.`)
    default:
      return error
  }
}

/** Starts `tov serve`: resolves once it listens, with its address; rejects with a TovError a user can act on. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? defaultHost
  const port = options.port ?? defaultPort
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new TovError('USAGE', `De poort moet een getal van 0 tot 65535 zijn, niet ${String(port)}.`)
  const app = createServeApp({ ...options, host })
  // A broken config is said now, as `tov check` says it; later it is each request's 500 until it is mended.
  const config = await loadConfig(options.cwd, options.configFile !== undefined ? { configFile: options.configFile } : {})
  await createChecker(configForEntry(config, { file: replyName, channel: config.channel }))

  const server = await new Promise<Server>((resolve, reject) => {
    const listening = serve(
      {
        fetch: app.fetch,
        port,
        hostname: host,
        // Node's own limits under hono's: a client that sends its headers or body slowly is cut off.
        serverOptions: { headersTimeout: requestTimeLimit, requestTimeout: requestTimeLimit + 5000 },
      },
      () => {
        listening.off('error', failed)
        resolve(listening as Server)
      },
    )
    const failed = (error: NodeJS.ErrnoException) => reject(listenError(error, host, port))
    listening.once('error', failed)
  })

  const actualPort = (server.address() as AddressInfo).port
  let closed: Promise<void> | undefined
  return {
    url: `http://${urlHost(host)}:${actualPort}`,
    port: actualPort,
    close() {
      closed ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeIdleConnections()
        setTimeout(() => server.closeAllConnections(), closeGrace).unref()
      })
      return closed
    },
  }
}
