/**
 * A fake provider API on 127.0.0.1 (random port) for the health-check tests. It answers with
 * the response shapes real providers send (status, JSON body, headers) and records every
 * request it receives: host, method, path, which auth header carried a key. Raw keys are
 * never stored; the handler sees the presented key only to pick a scenario.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface MockReply {
  status: number;
  headers?: Record<string, string>;
  /** A string is sent as is; anything else as JSON. */
  body?: unknown;
  /** Wait before answering (slow provider). */
  delayMs?: number;
  /** Destroy the connection instead of answering. */
  reset?: boolean;
  /** Send this many bytes of body (streamed) instead of `body`. */
  hugeBytes?: number;
}

export interface MockRequestInfo {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** The key as presented (Bearer, x-api-key, x-goog-api-key, PRIVATE-TOKEN, ?key=), if any. */
  key: string | undefined;
}

export interface RecordedRequest {
  host: string;
  method: string;
  path: string;
  /** Path without any query string (the query may carry a key). */
  pathname: string;
  authHeader: string | undefined;
  keyPresented: boolean;
  /** sha256 prefix of the presented key (to tell keys apart without keeping them). */
  keyHash: string | undefined;
  userAgent: string | undefined;
  at: number;
}

export type MockHandler = (req: MockRequestInfo) => MockReply | Promise<MockReply>;

