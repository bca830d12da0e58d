import { SessionsList } from "../../components/sessions-list.tsx";

export default function ConsoleSessionsPage() {
  return <SessionsList />;
}
