// Imported first by extension.ts: evaluated before the rest of the bundle, it marks when loading our code began.
export const bundleEvaluationStarted = performance.now();
