// The `init` and `std` URL parameters shared by the lessons that choose an initial weight scale.

/** `init`: std1 | std001 | xavier | he | custom (the std parameter), with the lesson's default. */
export const initParam = <D extends 'std1' | 'std001' | 'xavier' | 'he' | 'custom'>(defaultInit: D) =>
  ({
    kind: 'enum',
    name: 'init',
    label: { zh: '初始化', en: 'Initialization' },
    doc: {
      zh: '初始权重的标准差：std1 = 1，std001 = 0.01，xavier = √(1/n)，he = √(2/n)，custom = 参数 std',
      en: 'initial weight std: std1 = 1, std001 = 0.01, xavier = √(1/n), he = √(2/n), custom = the std parameter',
    },
    default: defaultInit,
    options: [
      { value: 'std1', label: { zh: '标准差 1', en: 'Std 1' } },
      { value: 'std001', label: { zh: '标准差 0.01', en: 'Std 0.01' } },
      { value: 'xavier', label: { zh: 'Xavier √(1/n)', en: 'Xavier √(1/n)' } },
      { value: 'he', label: { zh: 'He √(2/n)', en: 'He √(2/n)' } },
      { value: 'custom', label: { zh: '自定义', en: 'Custom' } },
    ],
  }) as const;

/** `std`: the weight std when init=custom, 0.001 … 10 on a log slider, with the lesson's default. */
export const customStdParam = (defaultStd: number) =>
  ({
    kind: 'number',
    name: 'std',
    label: { zh: '自定义标准差', en: 'Custom std' },
    doc: { zh: 'init=custom 时初始权重的标准差', en: 'initial weight std when init=custom' },
    default: defaultStd,
    min: 0.001,
    max: 10,
    scale: 'log',
    digits: 3,
  }) as const;
