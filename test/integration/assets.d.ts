// Sample seeds and sidecars bundled into the tests as text (esbuild's text loader).
declare module '*.txt' {
  const text: string;
  export default text;
}
declare module '*.yaml' {
  const text: string;
  export default text;
}
