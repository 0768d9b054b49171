export function App() {
  return <main>TierScout prospects</main>;
}
