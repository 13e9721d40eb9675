// Lesson text of "data-parallel", written for this site in 中文 and English.
import type { Text } from '../../state/i18n';

export const TEXT = {
  intro: {
    zh: `训练太慢时，最常见的办法是多用几块 GPU（或几台机器）：**数据并行**。每块卡上放一份完全相同的网络，把一个小批量切成 $K$ 份，每块卡算自己那一份的梯度；然后所有卡把梯度加起来求平均（**全归约**，all-reduce），人人拿到同一个平均梯度，做同一次更新，于是各卡上的参数始终一样。

这一课在浏览器里把它拆开来看：先用数字验证“$K$ 个工作者各算 $B$ 个样本再平均”恰好等于“一次算 $K \\cdot B$ 个样本”；再看批量变大以后学习率该怎么调（线性缩放规则与预热）以及它在哪里失效；再用一个通信模型估算多卡能快多少；最后实测这台机器上本站两种引擎每秒能训练多少个样本。`,
    en: `When training is too slow, the usual remedy is more GPUs (or more machines): **data parallelism**. Every device holds an identical copy of the network; a mini-batch is cut into $K$ shards and each device computes the gradient of its own shard; then the devices sum their gradients and divide (an **all-reduce**), so that every one of them holds the same mean gradient and takes the same update, and their parameters stay identical.

This lesson takes it apart in the browser: first, the numbers showing that “$K$ workers with $B$ examples each, averaged” is exactly “one step on $K \\cdot B$ examples”; then how the learning rate must change when the batch grows (the linear scaling rule with warm-up) and where that stops working; then a communication model of how much faster several devices can be; and finally this machine measured: how many examples per second the site's own engines train.`,
  },
  eqTitle: { zh: '1. K 个工作者 = 一个 K·B 的批量', en: '1. K workers = one batch of K·B' },
  eqIntro: {
    zh: `设小批量共有 $n$ 行，工作者 $k$ 分到 $n_k$ 行，算出自己那一份的平均梯度 $g_k$。整个批量的平均梯度是 $g = \\sum_k \\frac{n_k}{n} g_k$：每个工作者先把 $g_k$ 乘上自己的份额 $n_k/n$，全归约把它们加起来，人人得到 $g$，再做 $\\theta \\leftarrow \\theta - \\eta g$。$K$ 整除 $n$ 时 $n_k/n = 1/K$，就是简单平均。

下表在这个页面里现算：优化器比赛的网络、前 {rows} 个 MNIST 训练样本、同一组初始权重，做一次 $\\eta = 0.1$ 的 SGD 更新。一条路径是一次性对全部 {rows} 行做前向和反向；另一条是 $K$ 个模拟工作者各算一份、用环形全归约求和。max_abs_diff 是两种更新后参数之差的最大绝对值（float32，只有舍入误差）。plain_mean_diff 是错误做法——不管份额大小、直接对 $K$ 个 $g_k$ 求平均——的差：$K$ 整除 $n$ 时它也只有舍入误差，不整除时（如 5、7 个工作者）较小份额里的样本被多算了权重，差距就大得多。

这种等价依赖于每一行的梯度与同批其他行无关。批量归一化用的是每份自己的均值和方差，所以带批量归一化时各卡的梯度之和并不等于大批量的梯度；真实系统会同步这些统计量，或干脆接受这点差别。`,
    en: `Let the mini-batch have $n$ rows, worker $k$ get $n_k$ of them and compute the mean gradient $g_k$ of its shard. The whole batch's mean gradient is $g = \\sum_k \\frac{n_k}{n} g_k$: each worker multiplies $g_k$ by its share $n_k/n$, the all-reduce adds them up, everybody holds $g$ and takes $\\theta \\leftarrow \\theta - \\eta g$. When $K$ divides $n$, $n_k/n = 1/K$ and this is a plain average.

The table below is computed in this page: the optimizer race's net, the first {rows} MNIST training digits, one set of initial weights, one SGD update with $\\eta = 0.1$. One path runs the forward and backward pass over all {rows} rows at once; the other has $K$ simulated workers each take a shard and sums their gradients with a ring all-reduce. max_abs_diff is the largest absolute difference between the parameters after the two updates (float32: rounding only). plain_mean_diff is the same for the wrong recipe, a plain mean of the $K$ values $g_k$ whatever the shard sizes: when $K$ divides $n$ it is rounding too, but when it does not (5 or 7 workers) the rows of the smaller shards weigh more and the gap is far larger.

The equality needs each row's gradient not to depend on the other rows of the batch. Batch normalization uses each shard's own mean and variance, so with it the workers' summed gradients are not the large batch's; real systems synchronize those statistics or accept the difference.`,
  },
  eqCaption: {
    zh: '一次更新后，K 个模拟工作者（按行数加权的全归约）与一次大批量更新的参数之差（max_abs_diff），以及直接平均时的差（plain_mean_diff）。shard_rows：每份的行数。',
    en: 'After one update: the parameters of K simulated workers (an all-reduce weighted by rows) against one large-batch update (max_abs_diff), and with a plain mean instead (plain_mean_diff). shard_rows: rows per shard.',
  },
  eqReading: {
    zh: '本页实算：按行数加权时，所有 K 的最大差为 {max}（≤ 10⁻⁶：同一次更新，只差舍入）；直接平均时，K 不整除 {n} 的最大差为 {plain}。',
    en: 'Computed in this page: weighted by rows, the largest difference over every K is {max} (≤ 10⁻⁶: the same update, up to rounding); with a plain mean, the largest for a K that does not divide {n} is {plain}.',
  },
  eqLoading: { zh: '正在载入 MNIST 样本…', en: 'Loading MNIST digits…' },
  eqError: { zh: '无法载入 MNIST：{msg}', en: 'MNIST could not be loaded: {msg}' },
  retry: { zh: '重试', en: 'Retry' },
  diff: { zh: '参数最大绝对差', en: 'largest parameter difference' },
  workers: { zh: '工作者数 K', en: 'workers K' },
  byRows: { zh: '按行数加权', en: 'weighted by rows' },
  plainMean: { zh: '直接平均', en: 'plain mean' },

  scaleTitle: { zh: '2. 线性缩放规则与预热', en: '2. The linear scaling rule and warm-up' },
  scaleIntro: {
    zh: `批量从 $B$ 变成 $K \\cdot B$，梯度的噪声变小，但同样多的周期里更新次数只剩 $1/K$。Goyal 等人（2017）的**线性缩放规则**：批量乘以 $K$，学习率也乘以 $K$——一大步约等于原来的 $K$ 小步。刚开始时网络变化剧烈，$K \\cdot \\eta$ 太大，于是先用几个周期把学习率从小**预热**到 $K \\cdot \\eta$。他们用这套办法把 ResNet-50 在 ImageNet 上的批量扩大到 8192（256 块 GPU，每块 32 张），90 个周期、5 个周期预热，精度与批量 256 时相当；再大，精度就开始下降。

下面的网络全都是优化器比赛的网络，同一组初始权重，每个 $K$ 训练同样多的周期。利用上一节的等价，“$K$ 个工作者、每个 $B$ 个样本”在这里就是一个批量为 $K \\cdot B$、学习率为 $K \\cdot \\eta$ 的网络；每个 $K$ 有两份：不预热（从 $K \\cdot \\eta$ 开始），和前 $W$ 个周期从 0 线性预热到 $K \\cdot \\eta$。两份之后都按“学习率调度”一课的余弦在最后一个周期末降到 0，这样读到的最终准确率不是大步长来回跳动中的某一刻。

**这里比真实场景小得多：** {n} 个训练样本（ImageNet 有 128 万张图），{epochs} 个周期，每个工作者 {b} 个样本。$K = {kmax}$ 时一个周期只有 {updates} 次更新，而 Goyal 等人在批量 8192 时一个周期仍有约 156 次。所以这里大批量失效得更早：更新次数本身就不够了。`,
    en: `When the batch grows from $B$ to $K \\cdot B$ the gradient gets less noisy, but the same number of epochs now holds only $1/K$ as many updates. The **linear scaling rule** of Goyal et al. (2017): multiply the batch by $K$, multiply the learning rate by $K$ — one big step stands in for $K$ small ones. Early in training the network changes fast and $K \\cdot \\eta$ is too much, so the learning rate is **warmed up** from small to $K \\cdot \\eta$ over the first few epochs. With this they scaled ResNet-50 on ImageNet to batches of 8192 (256 GPUs with 32 images each), 90 epochs with 5 of warm-up, at the accuracy of batch 256; beyond that the accuracy fell.

All the nets below are the optimizer race's net, from one set of initial weights, and every $K$ trains the same number of epochs. By the equivalence above, “$K$ workers with $B$ examples each” is here one net with batch $K \\cdot B$ and learning rate $K \\cdot \\eta$; every $K$ runs twice: without warm-up (starting at $K \\cdot \\eta$), and with a linear warm-up from 0 to $K \\cdot \\eta$ over the first $W$ epochs. Both then follow the cosine of the learning-rate schedules lesson down to 0 at the end of the last epoch, so that the final accuracy is not read in the middle of a large step's bounce.

**This is far smaller than a real setting:** {n} training digits (ImageNet has 1.28 million images), {epochs} epochs, {b} digits per worker. At $K = {kmax}$ an epoch holds only {updates} updates, where Goyal et al. still had about 156 per epoch at batch 8192. So large batches fail earlier here: there are simply too few updates.`,
  },
  scaleCaption: {
    zh: '同样周期数之后的测试准确率（{nTest} 个测试样本）与工作者数 K（对数轴），不预热与预热各一条（颜色与标记不同；测试集上的曲线按本站惯例画虚线）。表中 lr 为 K·η，epoch 为已完成的周期，diverged = 1 表示损失变成 NaN 或无穷。',
    en: 'Test accuracy ({nTest} test digits) after the same number of epochs against the number of workers K (log axis), one line without and one with warm-up (different colours and markers; dashed as every held-out curve on this site). In the table lr is K·η, epoch the epochs finished, diverged = 1 when the loss became NaN or infinite.',
  },
  noWarmup: { zh: '不预热', en: 'no warm-up' },
  withWarmup: { zh: '预热', en: 'warm-up' },
  accAxis: { zh: '测试准确率', en: 'test accuracy' },
  scaleCounter: { zh: '已完成 {k} / {n} 个网络', en: '{k} of {n} nets finished' },
  scaleReading: {
    zh: '本次运行：不预热时，K = 1 的测试准确率为 {acc1}，准确率在它下方 2 个百分点以内一直保持到 K = {holdNo}{breakNo}；预热时，K = 1 为 {acc1w}，保持到 K = {holdW}{breakW}。',
    en: 'This run: without warm-up K = 1 reaches {acc1} test accuracy, and the accuracy stays within 2 points below it up to K = {holdNo}{breakNo}; with warm-up K = 1 reaches {acc1w}, and it holds up to K = {holdW}{breakW}.',
  },
  breaksAt: { zh: '，K = {k} 时降到 {acc}', en: ', and drops to {acc} at K = {k}' },
  divergedAt: { zh: '，K = {k} 时发散', en: ', and diverges at K = {k}' },

  modelTitle: { zh: '3. 通信要花多少时间：一个模型', en: '3. What communication costs: a model' },
  modelIntro: {
    zh: `**这一节是模型，不是测量。** 每次更新，$K$ 块卡各算 $1/K$ 的批量，再做一次全归约。环形全归约把 $K$ 块卡连成一个环，梯度切成 $K$ 段：先 $K-1$ 步“归约-分散”（每步把一段传给下一块卡，对方累加），再 $K-1$ 步“全收集”（把加好的段传一圈）。每步每块卡发 $1/K$ 的梯度，所以一共 $2(K-1)$ 步、每块卡发出 $\\frac{2(K-1)}{K}$ 倍的模型字节——几乎与 $K$ 无关。设单卡算完整个批量要 $C$，梯度有 $M$ 字节，带宽 $\\beta$，每条消息延迟 $\\alpha$：

$$T(K) = \\frac{C}{K} + 2(K-1)\\,\\alpha + \\frac{2(K-1)}{K}\\cdot\\frac{M}{\\beta},\\qquad \\text{speed-up}(K) = \\frac{T(1)}{T(K)}$$

这个模型假设计算与通信不重叠、网络没有拥塞、每块卡一样快；真实系统会边算边传（加速更好），也会遇到拥塞和掉队的卡（加速更差）。本页“1. 等价”一节的模拟全归约就是这个环形算法，它的步数正是 $2(K-1)$。`,
    en: `**This part is a model, not a measurement.** At every update each of $K$ devices computes $1/K$ of the batch, then they do one all-reduce. A ring all-reduce links the $K$ devices in a ring and cuts the gradient into $K$ chunks: $K-1$ reduce-scatter steps (each device passes one chunk to the next, which adds it to its own), then $K-1$ all-gather steps (the summed chunks go once around). In each step every device sends $1/K$ of the gradient, so there are $2(K-1)$ steps and each device sends $\\frac{2(K-1)}{K}$ times the model's bytes, almost independent of $K$. With $C$ the time one device needs for the whole batch, $M$ the gradient's bytes, $\\beta$ the bandwidth and $\\alpha$ the latency of one message:

$$T(K) = \\frac{C}{K} + 2(K-1)\\,\\alpha + \\frac{2(K-1)}{K}\\cdot\\frac{M}{\\beta},\\qquad \\text{speed-up}(K) = \\frac{T(1)}{T(K)}$$

The model assumes computation and communication do not overlap, the network is never congested and every device is equally fast; real systems send while they compute (better speed-up) and meet congestion and stragglers (worse). The simulated all-reduce of section 1 on this page is this ring algorithm, and it takes exactly $2(K-1)$ steps.`,
  },
  modelCaption: {
    zh: '模型给出的加速比与设备数 K（对数轴）；虚线为理想的线性加速。',
    en: 'The model’s speed-up against the number of devices K (log axes); the dashed line is ideal linear speed-up.',
  },
  speedupAxis: { zh: '加速比', en: 'speed-up' },
  devices: { zh: '设备数 K', en: 'devices K' },
  modelSeries: { zh: '模型', en: 'model' },
  ideal: { zh: '理想（= K）', en: 'ideal (= K)' },
  modelReading: {
    zh: '按当前滑块：K = 1 时一步 {t1}，全归约在 K = 8 时要 {ar8}；加速比最高在 K = {bestK}，为 {best} 倍；再多加设备，通信比省下的计算还多。',
    en: 'With these sliders: one update takes {t1} at K = 1 and the all-reduce {ar8} at K = 8; the speed-up peaks at K = {bestK}, at {best}×; more devices past it cost more in communication than they save in computation.',
  },
  presetResnet: { zh: 'ResNet-50 大小（100 MB）', en: 'ResNet-50 sized (100 MB)' },
  presetOurs: { zh: '本课的网络（{mb} MB）', en: 'this lesson’s net ({mb} MB)' },

  pythonTitle: { zh: '自己运行', en: 'Run it yourself' },
  pythonRun: {
    zh: '前三张图下的 Python 按钮各下载一个脚本，带着当前的设置：**data-parallel-equivalence.py**（numpy）打印等价性表（CSV：K, shard_rows, max_abs_diff, plain_mean_diff），**data-parallel-scaling.py**（numpy）打印每个成员的最后一个周期和测试准确率（CSV：K, batch, warmup, lr, epoch, test_acc, diverged），**data-parallel-model.py**（只用标准库）按同一个公式打印时间模型的表（CSV：K, speedup, step_ms, allreduce_ms）。两个 MNIST 脚本 **python3 data-parallel-scaling.py** 从本站下载同一份 MNIST 子集（逐个文件核对 SHA-256，不符就停止），加 **--data DIR** 则读本地文件夹（本站仓库里的 public/data）。它们按网页 CPU 引擎的运算顺序计算（同样的初始权重、同样的批次、同样的 float32 舍入，环形全归约按同样的顺序相加），所以等价性表里那些只差舍入的小数也相同，缩放表与网页 CPU 引擎训练完后的表相同。第四张图是这台机器上的计时，无法在别处重现，所以没有脚本。',
    en: 'The Python button under each of the first three figures downloads a script with the current settings written in: **data-parallel-equivalence.py** (numpy) prints the equivalence table (CSV: K, shard_rows, max_abs_diff, plain_mean_diff), **data-parallel-scaling.py** (numpy) each member’s last epoch and test accuracy (CSV: K, batch, warmup, lr, epoch, test_acc, diverged), **data-parallel-model.py** (standard library only) the time model’s table from the same formula (CSV: K, speedup, step_ms, allreduce_ms). The two MNIST scripts, e.g. **python3 data-parallel-scaling.py**, download the same MNIST subset from this site (each file checked against its SHA-256; a mismatch stops it); with **--data DIR** they read a local folder (public/data of the site’s repository). They compute in the page’s CPU engine order of operations (the same initial weights, the same batches, the same float32 rounding, the ring all-reduce adding in the same order), so even the equivalence table’s rounding-sized differences come out the same, and the scaling table is the page’s once its CPU engine has finished. The fourth figure times this machine, which cannot be replayed elsewhere: it has no script.',
  },
  tpTitle: { zh: '4. 这台机器，现场测量', en: '4. This machine, measured live' },
  tpIntro: {
    zh: `上面的通信模型是纸上推算；这一节是真实测量。按下按钮，本站的两种训练引擎——CPU 引擎，以及浏览器支持时的 WebGPU 引擎——各自在一个独立的 Web Worker 里训练优化器比赛的网络（784 → 4×100 → 10），测每秒能处理多少个样本：先是一个网络、批量 1 到 1000；再是一次训练 R = 1 到 64 个网络（本站的“种群”，每个网络批量 32）。两个坐标轴都是对数轴。整个测量只需几秒（每种引擎最多 8 秒，来不及测的项会列出来）；测量时上面的训练会暂停，免得抢 CPU。

小网络填不满 GPU：批量为 1 时，每一步只有几十万次乘加，GPU 的大部分时间花在启动计算核和同步上，CPU 常常反而更快。批量或网络数变大后，每步的工作量足以让成千上万个 GPU 线程同时忙起来，GPU 才开始领先。这也是本站把许多网络叠成一个“种群”一起训练的原因。`,
    en: `The communication model above is reasoning on paper; this part is a measurement. Press the button and the site's two training engines, the CPU engine and, where the browser has it, the WebGPU engine, each train the optimizer race's net (784 → 4×100 → 10) in a Web Worker of their own, and the page counts the examples they process per second: first one net at batches of 1 to 1000, then R = 1 to 64 nets trained at once (the site's “population”, batch 32 each). Both axes are logarithmic. The whole measurement takes a few seconds (at most 8 s per engine; cells it does not reach in that time are named); the training above pauses while it runs, so that it does not compete for the CPU.

A small network does not fill a GPU: at batch 1 an update is a few hundred thousand multiply–adds, the GPU spends most of its time launching kernels and synchronizing, and the CPU is often faster. As the batch or the number of nets grows, an update holds enough work to keep thousands of GPU threads busy, and only then does the GPU pull ahead. That is also why this site stacks many networks into one population and trains them together.`,
  },
  tpCaption: {
    zh: '每秒训练的样本数（前向、反向与 SGD 更新，对数轴），横轴为每次更新的样本数 = 批量 × 网络数 R（对数轴）。每个引擎两条线：一个网络、批量变化；R 个网络、每个批量 32。',
    en: 'Examples trained per second (forward, backward and SGD update, log axis) against the examples per update = batch × networks R (log axis). Two lines per engine: one net as the batch varies, and R nets of batch 32 each.',
  },
  tpAxisX: { zh: '每次更新的样本数（批量 × R）', en: 'examples per update (batch × R)' },
  tpAxisY: { zh: '样本 / 秒', en: 'examples / s' },
  cpuBatch: { zh: 'CPU，一个网络', en: 'CPU, one net' },
  cpuPop: { zh: 'CPU，R 个网络', en: 'CPU, R nets' },
  gpuBatch: { zh: 'WebGPU，一个网络', en: 'WebGPU, one net' },
  gpuPop: { zh: 'WebGPU，R 个网络', en: 'WebGPU, R nets' },
  measure: { zh: '开始测量', en: 'Measure' },
  measureAgain: { zh: '重新测量', en: 'Measure again' },
  cancel: { zh: '取消', en: 'Cancel' },
  tpIdle: { zh: '尚未测量。按“开始测量”（几秒钟）。', en: 'Not measured yet. Press “Measure” (a few seconds).' },
  tpRunning: {
    zh: '正在测量…（第 {i} / {n} 项：{engine}，批量 {batch}，{members} 个网络）',
    en: 'Measuring… (item {i} of {n}: {engine}, batch {batch}, {members} nets)',
  },
  tpCompileNote: { zh: '第一次使用 GPU 时要先编译着色器，会多花一些时间。', en: 'The GPU compiles its shaders on first use, which takes a little longer.' },
  tpDone: { zh: '测量完成。', en: 'Measured.' },
  tpStopped: { zh: '已取消；表中只有已测完的项。', en: 'Cancelled; the table holds the items measured before.' },
  tpError: { zh: '测量失败：{msg}', en: 'The measurement failed: {msg}' },
  engineCpu: { zh: 'CPU 引擎', en: 'CPU engine' },
  engineGpu: { zh: 'WebGPU 引擎', en: 'WebGPU engine' },
  tpReading: {
    zh: '这台机器：CPU 引擎最快 {cpu} 样本/秒（批量 {cpuB}，R = {cpuR}）{gpuPart}',
    en: 'This machine: the CPU engine’s best is {cpu} examples/s (batch {cpuB}, R = {cpuR}){gpuPart}',
  },
  tpGpuPart: {
    zh: '；WebGPU（{adapter}{soft}）最快 {gpu} 样本/秒（批量 {gpuB}，R = {gpuR}）。{cross}',
    en: '; WebGPU ({adapter}{soft}) reaches {gpu} examples/s (batch {gpuB}, R = {gpuR}). {cross}',
  },
  softwareAdapter: { zh: '，软件模拟，不代表真实 GPU', en: ', a software adapter, not a real GPU' },
  tpCross: { zh: '每次更新有 {w} 个及以上样本时 GPU 更快。', en: 'From {w} examples per update up, the GPU is faster.' },
  tpNoCross: { zh: '在测过的范围内 GPU 没有超过 CPU。', en: 'Within the measured range the GPU never overtakes the CPU.' },
  tpSkipped: {
    zh: '为了让测量保持在几秒内，每种引擎最多用 {s} 秒；{engine}用完了时间，没有测（批量 × R）：{cells}。',
    en: 'To keep the measurement to seconds, each engine gets at most {s} s; the {engine} ran out of it, and these (batch × R) were not measured: {cells}.',
  },
  tpNoGpu: { zh: '；此浏览器没有可用的 WebGPU，只测了 CPU 引擎。', en: '; this browser has no usable WebGPU, so only the CPU engine was measured.' },

  counter: { zh: '周期', en: 'epochs' },
  try: {
    zh: `1. 在第 1 节把总批量改成 97（质数）：除 K = 1 外，每个 K 都不整除，直接平均的差全都变大，而按行数加权的差仍只有舍入误差。

2. 把每个工作者的学习率 η 调到 0.05：线性缩放后 K = 32 的学习率是 1.6。不预热的网络在哪个 K 发散？预热能救回来吗？

3. 把训练样本数调到 10000：大 K 每个周期的更新次数变多。缩放能保持到更大的 K 吗？

4. 在通信模型里把带宽降到 1 GB/s（普通以太网级别）：加速比很快封顶；再点“本课的网络”：梯度只有 0.44 MB，带宽几乎无关紧要，但每步的计算也只有 2 ms，$2(K-1)$ 条消息的延迟很快就超过了省下的计算——把延迟调到 1 µs 再看。

5. 测量之后看 CPU 的曲线：批量从 1 到 10，每秒样本数涨了多少？这就是“批量越大，硬件越忙”的直接证据。`,
    en: `1. In section 1 set the whole batch to 97 (a prime): no K but 1 divides it, every plain mean is off, and the weighting by rows still differs by rounding only.

2. Raise the per-worker learning rate η to 0.05: linearly scaled, K = 32 trains at 1.6. At which K does the run without warm-up diverge? Does the warm-up save it?

3. Set the training digits to 10000: large K get more updates per epoch. Does the scaling now hold to a larger K?

4. In the communication model lower the bandwidth to 1 GB/s (ordinary Ethernet): the speed-up levels off fast. Then press “this lesson’s net”: the gradient is only 0.44 MB, so the bandwidth hardly matters, but an update computes for only 2 ms and the latency of $2(K-1)$ messages soon outweighs what is saved; set the latency to 1 µs and look again.

5. After measuring, look at the CPU line: how much do the examples per second grow from batch 1 to 10? That is the direct evidence that a larger batch keeps the hardware busier.`,
  },
} as const satisfies Record<string, Text>;
