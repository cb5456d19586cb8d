/** A live request counter ("1,204"), tabular digits so it does not jitter while it climbs. */
export function LiveCount({ value, label = 'requests' }: { value: number; label?: string }) {
  return (
    <span className="tg-count" title={`${value.toLocaleString('en-US')} ${label}`} aria-hidden="true">
      {value.toLocaleString('en-US')}
    </span>
  );
}
