// The tuning gold sets the model experiments learn from (never the untouched test sets), as paths from the repository.
export const TRAINING_SETS = ['../shared/gold/dev', 'eval/extra-gold/heldout2', 'eval/extra-gold/heldout3', 'eval/extra-gold/heldout4',
  'eval/extra-gold/tune40', 'eval/extra-gold/tune60', 'eval/extra-gold/fresh60',
  ...['', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'].map((x) => `eval/extra-gold/fresh120${x}`)];
