// Same-origin proxy to the GraphQL service, so the browser sees one origin and the API's address
// is read at request time (one build serves any API).
import { readEnv } from "./env.ts";

const FORWARDED = ["content-type", "x-api-key", "accept"] as const;

/**
 * Forwards `request` to `path` on the API and streams the answer back.
 *
 * @example
 * export const POST = (request: Request) => forward(request, "/graphql");
 */
export async function forward(request: Request, path: string): Promise<Response> {
  const target = new URL(path, readEnv().ATELIER_API_URL);
  const headers = new Headers();
  for (const name of FORWARDED) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  try {
    const upstream = await fetch(target, {
      method: request.method,
      headers,
      body: request.method === "GET" ? null : await request.arrayBuffer(),
    });
    const out = new Headers();
    for (const name of ["content-type", "cache-control", "etag"]) {
      const value = upstream.headers.get(name);
      if (value) out.set(name, value);
    }
    return new Response(upstream.body, { status: upstream.status, headers: out });
  } catch {
    return Response.json(
      { errors: [{ message: "API unreachable", extensions: { code: "API_UNREACHABLE" } }] },
      { status: 502 },
    );
  }
}
