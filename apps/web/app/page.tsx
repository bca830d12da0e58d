import { ChatApp } from "../components/chat-app.tsx";

export default function ShopPage() {
  return <ChatApp />;
}
