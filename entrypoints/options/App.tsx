export function App() {
  return <main>TierScout options</main>;
}
