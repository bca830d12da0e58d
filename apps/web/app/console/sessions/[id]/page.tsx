import { SessionReplay } from "../../../../components/session-replay.tsx";

export default async function ReplayPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <SessionReplay sessionId={id} />;
}
