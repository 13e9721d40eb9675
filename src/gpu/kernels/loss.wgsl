// The loss over a mini-batch or evaluation chunk, fused: softmax + cross-entropy (or ½‖y − t‖²), ∂L/∂logits
// in training, argmax accuracy, and the sums reduced over the chunk into this pass's metrics record. One workgroup per member
// (workgroup_id.x): its rows at m·run.rowStride, its record at run.record·run.members + m.
@group(1) @binding(0) var<uniform> layer: Layer;                    // the output layer: m = classes / outputs, loss, target kind
@group(1) @binding(1) var<storage, read> logits: array<f32>;        // R×rows×m
@group(1) @binding(2) var<storage, read> targets: array<u32>;       // labels (n) or real targets (n×m, f32 bits)
@group(1) @binding(3) var<storage, read> batchIdx: array<u32>;      // data row of each mini-batch row (training)
@group(1) @binding(4) var<storage, read_write> dLogits: array<f32>; // R×rows×m: ∂L/∂logits (training)
@group(1) @binding(5) var<storage, read_write> metrics: array<f32>; // metrics records (REC_*)
@group(1) @binding(6) var<storage, read> classWeights: array<f32>; // R×m: member m's weight of each class (training; 1 = unweighted)

const THREADS: u32 = 64u;
var<workgroup> lossSums: array<f32, THREADS>;
var<workgroup> correctSums: array<f32, THREADS>;

var<private> member: u32;

fn dataRow(r: u32) -> u32 {
  if (run.train == 1u) { return batchIdx[run.idxOffset + member * run.rowStride + r]; }
  return run.firstRow + r;
}

fn targetValue(row: u32, j: u32, label: u32) -> f32 {
  if (layer.targets == TARGETS_LABELS) { return select(0.0, 1.0, j == label); }
  return bitcast<f32>(targets[row * layer.m + j]);
}

@compute @workgroup_size(THREADS)
fn main(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
  member = wid.x;
  let rows = memberOf(member).rows;
  let m = layer.m;
  let nf = f32(rows);
  var lossSum = 0.0;
  var correct = 0.0;
  for (var r = lid.x; r < rows; r += THREADS) {
    let row = dataRow(r);
    let base = (member * run.rowStride + r) * m;
    var label = 0u;
    if (layer.targets == TARGETS_LABELS) { label = targets[row]; }
    var best = 0u;
    var zmax = logits[base];
    for (var j = 1u; j < m; j++) {
      let v = logits[base + j];
      if (v > zmax) { zmax = v; best = j; }
    }
    if (best == label) { correct += 1.0; }
    if (layer.loss == LOSS_SOFTMAX_CE) {
      // w_y (log Σ e^(z − max) − (z_y − max)), stable; ∂/∂z = w_y (softmax − onehot)/n. Evaluation is unweighted (w = 1).
      var w = 1.0;
      if (run.train == 1u) { w = classWeights[member * m + label]; }
      var sum = 0.0;
      for (var j = 0u; j < m; j++) { sum += exp(logits[base + j] - zmax); }
      lossSum += w * (log(sum) - (logits[base + label] - zmax));
      if (run.train == 1u) {
        for (var j = 0u; j < m; j++) {
          var d = w * exp(logits[base + j] - zmax) / sum / nf;
          if (j == label) { d -= w / nf; }
          dLogits[base + j] = d;
        }
      }
    } else {
      for (var j = 0u; j < m; j++) {
        let e = logits[base + j] - targetValue(row, j, label);
        lossSum += 0.5 * e * e;
        if (run.train == 1u) { dLogits[base + j] = e / nf; }
      }
    }
  }
  lossSums[lid.x] = lossSum;
  correctSums[lid.x] = correct;
  workgroupBarrier();
  for (var s = THREADS / 2u; s > 0u; s = s / 2u) {
    if (lid.x < s) {
      lossSums[lid.x] += lossSums[lid.x + s];
      correctSums[lid.x] += correctSums[lid.x + s];
    }
    workgroupBarrier();
  }
  if (lid.x == 0u) {
    let rec = (run.record * run.members + member) * run.recordStride;
    // Training: the mean over the batch; evaluation: the chunk's sum (the host adds chunks up).
    metrics[rec + REC_DATA_LOSS] = select(lossSums[0], lossSums[0] / nf, run.train == 1u);
    metrics[rec + REC_CORRECT] = correctSums[0];
  }
}
