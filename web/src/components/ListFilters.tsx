/** List filters and paging kept in the address (so lists can be linked and go back), and the filter controls. */
import { useSearchParams } from 'react-router-dom';
import { useFormat } from '../format';

export const PAGE_SIZE = 25;

export function useListParams(keys: string[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ''])) as Record<string, string>;
  const offset = Number(params.get('offset') ?? 0) || 0;
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'offset') next.delete('offset');
    setParams(next, { replace: true });
  };
  return { values, offset, set };
}

export function SelectFilter({
  label,
  value,
  options,
  onChange,
  className,
}: {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  className?: string;
}) {
  const f = useFormat();
  return (
    <label className={className}>
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{f.t('filter.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A four-digit year typed into the address-kept filters. */
export function YearFilter({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label>
      <span>{label}</span>
      <input
        inputMode="numeric"
        pattern="\d{4}"
        size={6}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}
