import { OfflineEvaluation } from "../../../components/offline-evaluation.tsx";

export default function EvaluationPage() {
  return <OfflineEvaluation />;
}
