import { SharedSession } from "../../../components/shared-session.tsx";

export default async function SharedSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <SharedSession sessionId={id} />;
}
