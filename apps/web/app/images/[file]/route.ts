import { forward } from "../../../lib/proxy.ts";

export const dynamic = "force-dynamic";

export async function GET(
  request: Request,
  context: { params: Promise<{ file: string }> },
): Promise<Response> {
  const { file } = await context.params;
  return forward(request, `/images/${encodeURIComponent(file)}`);
}
