/**
 * What a stated figure counts, in the user's language (the server's reports name them from the same
 * table). A measure the table lacks shows as recorded, marked as English.
 */
import { STATED_MEASURES_ZH } from '../generated/entities';
import { useFormat } from '../format';
import { RecordedText } from './RecordedText';

export function StatedMeasure({ measure }: { measure: string }) {
  const f = useFormat();
  if (f.lang !== 'zh') return <>{measure}</>;
  const zh = STATED_MEASURES_ZH[measure];
  return zh ? <>{zh}</> : <span lang="en">{measure}</span>;
}

/** A figure's unit: nothing for a plain count, otherwise as recorded (marked as English in Chinese). */
export function StatedUnit({ unit }: { unit: string | null | undefined }) {
  if (!unit || unit === 'count') return null;
  return <RecordedText text={unit} />;
}
