import { KeyHint } from '@/components/common/KeyHint';
import { BUYER_TYPES, type BuyerType } from '@/lib/model';
import { keyLabel } from '@/lib/shortcuts';

/** Buyer-type chips with their Shift keys; the suggested one is marked, the chosen one filled. */
export function BuyerTypePicker({
  t,
  value,
  suggested,
  secondary,
  onPick,
}: {
  t: (key: string) => string;
  value: BuyerType | null;
  suggested: BuyerType | null;
  secondary: BuyerType | null;
  onPick: (buyerType: BuyerType) => void;
}) {
  return (
    <fieldset className="ts-buyers" aria-label={t('popup.buyerType')}>
      {BUYER_TYPES.map((type) => (
        <button
          key={type}
          type="button"
          aria-pressed={value === type}
          data-testid={`buyer-${type}`}
          className={`ts-chip${value === type ? ' is-chosen' : ''}${
            suggested === type || secondary === type ? ' is-suggested' : ''
          }`}
          onClick={() => onPick(type)}
        >
          {t(`buyer.${type}`)}
          <KeyHint label={keyLabel((a) => a.kind === 'buyer' && a.buyerType === type)} />
        </button>
      ))}
    </fieldset>
  );
}
