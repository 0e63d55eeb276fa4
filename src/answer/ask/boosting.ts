// A small gradient-boosted model of decision trees (logistic loss), the kind that learns how
// features combine — an amount matters for "how much" questions, a missing rare word matters more
// when little else matches — which one weight per feature cannot. Fitted by `npm run train`
// (fitBoosted, below), evaluated here; the trees are plain JSON in judge-weights.json.

export type Tree = { leaf: number } | { feature: number; threshold: number; left: Tree; right: Tree };

export interface BoostedModel {
  /** Feature names, in the order the trees index them. */
  features: string[];
  base: number;
  trees: Tree[];
}

function evaluate(tree: Tree, x: ArrayLike<number>): number {
  let node = tree;
  while (!('leaf' in node)) node = x[node.feature] <= node.threshold ? node.left : node.right;
  return node.leaf;
}

export function predictBoosted(model: BoostedModel, features: Record<string, number>): number {
  const x = model.features.map((f) => features[f] ?? 0);
  let z = model.base;
  for (const t of model.trees) z += evaluate(t, x);
  return 1 / (1 + Math.exp(-z));
}

export interface BoostOptions {
  rounds: number;
  depth: number;
  rate: number;
  /** Newton regularisation of leaf values, and the least hessian a leaf may hold. */
  lambda: number;
  minHessian: number;
}

export const DEFAULT_BOOST: BoostOptions = { rounds: 120, depth: 3, rate: 0.1, lambda: 1, minHessian: 2 };

/** Fits the trees; positives are weighted so the two classes count alike. */
export function fitBoosted(
  rows: { features: Record<string, number>; label: boolean }[],
  names: string[],
  o: BoostOptions = DEFAULT_BOOST,
): BoostedModel {
  const n = rows.length;
  const x = rows.map((r) => names.map((f) => r.features[f] ?? 0));
  const y = rows.map((r) => (r.label ? 1 : 0));
  const positives = y.reduce((a: number, b) => a + b, 0);
  const weight = y.map((v) => (v && positives ? (n - positives) / positives : 1));
  const prior = positives && positives < n ? Math.log(positives / (n - positives)) : 0;
  // Balanced classes start at even odds.
  const base = positives && positives < n ? 0 : prior;
  const z = new Float64Array(n).fill(base);
  // Candidate split points: each feature's distinct values (at most 32, by quantile).
  const splits = names.map((_, f) => {
    const values = [...new Set(x.map((r) => r[f]))].sort((a, b) => a - b);
    if (values.length <= 33) return values.slice(0, -1).map((v, i) => (v + values[i + 1]) / 2);
    return Array.from({ length: 32 }, (_, k) => values[Math.floor(((k + 1) * values.length) / 33)]);
  });
  const trees: Tree[] = [];
  for (let round = 0; round < o.rounds; round++) {
    const g = new Float64Array(n);
    const h = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-z[i]));
      g[i] = weight[i] * (y[i] - p);
      h[i] = weight[i] * Math.max(p * (1 - p), 1e-6);
    }
    const grow = (idx: number[], depth: number): Tree => {
      let G = 0;
      let H = 0;
      for (const i of idx) {
        G += g[i];
        H += h[i];
      }
      const leaf = { leaf: (o.rate * G) / (H + o.lambda) };
      if (depth >= o.depth || idx.length < 4) return leaf;
      let best = { gain: 1e-9, feature: -1, threshold: 0 };
      for (let f = 0; f < names.length; f++) {
        for (const t of splits[f]) {
          let GL = 0;
          let HL = 0;
          for (const i of idx) {
            if (x[i][f] <= t) {
              GL += g[i];
              HL += h[i];
            }
          }
          const GR = G - GL;
          const HR = H - HL;
          if (HL < o.minHessian || HR < o.minHessian) continue;
          const gain = (GL * GL) / (HL + o.lambda) + (GR * GR) / (HR + o.lambda) - (G * G) / (H + o.lambda);
          if (gain > best.gain) best = { gain, feature: f, threshold: t };
        }
      }
      if (best.feature < 0) return leaf;
      const left = idx.filter((i) => x[i][best.feature] <= best.threshold);
      const right = idx.filter((i) => x[i][best.feature] > best.threshold);
      return {
        feature: best.feature,
        threshold: best.threshold,
        left: grow(left, depth + 1),
        right: grow(right, depth + 1),
      };
    };
    const tree = grow([...Array(n).keys()], 0);
    trees.push(tree);
    for (let i = 0; i < n; i++) z[i] += evaluate(tree, x[i]);
  }
  return { features: names, base, trees };
}
