/**
 * The one cross-context contract. Most data needs no message: the scan comes back from executeScript and every
 * extension page shares IndexedDB. What remains is declared here as a protocol map (name → request → response);
 * receivers validate requests with Zod because a message is untyped at run time.
 */
import { browser } from '#imports';
import * as z from 'zod';
import { TierSchema } from './model';

export const protocol = {
  /** A page saved or re-tiered a prospect: the background refreshes the toolbar badge of that tab. */
  prospectSaved: {
    request: z.object({
      tabId: z.number().int().optional(),
      domain: z.string(),
      tier: TierSchema.nullable(),
    }),
    response: z.object({ ok: z.boolean() }),
  },
  /** The rep pressed Undo on a keyboard save's toast (lib/background/undo.ts); the token names that save. */
  undoSave: {
    request: z.object({ token: z.string().min(1) }),
    response: z.object({ ok: z.boolean() }),
  },
  /** Liveness check, used by the e2e harness and the popup's error state. */
  ping: {
    request: z.object({}),
    response: z.object({ ok: z.boolean(), version: z.string() }),
  },
} as const;

export type MessageName = keyof typeof protocol;
export type Request<N extends MessageName> = z.infer<(typeof protocol)[N]['request']>;
export type Response<N extends MessageName> = z.infer<(typeof protocol)[N]['response']>;

interface Envelope {
  name: string;
  data: unknown;
}

/** Sends a typed message to the background and validates its reply. */
export async function sendMessage<N extends MessageName>(name: N, data: Request<N>): Promise<Response<N>> {
  const reply: unknown = await browser.runtime.sendMessage({ name, data } satisfies Envelope);
  return protocol[name].response.parse(reply) as Response<N>;
}

export type Handlers = {
  [N in MessageName]: (data: Request<N>, sender: { tabId?: number }) => Promise<Response<N>>;
};

/**
 * Routes an incoming envelope to its handler after validating it; unknown or malformed messages get undefined,
 * so a hostile page's message (content scripts share the runtime) cannot reach a handler.
 */
export async function dispatchMessage(
  handlers: Handlers,
  message: unknown,
  sender: { tabId?: number },
): Promise<unknown> {
  const envelope = z.object({ name: z.string(), data: z.unknown() }).safeParse(message);
  if (!envelope.success || !(envelope.data.name in protocol)) return undefined;
  const name = envelope.data.name as MessageName;
  const parsed = protocol[name].request.safeParse(envelope.data.data);
  if (!parsed.success) return undefined;
  const handler = handlers[name] as (data: unknown, sender: { tabId?: number }) => Promise<unknown>;
  return handler(parsed.data, sender);
}
