import { writeFileSync } from 'node:fs';
import { optimizersMnistScript } from '../src/lessons/optimizers-mnist/python';
import { optimizersMnistParams } from '../src/lessons/optimizers-mnist/params';
import { defaults } from '../src/state/params';
const v = { ...defaults(optimizersMnistParams), extra: ['rmsprop', 'adadelta'], n: 640, epochs: 3 } as any;
writeFileSync('/tmp/pya-om.py', optimizersMnistScript(v, 'accuracy', 'en', 'x/'));
