/** The build-step table: order, data set names, validation and dispatch come from one record. */
import { describe, expect, it } from 'vitest';
import { buildStepSchema } from '../../../src/domain/index-framework.ts';
import {
  createCoin,
  DATASET_OF_STEP,
  IndexFrameworkError,
  runStep,
  STEP_NAMES,
  STEPS,
} from '../../../src/analysis/indices/index.ts';

describe('step table', () => {
  it("lists the steps in COINr's order with the data set each writes", () => {
    expect(STEP_NAMES).toEqual(['denominate', 'impute', 'screen', 'treat', 'normalise', 'aggregate']);
    expect(DATASET_OF_STEP).toEqual({
      denominate: 'Denominated',
      impute: 'Imputed',
      screen: 'Screened',
      treat: 'Treated',
      normalise: 'Normalised',
      aggregate: 'Aggregated',
    });
  });

  it('validates settings per step and whole steps by name', () => {
    expect(STEPS.impute.schema.safeParse({ method: 'median' }).success).toBe(true);
    expect(STEPS.impute.schema.safeParse({ method: 'mode' }).success).toBe(false);
    expect(buildStepSchema.parse({ step: 'screen', threshold: 0.5 })).toEqual({
      step: 'screen',
      threshold: 0.5,
    });
    expect(buildStepSchema.safeParse({ step: 'screen', threshold: 2 }).success).toBe(false);
    expect(buildStepSchema.safeParse({ step: 'smooth' }).success).toBe(false);
  });

  it('runs a step and refuses one it does not know', () => {
    const coin = createCoin(
      {
        nodes: [
          { code: 'a', parent: 'idx' },
          { code: 'b', parent: 'idx' },
          { code: 'idx', level: 2 },
        ],
      },
      [
        { uCode: 'x', a: 1, b: null },
        { uCode: 'y', a: 3, b: 4 },
      ],
    );
    const context = { structure: coin.structure, units: coin.units };
    const out = runStep(coin.datasets.Raw, { step: 'impute', method: 'mean' }, context);
    expect(out.imputation?.find((r) => r.indicator === 'b')).toMatchObject({ imputedUnits: ['x'] });
    expect(Array.from(out.data.values)).toEqual([1, 3, 4, 4]);
    expect(() => runStep(coin.datasets.Raw, { step: 'smooth' } as never, context)).toThrow(
      IndexFrameworkError,
    );
  });
});