export function keyHash(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

function presentedKey(req: http.IncomingMessage): { key: string | undefined; header: string | undefined } {
  const auth = req.headers['authorization'];
  if (typeof auth === 'string') {
    const m = /^(?:Bearer|token|Bot|Token)\s+(.*)$/i.exec(auth);
    if (m) return { key: m[1], header: 'authorization' };
    const b = /^Basic\s+(.*)$/i.exec(auth);
    if (b) {
      const decoded = Buffer.from(b[1]!, 'base64').toString('utf8');
      const i = decoded.indexOf(':');
      const user = decoded.slice(0, i);
      const pass = decoded.slice(i + 1);
      return { key: pass !== '' ? pass : user, header: 'authorization' };
    }
    return { key: auth, header: 'authorization' };
  }
  for (const h of ['x-api-key', 'x-goog-api-key', 'private-token', 'api-key']) {
    const v = req.headers[h];
    if (typeof v === 'string') return { key: v, header: h };
  }
  // Providers' own key headers (`xi-api-key`, `x-portkey-api-key`, `x-auth-token`, …).
  for (const [h, v] of Object.entries(req.headers)) {
    if (typeof v === 'string' && /key|token|secret|auth|^x-honeycomb-team$/i.test(h)) return { key: v, header: h };
  }
  const url = new URL(req.url ?? '/', 'http://x');
  const q = url.searchParams.get('key');
  if (q !== null) return { key: q, header: 'query' };
  return { key: undefined, header: undefined };
}

export class MockProvider {
  readonly requests: RecordedRequest[] = [];
  private handler: MockHandler;
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: http.Server,
    handler: MockHandler,
  ) {
    this.handler = handler;
  }

  static async start(handler: MockHandler = () => replies.openai.invalid()): Promise<MockProvider> {
    let mock: MockProvider | undefined;
    const server = http.createServer((req, res) => void mock!.handle(req, res));
    mock = new MockProvider(server, handler);
    server.on('connection', (s) => {
      mock!.sockets.add(s);
      s.on('close', () => mock!.sockets.delete(s));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return mock;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get host(): string {
    return `127.0.0.1:${this.port}`;
  }

  setHandler(handler: MockHandler): void {
    this.handler = handler;
  }

  /** Routes by presented key: `scenarios.get(key)`, else `fallback`. */
  byKey(scenarios: ReadonlyMap<string, MockReply | (() => MockReply)>, fallback: MockReply = replies.openai.invalid()): void {
    this.handler = ({ key }) => {
      const s = key === undefined ? undefined : scenarios.get(key);
      if (s === undefined) return fallback;
      return typeof s === 'function' ? s() : s;
    };
  }

  reset(): void {
    this.requests.length = 0;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const { key, header } = presentedKey(req);
    const path = req.url ?? '/';
    this.requests.push({
      host: req.headers.host ?? '',
      method: req.method ?? '',
      path: header === 'query' ? path.replace(/([?&]key=)[^&]*/, '$1REDACTED') : path,
      pathname: path.split('?')[0]!,
      authHeader: header,
      keyPresented: key !== undefined && key !== '',
      keyHash: key === undefined ? undefined : keyHash(key),
      userAgent: req.headers['user-agent'],
      at: Date.now(),
    });
    req.resume();
    const reply = await this.handler({ method: req.method ?? '', path, headers: req.headers, key });
    if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
    if (reply.reset) {
      req.socket.destroy();
      return;
    }
    const headers: Record<string, string> = { date: new Date().toUTCString(), ...(reply.headers ?? {}) };
    if (reply.hugeBytes) {
      res.writeHead(reply.status, { 'content-type': 'application/json', ...headers });
      const chunk = Buffer.alloc(16 * 1024, 'a');
      let sent = 0;
      const pump = (): void => {
        while (sent < reply.hugeBytes! && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        res.end();
      };
      res.on('error', () => undefined);
      pump();
      return;
    }
    const body = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    const type = typeof reply.body === 'string' ? 'text/plain' : 'application/json';
    res.writeHead(reply.status, { 'content-type': type, ...headers });
    res.end(body);
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const requestId = (): string => `req_${Math.random().toString(36).slice(2, 14)}`;

/** Real response shapes (status, body, headers) per provider. */
export const replies = {
  openai: {
    ok: (): MockReply => ({ status: 200, headers: { 'x-request-id': requestId(), 'openai-version': '2020-10-01' }, body: { object: 'list', data: [{ id: 'gpt-4o-mini', object: 'model', created: 1721172741, owned_by: 'system' }] } }),
    invalid: (): MockReply => ({
      status: 401,
      headers: { 'x-request-id': requestId() },
      body: { error: { message: 'Incorrect API key provided: sk-proj-********************************abcd. You can find your API key at https://platform.openai.com/account/api-keys.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } },
    }),
    quota: (): MockReply => ({
      status: 429,
      body: { error: { message: 'You exceeded your current quota, please check your plan and billing details.', type: 'insufficient_quota', param: null, code: 'insufficient_quota' } },
    }),
    rateLimited: (retryAfter = '1'): MockReply => ({
      status: 429,
      headers: { 'retry-after': retryAfter },
      body: { error: { message: 'Rate limit reached for requests', type: 'requests', param: null, code: 'rate_limit_exceeded' } },
    }),
    forbidden: (): MockReply => ({
      status: 403,
      body: { error: { message: 'You have insufficient permissions for this operation. Missing scopes: model.read.', type: 'invalid_request_error', param: null, code: null } },
    }),
    serverError: (): MockReply => ({ status: 500, body: { error: { message: 'The server had an error while processing your request.', type: 'server_error', param: null, code: null } } }),
    badGateway: (): MockReply => ({ status: 502, body: '<html><body>502 Bad Gateway</body></html>' }),
  },
  anthropic: {
    ok: (): MockReply => ({ status: 200, headers: { 'request-id': requestId() }, body: { data: [{ type: 'model', id: 'claude-sonnet-4-20250514', display_name: 'Claude Sonnet 4' }], has_more: false, first_id: 'x', last_id: 'x' } }),
    invalid: (): MockReply => ({ status: 401, headers: { 'request-id': requestId() }, body: { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } } }),
    forbidden: (): MockReply => ({ status: 403, body: { type: 'error', error: { type: 'permission_error', message: 'Your API key does not have permission to use the specified resource.' } } }),
    overloaded: (): MockReply => ({ status: 529, body: { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } } }),
  },
  nixtla: {
    ok: (): MockReply => ({ status: 200, body: { data: null, message: 'success', details: 'API key is valid', code: 'B10', requestID: 'ABC123' } }),
    invalid: (): MockReply => ({
      status: 401,
      body: { data: null, message: 'Invalid API key', details: 'Key not found', code: 'A12', requestID: 'E7F2G4', support: 'If you have questions or need support, please email support@nixtla.io' },
    }),
  },
  google: {
    ok: (): MockReply => ({ status: 200, body: { models: [{ name: 'models/gemini-2.0-flash', displayName: 'Gemini 2.0 Flash' }], nextPageToken: 'x' } }),
    invalid: (): MockReply => ({
      status: 400,
      body: { error: { code: 400, message: 'API key not valid. Please pass a valid API key.', status: 'INVALID_ARGUMENT', details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID', domain: 'googleapis.com' }] } },
    }),
    disabled: (): MockReply => ({
      status: 403,
      body: { error: { code: 403, message: 'Generative Language API has not been used in project 123 before or it is disabled.', status: 'PERMISSION_DENIED', details: [{ reason: 'SERVICE_DISABLED' }] } },
    }),
  },
  github: {
    ok: (expiration?: string, scopes = 'repo, workflow'): MockReply => ({
      status: 200,
      headers: {
        'x-oauth-scopes': scopes,
        'x-accepted-oauth-scopes': '',
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        ...(expiration ? { 'github-authentication-token-expiration': expiration } : {}),
      },
      body: { resources: { core: { limit: 5000, used: 1, remaining: 4999, reset: 1700000000 } }, rate: { limit: 5000, used: 1, remaining: 4999, reset: 1700000000 } },
    }),
    invalid: (): MockReply => ({ status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' } }),
  },
  slack: {
    ok: (): MockReply => ({ status: 200, headers: { 'x-oauth-scopes': 'chat:write,channels:read' }, body: { ok: true, url: 'https://example.slack.com/', team: 'Example', user: 'bot', team_id: 'T0001', user_id: 'U0001' } }),
    invalid: (): MockReply => ({ status: 200, body: { ok: false, error: 'invalid_auth' } }),
  },
  huggingface: {
    ok: (): MockReply => ({ status: 200, body: { type: 'user', name: 'someone', auth: { accessToken: { displayName: 'ci', role: 'read' } } } }),
    invalid: (): MockReply => ({ status: 401, body: { error: 'Invalid credentials in Authorization header' } }),
  },
};
