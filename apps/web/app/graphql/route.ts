import { forward } from "../../lib/proxy.ts";

export const dynamic = "force-dynamic";

export function POST(request: Request): Promise<Response> {
  return forward(request, "/graphql");
}
