import { ExperimentsView } from "../../../components/experiments-view.tsx";

export default function ExperimentsPage() {
  return <ExperimentsView />;
}
